// The layering of src/lib is enforced by eslint.config.js; these tests make sure the rules bite, so that
// a config change that silently drops them fails here rather than letting a wrong import through.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'layers/no-restricted-dynamic-imports' || m.fatal)
    .map((m) => m.message);
}

describe('layering rules', () => {
  it.each(['data', 'geo', 'scales'])('src/lib/%s/ may not import state, components or features', async (folder) => {
    const file = `src/lib/${folder}/x.ts`;
    expect(await restricted(file, "import { Atlas } from '../state/atlas.svelte.ts';\nexport const a = Atlas;\n")).toHaveLength(1);
    expect(await restricted(file, "import type { Story } from '../story/schema.ts';\nexport type S = Story;\n")).toHaveLength(1);
    expect(await restricted(file, "import { OwnDataset } from '../owndata/index.ts';\nexport const o = OwnDataset;\n")).toHaveLength(1);
    expect(await restricted(file, "import Legend from '../components/Legend.svelte';\nexport const l = Legend;\n")).toHaveLength(2);
  });

  it('the rules also see import() and re-exports', async () => {
    const dynamic = "export const load = () => import('../state/url.ts');\n";
    expect(await restricted('src/lib/geo/x.ts', dynamic)).toEqual([expect.stringContaining("import('../state/url.ts') is restricted")]);
    expect(await restricted('src/lib/scales/x.ts', "export { Atlas } from '../state/atlas.svelte.ts';\n")).toHaveLength(1);
    expect(await restricted('src/lib/story/x.ts', "export const q = () => import('../analysis/queries.ts');\n")).toHaveLength(1);
    expect(await restricted('src/lib/story/x.ts', "export const q = () => import('./schema.ts');\n")).toEqual([]);
  });

  it('core modules may import each other', async () => {
    const code =
      "import { formatNumber } from '../scales/format.ts';\nimport type { Level } from './catalogue.ts';\nexport const f = (l: Level) => formatNumber(1, 'de') + l;\n";
    expect(await restricted('src/lib/data/x.ts', code)).toEqual([]);
  });

  it('src/lib/i18n/ imports no component', async () => {
    expect(
      await restricted('src/lib/i18n/x.ts', "import Legend from '../components/Legend.svelte';\nexport const l = Legend;\n"),
    ).toHaveLength(2);
  });

  it('src/lib/state/ may import core and features but no component', async () => {
    expect(
      await restricted('src/lib/state/x.ts', "import Legend from '../components/Legend.svelte';\nexport const l = Legend;\n"),
    ).toHaveLength(2);
    expect(
      await restricted('src/lib/state/x.ts', "import { ShareMenu } from '../components/share.ts';\nexport const s = ShareMenu;\n"),
    ).toHaveLength(1);
    const ok =
      "import type { TableModel } from '../export/model.ts';\nimport type { Values } from '../data/queries.ts';\nexport type T = [TableModel, Values];\n";
    expect(await restricted('src/lib/state/x.ts', ok)).toEqual([]);
  });

  it('a feature reaches another feature only through its index.ts', async () => {
    const internal = "import { ImportSession } from '../owndata/client.ts';\nexport const s = ImportSession;\n";
    expect(await restricted('src/lib/sql/x.ts', internal)).toHaveLength(1);
    const pub = "import { ImportSession } from '../owndata/index.ts';\nexport const s = ImportSession;\n";
    expect(await restricted('src/lib/sql/x.ts', pub)).toEqual([]);
    expect(
      await restricted('src/lib/steckbrief/x.ts', "import type { Project } from '../analysis/queries.ts';\nexport type P = Project;\n"),
    ).toHaveLength(1);
    expect(
      await restricted('src/lib/owndata/x.ts', "import { createKeyResolver } from './keys.ts';\nexport const k = createKeyResolver;\n"),
    ).toEqual([]);
  });

  it('a feature module imports no component', async () => {
    expect(
      await restricted('src/lib/story/x.ts', "import Legend from '../components/Legend.svelte';\nexport const l = Legend;\n"),
    ).toHaveLength(2);
  });
});
