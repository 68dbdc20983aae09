// Issue 11.14: a project whose page names no title carries the curator's German placeholder
// "(… Titel nicht genannt …)". German shows it as written; English says "title not stated" and gives
// the German description separately (marked lang="de" in the table). Real titles are never changed.
import { csvParse } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectTitle, projectTitleText, untitledDescription } from '../../../src/lib/analysis/project-title.ts';

const titles = csvParse(readFileSync('public/data/projects.csv', 'utf8')).map((p) => p.project ?? '');

describe('project titles', () => {
  it('finds exactly the three placeholders of the shipped list and their descriptions', () => {
    const untitled = titles.filter((t) => untitledDescription(t) !== null);
    expect(untitled.map(untitledDescription)).toEqual([
      'erste Bewilligung des Programms',
      'Weiterentwicklung zur Smart City',
      'eAkte, neue Homepage, Gewerbeprogramm',
    ]);
  });

  it('German shows every title as written; English changes only the placeholders', () => {
    for (const t of titles) {
      expect(projectTitle(t, 'de')).toEqual({ text: t });
      if (untitledDescription(t) === null) expect(projectTitleText(t, 'en')).toBe(t);
      else expect(projectTitleText(t, 'en')).not.toMatch(/Titel nicht genannt/);
    }
    expect(projectTitle('(Titel nicht genannt: Weiterentwicklung zur Smart City)', 'en')).toEqual({
      text: 'title not stated; German description:',
      germanDescription: 'Weiterentwicklung zur Smart City',
    });
    expect(projectTitleText('(erste Bewilligung des Programms; Titel nicht genannt)', 'en')).toBe(
      '(title not stated; German description: “erste Bewilligung des Programms”)',
    );
    // a title in parentheses that is not a placeholder stays as it is
    expect(projectTitleText('(Smart Region)', 'en')).toBe('(Smart Region)');
  });
});
