// Today's units (BKG VG250 index and TopoJSON) and the Gemeinde mergers since 1983.
import { z } from 'zod';
import { parseCsv } from '../csv.ts';
import { SourceFileError, SourceRowError } from '../errors.ts';
import type { Merger } from '../territory.ts';
import { ags, checkUnique, isoDate, oneOf, text, validateRows } from '../validate.ts';

export const GEO_GEMEINDEN_FILE = 'geo/hessen-gemeinden.csv';
export const TOPO_FILE = 'geo/hessen-gemeinden.topo.json';
export const CHANGES_FILE = 'gebietsaenderungen_hessen.csv';

export const GEMEINDEFREI = 'Gemeindefreies Gebiet';

export interface GeoGemeinde {
  ags: string;
  name: string;
  bez: string;
  kreis: string;
  rb: string;
  inhabited: boolean;
}

export function parseGeoGemeinden(text_: string): GeoGemeinde[] {
  const file = GEO_GEMEINDEN_FILE;
  const schema = z
    .object({
      ags: ags('gemeinde'),
      name: text(),
      bez: oneOf(['Stadt', 'Gemeinde', GEMEINDEFREI], 'keine bekannte Bezeichnung'),
      kreis: ags('kreis'),
      rb: oneOf(['064', '065', '066'], 'kein Regierungsbezirk'),
    })
    .superRefine((r, ctx) => {
      if (!r.ags.startsWith(r.kreis)) ctx.addIssue({ code: 'custom', path: ['kreis'], message: `${r.kreis} passt nicht zum AGS ${r.ags}` });
      else if (!r.kreis.startsWith(r.rb)) ctx.addIssue({ code: 'custom', path: ['rb'], message: `${r.rb} passt nicht zum Kreis ${r.kreis}` });
    });
  const rows = validateRows(file, parseCsv(file, text_, ['ags', 'name', 'bez', 'kreis', 'rb']), schema);
  checkUnique(file, rows, ['ags']);
  return rows.map((r) => ({ ags: r.ags, name: r.name, bez: r.bez, kreis: r.kreis, rb: r.rb, inhabited: r.bez !== GEMEINDEFREI }));
}

export interface NamedUnit {
  ags: string;
  name: string;
  bez: string;
  rb: string | null;
}

export interface Topology {
  kreise: NamedUnit[];
  /** The Kreise of 01.01.2026 (object `kreise_2026`: Hanau kreisfrei), when the file has them. */
  kreise2026: NamedUnit[] | null;
  regierungsbezirke: NamedUnit[];
  land: NamedUnit;
}

const Geometry = <P extends z.ZodType>(id: z.ZodType<string>, properties: P) =>
  z.object({ id, properties });
const KreisCollection = z.object({
  geometries: z
    .array(
      Geometry(
        z.string().regex(/^06\d{3}$/, 'kein gültiger Kreisschlüssel'),
        z.object({ name: z.string().min(1, 'Name fehlt'), bez: z.enum(['Kreisfreie Stadt', 'Landkreis']), rb: z.enum(['064', '065', '066']) }),
      ),
    )
    .min(1, 'keine Kreise'),
});
const TopoSchema = z.object({
  type: z.literal('Topology'),
  objects: z.object({
    kreise: KreisCollection,
    kreise_2026: KreisCollection.optional(),
    regierungsbezirke: z.object({
      geometries: z.array(Geometry(z.enum(['064', '065', '066']), z.object({ name: z.string().min(1, 'Name fehlt'), bez: z.string().min(1) }))).min(1),
    }),
    land: z.object({
      geometries: z.array(Geometry(z.literal('06'), z.object({ name: z.string().min(1, 'Name fehlt') }))).length(1, 'genau ein Land erwartet'),
    }),
  }),
});

