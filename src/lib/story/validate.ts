// Reads a story (shipped JSON or an uploaded file): structure with zod, then meaning against the
// catalogue and the regions (indicator, level, periods, classes, areas). Never throws.
import { DEFAULT_SCOPE, type Scope } from '../state/scope.ts';
import { OWN_PREFIX } from '../data/added.ts';
import type { Catalogue, Indicator, Level } from '../data/catalogue.ts';
import { defaultClasses } from '../state/url.ts';
import { DraftStory, Story, STORY_FORMAT, type Step } from './schema.ts';
import { fromZod, type StoryIssue, type Text } from './issues.ts';

export interface StoryContext {
  catalogue: Catalogue;
  /** Every known region (any level) with its level and name. */
  regions: ReadonlyMap<string, { level: Level; name: string }>;
  /** Old keys that now denote another region (Hanau 06435014 → 06415000), with their note. */
  successors?: ReadonlyMap<string, { ags: string; notice: Text }>;
  /** The loaded data set; a step on the other one is checked when it is shown (its page load). */
  scope?: Scope;
}

/** `notes`: what was read differently, e.g. an old key resolved ("Hanau ist seit 01.01.2026 kreisfrei"). */
export type StoryResult = { ok: true; story: Story; notes?: Text[] } | { ok: false; issues: StoryIssue[] };

/** Rewrites old keys of every step to their successors; returns the notes of those used. */
function resolveKeys(story: Story, successors: StoryContext['successors']): Text[] {
  if (!successors?.size) return [];
  const used = new Map<string, Text>();
  const key = (ags: string) => {
    const next = successors.get(ags);
    if (!next) return ags;
    used.set(ags, next.notice);
    return next.ags;
  };
  for (const step of story.steps) {
    const v = step.view;
    if (v.selected !== null) v.selected = key(v.selected);
    v.compare = v.compare.map(key);
    v.highlight = v.highlight.map(key);
  }
  return [...used.values()];
}

const LEVEL_NAMES: Record<Level, Text> = {
  gemeinde: { de: 'Gemeinden', en: 'municipalities' },
  kreis: { de: 'Kreise', en: 'districts' },
  rb: { de: 'Regierungsbezirke', en: 'government regions' },
  bund: { de: 'Deutschland', en: 'Germany' },
  land: { de: 'Land', en: 'state' },
};

/** Validates a parsed JSON value as a story of this atlas. */
export function parseStory(input: unknown, ctx: StoryContext): StoryResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input) || (input as { format?: unknown }).format !== STORY_FORMAT) {
    return {
      ok: false,
      issues: [
        {
          step: null,
          field: 'format',
          message: {
            de: `Das ist keine Präsentationsdatei des Digitalatlas Hessen („format“ muss "${STORY_FORMAT}" sein).`,
            en: `This is not a presentation file of Digitalatlas Hessen (“format” must be "${STORY_FORMAT}").`,
          },
        },
      ],
    };
  }
  const parsed = Story.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: firstPerField(parsed.error.issues.flatMap(fromZod)) };
  const notes = resolveKeys(parsed.data, ctx.successors);
  const issues = parsed.data.steps.flatMap((step, i) => checkStep(step, i + 1, ctx));
  return issues.length ? { ok: false, issues } : { ok: true, story: parsed.data, ...(notes.length ? { notes } : {}) };
}

/** One message per field: zod may add follow-up issues (a length check) after a wrong type. */
function firstPerField(issues: StoryIssue[]): StoryIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.step}|${i.field}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Validates the text of a story file. */
export function parseStoryFile(text: string, ctx: StoryContext): StoryResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      issues: [
        {
          step: null,
          field: '',
          message: { de: `Die Datei ist kein gültiges JSON (${reason}).`, en: `The file is not valid JSON (${reason}).` },
        },
      ],
    };
  }
  return parseStory(json, ctx);
}

export type UploadResult =
  | { kind: 'story'; story: Story }
  /** Fits the structure of a draft (e.g. a downloaded, unfinished draft) but is not complete yet. */
  | { kind: 'draft'; story: Story; issues: StoryIssue[] }
  | { kind: 'bad'; issues: StoryIssue[] };

/** An uploaded file: a complete story, or an unfinished draft to go on with, or what is wrong. */
export function readUpload(text: string, ctx: StoryContext): UploadResult {
  const r = parseStoryFile(text, ctx);
  if (r.ok) return { kind: 'story', story: r.story };
  let draft: ReturnType<typeof DraftStory.safeParse> | null;
  try {
    draft = DraftStory.safeParse(JSON.parse(text));
  } catch {
    draft = null;
  }
  return draft?.success ? { kind: 'draft', story: draft.data, issues: r.issues } : { kind: 'bad', issues: r.issues };
}

