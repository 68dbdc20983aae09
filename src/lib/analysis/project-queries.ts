// Named query of the cited selection of Smart-City / Starke-Heimat projects.
import { column, type Db } from '../data/db.ts';

export interface Project {
  id: number;
  program: string;
  round: string;
  year: number | null;
  project: string;
  lead: string;
  participants: string[];
  ags: string[];
  amountEur: number | null;
  amountKind: string;
  amountWording: string;
  themes: string;
  sourceUrl: string;
  sourceDate: string;
  /** Curator's note in German and English (empty where none). */
  note: { de: string; en: string };
  /** The curator's confidence in the row: high, medium or low. */
  confidence: string;
}

/** `projectsList`: the cited selection of Smart-City / Starke-Heimat projects, in file order. */
export async function projectsList(db: Db): Promise<Project[]> {
  const table = await db.query(
    `SELECT row_number() OVER ()::INTEGER AS id, program, coalesce(round, '') AS round, year, project, coalesce(lead, '') AS lead,
            coalesce(participants, '') AS participants, coalesce(ags, '') AS ags, amount_eur, coalesce(amount_kind, '') AS amount_kind,
            coalesce(amount_wording_de, '') AS amount_wording_de, coalesce(themes, '') AS themes, coalesce(source_url, '') AS source_url,
            coalesce(source_date, '') AS source_date, coalesce(note_de, '') AS note_de, coalesce(note_en, '') AS note_en,
            coalesce(confidence, '') AS confidence
     FROM projects`,
  );
  const get = <T>(name: string) => column<T>(table, name);
  const id = get<number>('id');
  const program = get<string>('program');
  const round = get<string>('round');
  const year = get<number>('year');
  const project = get<string>('project');
  const lead = get<string>('lead');
  const participants = get<string>('participants');
  const ags = get<string>('ags');
  const amount = get<number>('amount_eur');
  const kind = get<string>('amount_kind');
  const wording = get<string>('amount_wording_de');
  const themes = get<string>('themes');
  const url = get<string>('source_url');
  const date = get<string>('source_date');
  const noteDe = get<string>('note_de');
  const noteEn = get<string>('note_en');
  const confidence = get<string>('confidence');
  const split = (s: string | null) =>
    s
      ? s
          .split('|')
          .map((x) => x.trim())
          .filter(Boolean)
      : [];
  return id.map((x, i) => ({
    id: x!,
    program: program[i] ?? '',
    round: round[i] ?? '',
    year: year[i] ?? null,
    project: project[i] ?? '',
    lead: lead[i] ?? '',
    participants: split(participants[i] ?? null),
    ags: split(ags[i] ?? null),
    amountEur: amount[i] ?? null,
    amountKind: kind[i] ?? '',
    amountWording: wording[i] ?? '',
    themes: themes[i] ?? '',
    sourceUrl: url[i] ?? '',
    sourceDate: date[i] ?? '',
    note: { de: noteDe[i] ?? '', en: noteEn[i] ?? '' },
    confidence: confidence[i] ?? '',
  }));
}
