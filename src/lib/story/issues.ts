// Problems in a story file, each naming the step (1-based) and the field, in German and English.
import type { z } from '../zod.ts';
import type { Lang } from '../scales/format.ts';

export type Text = { de: string; en: string };

export interface StoryIssue {
  /** 1-based step, or null for the story itself. */
  step: number | null;
  /** Path of the field inside the story or step, e.g. "view.period" or "headline.en". */
  field: string;
  message: Text;
}

const FORMAT_MESSAGES: Record<string, Text> = {
  slug: {
    de: 'nur Kleinbuchstaben a–z, Ziffern und Bindestriche (höchstens 60)',
    en: 'only lower-case letters a–z, digits and hyphens (at most 60)',
  },
  ags: {
    de: 'ist kein Gebietsschlüssel (AGS mit 2, 3, 5 oder 8 Ziffern, z. B. 06 für Hessen; DG für Deutschland)',
    en: 'is not an area key (AGS of 2, 3, 5 or 8 digits, e.g. 06 for Hesse; DG for Germany)',
  },
  period: { de: 'muss ein Zeitpunkt JJJJ oder JJJJ-MM sein', en: 'must be a period YYYY or YYYY-MM' },
  publicUrl: {
    de: 'ist keine öffentliche Adresse (http:// oder https://, ohne ? und #, z. B. https://atlas.example.de/)',
    en: 'is not a public address (http:// or https://, without ? and #, e.g. https://atlas.example.de/)',
  },
};

const TYPE_NAMES: Record<string, Text> = {
  string: { de: 'ein Text', en: 'a text' },
  number: { de: 'eine Zahl', en: 'a number' },
  boolean: { de: 'true oder false', en: 'true or false' },
  object: { de: 'ein Objekt { … }', en: 'an object { … }' },
  array: { de: 'eine Liste [ … ]', en: 'a list [ … ]' },
  null: { de: 'null', en: 'null' },
};

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function typeName(t: string): Text {
  return TYPE_NAMES[t] ?? { de: t, en: t };
}

