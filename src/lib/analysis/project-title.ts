// Project titles as shown. The staging wrote "(… Titel nicht genannt …)" where a page names no
// title: that is the curator's German description, not a title. German shows it as written; English
// says that no title is stated and gives the German description marked as German (lang="de").
import type { Lang } from '../scales/format.ts';
import { ANALYSIS_TEXT } from '../i18n/analysis.ts';

export interface ProjectTitle {
  /** Text in the chosen language. */
  text: string;
  /** The curator's German description of an untitled project, shown after `text` in English. */
  germanDescription?: string;
}

const UNTITLED = /^\((.*)\)$/;
const NOT_STATED = /;?\s*Titel nicht genannt\s*[:;]?\s*/;

/** The curator's description of a project without a stated title, or null for a real title. */
export function untitledDescription(project: string): string | null {
  const m = UNTITLED.exec(project.trim());
  if (!m || !NOT_STATED.test(m[1]!)) return null;
  return m[1]!.replace(NOT_STATED, ' ').trim();
}

export function projectTitle(project: string, lang: Lang): ProjectTitle {
  const description = lang === 'en' ? untitledDescription(project) : null;
  if (description === null) return { text: project };
  const T = ANALYSIS_TEXT[lang];
  return description
    ? { text: `${T.untitledProject}; ${T.untitledDescription}:`, germanDescription: description }
    : { text: `(${T.untitledProject})` };
}

/** One line of plain text (labels, tooltips, exports). */
export function projectTitleText(project: string, lang: Lang): string {
  const t = projectTitle(project, lang);
  return t.germanDescription ? `(${t.text} “${t.germanDescription}”)` : t.text;
}
