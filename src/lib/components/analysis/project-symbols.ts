// Map symbols and texts of the (partial) project list, shared by the projects and bivariate views.
import type { Project } from '../../analysis/project-queries.ts';
import { placeProjects } from '../../analysis/symbols.ts';
import { LINE_COLOURS } from '../../analysis/chart.ts';
import { formatNumber, type Lang } from '../../scales/format.ts';
import type { MapGeometry } from '../../geo/topology.ts';
import type { AnalysisText } from '../../i18n/analysis.ts';
import { projectTitleText } from '../../analysis/project-title.ts';
import type { MapSymbol } from './AnalysisMap.svelte';

/** Programme colours and shapes (circle, square …) by the programme's order in the list. */
export const PROGRAM_COLOURS = [LINE_COLOURS[0], LINE_COLOURS[1], LINE_COLOURS[2], LINE_COLOURS[3]];
export const programShape = (i: number): 'circle' | 'square' => (i % 2 === 0 ? 'circle' : 'square');

/** "13,5 Mio. €", "129.000 €" with as many decimals as the figure has. */
export function formatEuro(v: number, lang: Lang): string {
  if (v >= 1e6) {
    const m = v / 1e6;
    const d = [0, 1, 2, 3].find((k) => Math.abs(Math.round(m * 10 ** k) / 10 ** k - m) < 1e-9) ?? 3;
    return `${formatNumber(m, d, lang)}\u00a0${lang === 'de' ? 'Mio.' : 'million'}\u00a0€`;
  }
  return `${formatNumber(v, 0, lang)}\u00a0€`;
}

export function amountText(p: Project, T: AnalysisText, lang: Lang): string {
  if (p.amountEur === null) return T.amountMissing;
  const kind = T.amountKinds[p.amountKind];
  return kind ? `${formatEuro(p.amountEur, lang)} (${kind})` : formatEuro(p.amountEur, lang);
}

/** Short programme name: its text up to "(" or " - ". */
export function programName(program: string): string {
  return (program.split(/\(| - | – /)[0] ?? program).trim();
}

export function anchorsOf(geometry: MapGeometry): Map<string, [number, number]> {
  return new Map([...geometry.shapes.gemeinde, ...geometry.shapes.kreis].map((s) => [s.ags, s.label]));
}

export function projectSymbols(projects: Project[], programs: string[], geometry: MapGeometry, T: AnalysisText, lang: Lang): MapSymbol[] {
  return placeProjects(projects, anchorsOf(geometry), programs).map((p) => ({
    id: String(p.project.id),
    x: p.x,
    y: p.y,
    shape: programShape(p.programIndex),
    colour: PROGRAM_COLOURS[p.programIndex % PROGRAM_COLOURS.length]!,
    text: String(p.no),
    label: T.projectSymbol(p.no, projectTitleText(p.project.project, lang), programName(p.project.program), amountText(p.project, T, lang)),
  }));
}