function shown(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** Step number and field of a zod path inside a story ("steps", 2, "view", "period" → 3, "view.period"). */
export function locate(path: readonly PropertyKey[]): { step: number | null; field: string } {
  if (path[0] === 'steps' && typeof path[1] === 'number') {
    return { step: path[1] + 1, field: path.slice(2).map(String).join('.') };
  }
  return { step: null, field: path.map(String).join('.') };
}

/** One zod issue as a story issue with a message a presenter understands. */
export function fromZod(issue: z.core.$ZodIssue): StoryIssue[] {
  const { step, field } = locate(issue.path);
  const at = (message: Text, sub?: string): StoryIssue => ({ step, field: sub ? (field ? `${field}.${sub}` : sub) : field, message });
  const missing = !('input' in issue) || issue.input === undefined;
  const custom = (message: string): StoryIssue[] =>
    message === 'text:empty'
      ? [at({ de: 'braucht einen Text auf Deutsch oder Englisch', en: 'needs a text in German or English' })]
      : message === 'part:view'
        ? [at({ de: 'gehört nicht zur Analyse dieses Schritts', en: 'is not part of this step’s analysis' })]
        : [at({ de: `ungültig (${message})`, en: `invalid (${message})` })];
  switch (issue.code) {
    case 'invalid_type': {
      if (missing) return [at({ de: 'fehlt', en: 'is missing' })];
      const want = typeName(issue.expected);
      const got = typeName(typeOf(issue.input));
      return [at({ de: `muss ${want.de} sein, ist ${got.de}`, en: `must be ${want.en}, is ${got.en}` })];
    }
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string') return [at({ de: 'darf nicht leer sein', en: 'must not be empty' })];
      if (issue.origin === 'array')
        return [
          at(
            n === 1
              ? { de: 'braucht mindestens einen Eintrag', en: 'needs at least one entry' }
              : { de: `braucht mindestens ${n} Einträge`, en: `needs at least ${n} entries` },
          ),
        ];
      return [at({ de: `muss mindestens ${n} sein`, en: `must be at least ${n}` })];
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return [at({ de: `höchstens ${n} Zeichen`, en: `at most ${n} characters` })];
      if (issue.origin === 'array') return [at({ de: `höchstens ${n} Einträge`, en: `at most ${n} entries` })];
      return [at({ de: `darf höchstens ${n} sein`, en: `must be at most ${n}` })];
    }
    case 'invalid_format':
    case 'custom': {
      if (issue.code === 'custom' && !issue.message.startsWith('format:')) return custom(issue.message);
      const key = issue.message.startsWith('format:') ? issue.message.slice(7) : '';
      const what = FORMAT_MESSAGES[key] ?? { de: 'hat das falsche Format', en: 'has the wrong format' };
      return [at({ de: `„${shown(issue.input)}“ ${what.de}`, en: `“${shown(issue.input)}” ${what.en}` })];
    }
    case 'invalid_value': {
      if (missing) return [at({ de: 'fehlt', en: 'is missing' })];
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      if (issue.values.length === 1)
        return [at({ de: `muss ${allowed} sein, ist „${shown(issue.input)}“`, en: `must be ${allowed}, is “${shown(issue.input)}”` })];
      return [
        at({
          de: `unbekannter Wert „${shown(issue.input)}“ – erlaubt: ${allowed}`,
          en: `unknown value “${shown(issue.input)}” – allowed: ${allowed}`,
        }),
      ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((k) => at({ de: 'unbekanntes Feld', en: 'unknown field' }, k));
    default:
      return [at({ de: `ungültig (${issue.message})`, en: `invalid (${issue.message})` })];
  }
}

const FIELD_NAMES: Record<string, Text> = {
  format: { de: 'Dateiformat', en: 'file format' },
  version: { de: 'Version', en: 'version' },
  id: { de: 'Kennung im Link', en: 'identifier in the link' },
  title: { de: 'Titel', en: 'title' },
  publicUrl: { de: 'öffentliche Adresse (QR-Code)', en: 'public address (QR code)' },
  steps: { de: 'Schritte', en: 'steps' },
  headline: { de: 'Überschrift', en: 'headline' },
  annotation: { de: 'Text', en: 'text' },
  view: { de: 'Ansicht', en: 'view' },
  'view.mode': { de: 'Ansicht (Karte oder Analysen)', en: 'view (map or analyses)' },
  'view.analysis': { de: 'Analyse', en: 'analysis' },
  'view.indicator': { de: 'Indikator', en: 'indicator' },
  'view.level': { de: 'Ebene', en: 'level' },
  'view.period': { de: 'Zeitpunkt', en: 'date' },
  'view.base': { de: 'Basiszeitpunkt', en: 'base date' },
  'view.classes': { de: 'Farbklassen', en: 'colour classes' },
  'view.classes.method': { de: 'Klassifikation', en: 'classification' },
  'view.classes.k': { de: 'Zahl der Klassen', en: 'number of classes' },
  'view.classes.breaks': { de: 'Klassengrenzen', en: 'class limits' },
  'view.classes.midpoint': { de: 'Mittelpunkt', en: 'midpoint' },
  'view.classes.lock': { de: 'gleiche Klassen für alle Zeitpunkte', en: 'same classes for all dates' },
  'view.part': { de: 'gezeigter Teil der Analyse', en: 'part of the analysis shown' },
  'view.selected': { de: 'ausgewähltes Gebiet', en: 'selected area' },
  'view.compare': { de: 'Vergleich', en: 'comparison' },
  'view.panel': { de: 'Bereich neben der Karte', en: 'panel beside the map' },
  'view.filter': { de: 'Klassenfilter', en: 'class filter' },
  'view.highlight': { de: 'markierte Gebiete', en: 'marked areas' },
  'view.projections': { de: 'Vorausberechnungen', en: 'projections' },
};

const LANGUAGE_NAMES: Record<string, Text> = { de: { de: 'Deutsch', en: 'German' }, en: { de: 'Englisch', en: 'English' } };

/**
 * A field path in plain words: "title.en" → "Titel (Englisch)", "view.highlight.2" → "markierte
 * Gebiete, Eintrag 3". A field this atlas does not know (a typo in a file) keeps its name.
 */
export function fieldName(field: string, lang: Lang): string {
  const parts = field.split('.');
  const last = parts[parts.length - 1]!;
  let suffix = '';
  if (/^\d+$/.test(last)) {
    parts.pop();
    suffix = lang === 'de' ? `, Eintrag ${Number(last) + 1}` : `, entry ${Number(last) + 1}`;
  } else if (parts.length > 1 && LANGUAGE_NAMES[last] && FIELD_NAMES[parts.slice(0, -1).join('.')]) {
    parts.pop();
    suffix = ` (${LANGUAGE_NAMES[last][lang]})`;
  }
  const known = FIELD_NAMES[parts.join('.')];
  if (known) return `${known[lang]}${suffix}`;
  return lang === 'de' ? `Feld „${field}“` : `field “${field}”`;
}

/** "Schritt 3, Zeitpunkt: …" / "Step 3, date: …" – the field in plain words. */
export function formatIssue(issue: StoryIssue, lang: Lang): string {
  const where: string[] = [];
  if (issue.step !== null) where.push(lang === 'de' ? `Schritt ${issue.step}` : `Step ${issue.step}`);
  if (issue.field) where.push(fieldName(issue.field, lang));
  const prefix = where.join(', ');
  return prefix ? `${prefix}: ${issue.message[lang]}` : issue.message[lang];
}