/** Does the step's view exist in this atlas? */
export function checkStep(step: Step, n: number, ctx: StoryContext): StoryIssue[] {
  const out: StoryIssue[] = [];
  const bad = (field: string, de: string, en: string) => out.push({ step: n, field: `view.${field}`, message: { de, en } });
  const v = step.view;
  if ((ctx.scope ?? DEFAULT_SCOPE) !== v.scope) return out;
  const ind = ctx.catalogue.indicators.find((x) => x.id === v.indicator);
  if (!ind && v.indicator.startsWith(OWN_PREFIX)) {
    bad(
      'indicator',
      'zeigt eigene Daten, die nur in dem Browser gespeichert sind, in dem sie importiert wurden – hier fehlen sie',
      'shows own data stored only in the browser they were imported in – they are missing here',
    );
    return out;
  }
  if (!ind) {
    bad('indicator', `unbekannter Indikator „${v.indicator}“`, `unknown indicator “${v.indicator}”`);
    return out;
  }
  const title = ind.title;
  if (!ind.levels.includes(v.level)) {
    const has = ind.levels.map((l) => LEVEL_NAMES[l]);
    bad(
      'level',
      `„${title.de}“ gibt es nicht für ${LEVEL_NAMES[v.level].de}, nur für ${has.map((t) => t.de).join(', ')}`,
      `“${title.en}” is not available for ${LEVEL_NAMES[v.level].en}, only for ${has.map((t) => t.en).join(', ')}`,
    );
  }
  checkPeriods(ind, step, bad);
  checkClasses(ind, step, bad);

  const region = (ags: string) => ctx.regions.get(ags);
  if (v.selected !== null && !region(v.selected)) bad('selected', `unbekanntes Gebiet „${v.selected}“`, `unknown area “${v.selected}”`);
  v.compare.forEach((ags, i) => {
    if (!region(ags)) bad(`compare.${i}`, `unbekanntes Gebiet „${ags}“`, `unknown area “${ags}”`);
  });
  if (new Set(v.compare).size < v.compare.length)
    bad('compare', 'ein Gebiet steht doppelt im Vergleich', 'an area is listed twice in the comparison');
  v.highlight.forEach((ags, i) => {
    const r = region(ags);
    if (!r) bad(`highlight.${i}`, `unbekanntes Gebiet „${ags}“`, `unknown area “${ags}”`);
    else if (r.level !== v.level)
      bad(
        `highlight.${i}`,
        `„${r.name}“ (${ags}) liegt nicht auf der Ebene der Karte (${LEVEL_NAMES[v.level].de}) und kann dort nicht beschriftet werden`,
        `“${r.name}” (${ags}) is not on the map's level (${LEVEL_NAMES[v.level].en}) and cannot be labelled there`,
      );
  });
  if (v.projections && v.highlight.length === 0)
    bad(
      'projections',
      'Vorausberechnungen werden für die hervorgehobenen Gebiete gezeigt – „highlight“ ist leer',
      'projections are shown for the highlighted areas – “highlight” is empty',
    );
  return out;
}

type Bad = (field: string, de: string, en: string) => void;

function checkPeriods(ind: Indicator, step: Step, bad: Bad) {
  const v = step.view;
  const change = ind.formula.type === 'change';
  // A change needs a base before its target, so the first period cannot be a target.
  const targets = change ? ind.periods.slice(1) : ind.periods;
  if (!targets.includes(v.period)) {
    const list = targets.join(', ');
    bad(
      'period',
      `Zeitpunkt „${v.period}“ gibt es für „${ind.title.de}“ nicht (vorhanden: ${list})`,
      `period “${v.period}” is not available for “${ind.title.en}” (available: ${list})`,
    );
  }
  if (!change) {
    if (v.base !== undefined)
      bad(
        'base',
        `„base“ gibt es nur für Veränderungen; „${ind.title.de}“ ist keine`,
        `“base” only applies to changes; “${ind.title.en}” is not one`,
      );
    return;
  }
  const base = v.base ?? ind.defaultBase;
  if (base === undefined || !ind.periods.includes(base)) {
    bad(
      'base',
      `Basiszeitpunkt „${base ?? ''}“ gibt es für „${ind.title.de}“ nicht`,
      `base period “${base ?? ''}” is not available for “${ind.title.en}”`,
    );
  } else if (base >= v.period) {
    bad('base', `Basiszeitpunkt „${base}“ muss vor „${v.period}“ liegen`, `base period “${base}” must come before “${v.period}”`);
  }
}

function checkClasses(ind: Indicator, step: Step, bad: Bad) {
  const v = step.view;
  const c = v.classes;
  const categorical = ind.scale === 'categorical';
  if (c && categorical)
    bad('classes', `„${ind.title.de}“ ist eine Typologie mit festen Klassen`, `“${ind.title.en}” is a typology with fixed classes`);
  if (c && !categorical) {
    if (c.method === 'manual') {
      if (!c.breaks) bad('classes.breaks', 'manuelle Klassen brauchen Grenzen („breaks“)', 'manual classes need limits (“breaks”)');
      else if (c.breaks.some((b, i) => i > 0 && b <= c.breaks![i - 1]!))
        bad('classes.breaks', 'Grenzen müssen aufsteigend sein', 'limits must be ascending');
      if (c.k !== undefined)
        bad(
          'classes.k',
          '„k“ gilt nicht für manuelle Klassen (die Zahl ergibt sich aus „breaks“)',
          '“k” does not apply to manual classes (“breaks” define them)',
        );
    } else if (c.breaks) bad('classes.breaks', '„breaks“ gibt es nur mit method "manual"', '“breaks” only apply with method "manual"');
    if (c.midpoint !== undefined && ind.scale !== 'diverging')
      bad('classes.midpoint', `„${ind.title.de}“ hat keine Farbskala um einen Mittelpunkt`, `“${ind.title.en}” has no diverging scale`);
  }
  if (v.filter !== null) {
    const count = categorical
      ? (ind.categories?.length ?? 0)
      : c?.method === 'manual'
        ? (c.breaks?.length ?? 0) + 1
        : (c?.k ?? defaultClasses(ind).k);
    if (v.filter >= count)
      bad('filter', `Klasse ${v.filter} gibt es nicht (0 bis ${count - 1})`, `class ${v.filter} does not exist (0 to ${count - 1})`);
  }
}
