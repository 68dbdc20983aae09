// The strategy's statements reach the analyses through the data pipeline, with their citation.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { strategyFigure } from '../../../src/lib/analysis/references.ts';
import { Catalogue } from '../../../src/lib/data/catalogue.ts';
import { buildContext, CONTEXT_FILES } from '../../../scripts/data/stats/sources/index.ts';
import { parseStrategy, STRATEGY_FILE } from '../../../scripts/data/stats/sources/strategy.ts';

const catalogue = Catalogue.parse(JSON.parse(readFileSync('public/data/catalogue.json', 'utf8')));
const source = readFileSync(`data/${STRATEGY_FILE}`, 'utf8');

describe('strategy references', () => {
  it('are the rows of data/stats/strategy_statements.csv, each with a German and English citation', () => {
    const rows = csvParse(source);
    expect(catalogue.references.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    for (const r of rows) {
      const ref = strategyFigure(catalogue, r.id as Parameters<typeof strategyFigure>[1])!;
      expect(ref.value, r.id).toBe(Number(r.value));
      expect(ref.citation).toEqual({ de: r.citation_de, en: r.citation_en });
    }
    expect(strategyFigure(catalogue, 'rural_area_share')!.value).toBe(80);
    expect(strategyFigure(catalogue, 'rb_kassel_change_persons')).toMatchObject({
      value: -147000,
      ags: '066',
      base: '2014',
      target: '2050',
    });
    expect(strategyFigure(catalogue, 'rb_kassel_change_pct')!.citation.de).toMatch(/Hessen Agentur 2016$/);
  });

  it('no number is typed into the analysis code any more', () => {
    const code = readFileSync('src/lib/analysis/references.ts', 'utf8');
    expect(code).not.toMatch(/\b(80|370|12\.3|147)\b/);
  });

  it('a missing statement stops the build with the file name', () => {
    const texts = Object.fromEntries(CONTEXT_FILES.map((f) => [f, readFileSync(`data/${f}`, 'utf8')]));
    const { ctx } = buildContext(texts);
    const without = source
      .split('\n')
      .filter((l) => !l.startsWith('rural_gemeinden,'))
      .join('\n');
    expect(() => parseStrategy(without, ctx)).toThrow('stats/strategy_statements.csv: Aussage rural_gemeinden fehlt');
  });
});
