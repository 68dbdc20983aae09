// Story files: a title and steps; each step is a full view of the atlas plus a headline and a
// short annotation in German and English. The structure is checked here (zod); whether the
// indicator, periods and regions exist is checked against the catalogue in validate.ts.
import { z } from '../zod.ts';
import { LEVELS } from '../data/catalogue.ts';
import { METHODS } from '../scales/classify.ts';
import { MAX_COMPARE, MODES, PANELS } from '../state/url.ts';
import { DEFAULT_GEBIETSSTAND, GEBIETSSTAENDE } from '../state/gebietsstand.ts';
import { DEFAULT_SCOPE, SCOPES } from '../state/scope.ts';
import { PublicUrl } from './public-url.ts';
import { PART_NAMES, analysisView, partView } from './parts.ts';

/** Marks a file as a story of this atlas (uploads of other JSON files fail early and clearly). */
export const STORY_FORMAT = 'digitalatlas-hessen/story';
export const STORY_VERSION = 1;
export const MAX_STEPS = 99;
export const MAX_HIGHLIGHT = 24;

// Messages starting with "format:" are keys of FORMAT_MESSAGES (issues.ts), translated there.
const Slug = z.string().regex(/^[a-z0-9-]{1,60}$/, 'format:slug');
// Land (2), RB (3), Kreis (5) and Gemeinde (8 digits) keys, and DG for Deutschland (national stories)
const Ags = z.string().regex(/^(\d{2}(\d|\d{3}|\d{6})?|DG)$/, 'format:ags');
// or the period of the visitor's own data (data/added.ts: own_<dataset id>)
const Period = z.string().regex(/^(\d{4}(-(0[1-9]|1[0-2]))?|own_[a-z0-9]{4,24})$/, 'format:period');

/**
 * A text in German and English. One language may be empty (a presenter can rehearse and share a
 * one-language story; the other language shows it as written), never both.
 */
export const StoryText = z
  .strictObject({
    de: z.string().trim().max(600),
    en: z.string().trim().max(600),
  })
  .refine((t) => t.de !== '' || t.en !== '', { message: 'text:empty' });
export type StoryText = z.infer<typeof StoryText>;

/** A text while editing: both languages may still be empty. */
const DraftText = z.strictObject({ de: z.string().max(600), en: z.string().max(600) });

/** The text in the asked-for language, or the other one when only that is written. */
export function textIn(t: StoryText, lang: 'de' | 'en'): string {
  return t[lang] || t[lang === 'de' ? 'en' : 'de'];
}

export const StepClasses = z.strictObject({
  method: z.enum(METHODS),
  /** Number of classes (not for manual classes). */
  k: z.number().int().min(3).max(9).optional(),
  /** Inner class limits, only for method "manual". */
  breaks: z.array(z.number().finite()).min(1).max(8).optional(),
  /** Midpoint of a diverging scale. */
  midpoint: z.number().finite().optional(),
  /** Same class limits for every period. */
  lock: z.boolean().optional(),
});
export type StepClasses = z.infer<typeof StepClasses>;

export const StepView = z
  .strictObject({
    mode: z.enum(MODES).default('karte'),
    /** State of the analyses view (mode "analysen"), as in the link parameter "a". */
    analysis: z.string().max(400).default(''),
    indicator: z.string().min(1),
    level: z.enum(LEVELS),
    /** Gebietsstand the step was made on (files without it were made on 2026, the default). */
    gs: z.enum(GEBIETSSTAENDE).default(DEFAULT_GEBIETSSTAND),
    /** Hessen or Deutschland (files without it show Hessen). */
    scope: z.enum(SCOPES).default(DEFAULT_SCOPE),
    period: Period,
    /** Base period of a change indicator (default: the indicator's). */
    base: Period.optional(),
    classes: StepClasses.optional(),
    selected: Ags.nullable().default(null),
    compare: z.array(Ags).max(MAX_COMPARE).default([]),
    panel: z.enum(PANELS).default('profil'),
    /** Legend class whose regions are highlighted. */
    filter: z.number().int().min(0).max(11).nullable().default(null),
    /** Regions of the step's level that get a label with their value (nothing needs hover). */
    highlight: z.array(Ags).max(MAX_HIGHLIGHT).default([]),
    /** Show published population projections of the highlighted regions (cited, never mapped). */
    projections: z.boolean().default(false),
    /** Part of the analysis view the step shows (parts.ts; default: the view's main part). */
    part: z.enum(PART_NAMES).optional(),
  })
  .refine((v) => !v.part || (v.mode === 'analysen' && partView(v.part) === analysisView(v.analysis)), {
    message: 'part:view',
    path: ['part'],
  });
export type StepView = z.infer<typeof StepView>;

function storySchema<T extends z.ZodType<StoryText>>(text: T, minSteps: number) {
  const step = z.strictObject({ headline: text, annotation: text, view: StepView });
  return z.strictObject({
    format: z.literal(STORY_FORMAT),
    version: z.literal(STORY_VERSION),
    /** Appears in the link (?story=…): lower-case letters, digits and hyphens. */
    id: Slug,
    title: text,
    /** Public address of the atlas for the QR codes (overrides ATLAS_PUBLIC_URL and the page's own address). */
    publicUrl: PublicUrl.optional(),
    steps: z.array(step).min(minSteps).max(MAX_STEPS),
  });
}

export const Story = storySchema(StoryText, 1);
export type Story = z.infer<typeof Story>;
export type Step = Story['steps'][number];

/**
 * A draft as kept in the browser: the same structure as a story file (one schema, so a stored
 * draft that does not fit is caught, including one from a newer version), texts may be empty and
 * there may be no steps yet.
 */
export const DraftStory = storySchema(DraftText, 0);