/** Names of Kreise, Regierungsbezirke and the Land from the TopoJSON (errors: `<file>: <path>: <reason>`). */
export function parseTopology(json: string): Topology {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new SourceFileError(TOPO_FILE, `kein gültiges JSON (${(e as Error).message})`);
  }
  const r = TopoSchema.safeParse(data);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new SourceFileError(TOPO_FILE, `${issue.path.join('.')}: ${issue.message}`);
  }
  const o = r.data.objects;
  const kreise = (c: z.infer<typeof KreisCollection>) => c.geometries.map((g) => ({ ags: g.id, name: g.properties.name, bez: g.properties.bez, rb: g.properties.rb }));
  return {
    kreise: kreise(o.kreise),
    kreise2026: o.kreise_2026 ? kreise(o.kreise_2026) : null,
    regierungsbezirke: o.regierungsbezirke.geometries.map((g) => ({ ags: g.id, name: g.properties.name, bez: g.properties.bez, rb: null })),
    land: { ags: '06', name: o.land.geometries[0]!.properties.name, bez: 'Land', rb: null },
  };
}

/** The Kreis key change of a whole Gemeinde (Hanau 2026) is recognised but not a Gemeinde merger. */
const KREIS_CHANGE = /^Auskreisung\b/;

export interface Changes {
  mergers: Merger[];
  /** Rows that change only the Kreis of a whole Gemeinde (Hanau 2026): applied by `gebietsstand.ts`. */
  kreisChanges: Array<{ date: string; oldAgs: string; oldName: string; newAgs: string; newName: string; kind: string }>;
  /** Physical line of each row, by its (unique) old_ags. */
  lines: Map<string, number>;
}

export function parseChanges(text_: string): Changes {
  const file = CHANGES_FILE;
  const schema = z
    .object({
      date: isoDate(),
      old_ags: ags('gemeinde'),
      old_name: text(),
      new_ags: ags('gemeinde'),
      new_name: text(),
      kind: text(),
    })
    .superRefine((r, ctx) => {
      if (r.kind !== 'Eingliederung' && r.kind !== 'Zusammenschluss' && !KREIS_CHANGE.test(r.kind)) {
        ctx.addIssue({ code: 'custom', path: ['kind'], message: `${r.kind} ist keine bekannte Art (Eingliederung, Zusammenschluss, Auskreisung)` });
      } else if (!r.date.endsWith('-01-01')) {
        ctx.addIssue({ code: 'custom', path: ['date'], message: `${r.date} ist kein Jahresbeginn` });
      } else if (r.old_ags === r.new_ags) {
        ctx.addIssue({ code: 'custom', path: ['new_ags'], message: 'alter und neuer AGS sind gleich' });
      }
    });
  const rows = validateRows(file, parseCsv(file, text_, ['date', 'old_ags', 'old_name', 'new_ags', 'new_name', 'kind']), schema);
  checkUnique(file, rows, ['old_ags']);
  const mergers: Merger[] = [];
  const kreisChanges: Changes['kreisChanges'] = [];
  for (const r of rows) {
    if (KREIS_CHANGE.test(r.kind)) kreisChanges.push({ date: r.date, oldAgs: r.old_ags, oldName: r.old_name, newAgs: r.new_ags, newName: r.new_name, kind: r.kind });
    else mergers.push({ date: r.date, oldAgs: r.old_ags, oldName: r.old_name, newAgs: r.new_ags, newName: r.new_name, kind: r.kind as Merger['kind'] });
  }
  for (const m of mergers) {
    // an absorbing unit must itself still exist when it absorbs another
    if (m.kind === 'Eingliederung' && mergers.some((x) => x.oldAgs === m.newAgs && x.date <= m.date)) {
      const line = rows.find((r) => r.old_ags === m.oldAgs)!.line;
      throw new SourceRowError(file, line, 'new_ags', `${m.newAgs} besteht am ${m.date} nicht mehr`);
    }
  }
  return { mergers, kreisChanges, lines: new Map(rows.map((r) => [r.old_ags, r.line])) };
}
