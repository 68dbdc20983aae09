// Issue 11.14: the German UI showed the staging's English remarks inside a project title and its
// participants ("(lead: …)", "(with the other members of …)"). Titles and participants are shown in
// both languages as published; a curator's remark belongs in note_de / note_en.
import { csvParse } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ENGLISH_REMARK = /\b(lead|with the|members of|not stated|first grant|of the programme)\b/i;
const projects = csvParse(readFileSync('public/data/projects.csv', 'utf8'));

describe('Smart-City projects as the app shows them', () => {
  it('no title or participant list carries an English curator remark', () => {
    expect(projects.length).toBe(70);
    for (const p of projects) {
      expect(p.project, p.project).not.toMatch(ENGLISH_REMARK);
      expect(p.participants, p.project).not.toMatch(ENGLISH_REMARK);
    }
  });

  it('the moved remark is in the notes of both languages', () => {
    const p = projects.find((r) => r.project === 'Modellprojekt Smart Region Rhein-Neckar')!;
    expect(p.lead).toBe('Verband Region Rhein-Neckar');
    expect(p.participants).toBe('Kreis Bergstraße');
    expect(p.note_de).toContain('Federführung: Verband Region Rhein-Neckar (Baden-Württemberg); beteiligt: Kreis Bergstraße mit den übrigen Mitgliedern der Metropolregion Rhein-Neckar');
    expect(p.note_en).toContain('lead: Verband Region Rhein-Neckar (Baden-Württemberg); participants: Kreis Bergstraße with the other members of Metropolregion Rhein-Neckar');
  });
});
