// The area of the gemeindefreie Gebiete: validated rows, summed per Kreis as the Kreis measure of density.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildContext, CONTEXT_FILES } from '../../../scripts/data/stats/sources/index.ts';
import {
  GEMEINDEFREI_AREA_FILE,
  gemeindefreiAreaObservations,
  parseGemeindefreiAreas,
} from '../../../scripts/data/stats/sources/gemeindefrei.ts';

const read = (f: string) => readFileSync(`data/${f}`, 'utf8');
const base = buildContext(Object.fromEntries(CONTEXT_FILES.map((f) => [f, read(f)])));

describe('gemeindefreie Gebiete', () => {
  it('give one observation per Gebiet and year, each in a Kreis: Gutsbezirk Reinhardswald 2021 = 182,50 km²', () => {
    const rows = parseGemeindefreiAreas(read(GEMEINDEFREI_AREA_FILE), base.ctx);
    const obs = gemeindefreiAreaObservations(rows, new Map(base.gemeinden.map((g) => [g.ags, g.kreis])));
    expect(obs.find((o) => o.ags === '06633200' && o.period === '2021')).toMatchObject({
      measure: 'area_km2_gemeindefrei',
      value: '182.50',
    });
    expect(new Set(obs.map((o) => o.ags.slice(0, 5)))).toEqual(new Set(['06431', '06435', '06633', '06636']));
  });

  it('reject a row whose AGS is an inhabited Gemeinde, naming file, line and column', () => {
    const text = read(GEMEINDEFREI_AREA_FILE).replace(
      '06633200,"Gutsbezirk Reinhardswald, gemfr. Gebiet",1983',
      '06633001,"Gutsbezirk Reinhardswald, gemfr. Gebiet",1983',
    );
    expect(() => parseGemeindefreiAreas(text, base.ctx)).toThrow(/stats\/area_gemeindefreie_gebiete\.csv:\d+: ags: 06633001/);
  });
});
