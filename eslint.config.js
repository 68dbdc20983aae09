// ESLint: typescript-eslint's recommended rules (not type-checked, so it stays fast), eslint-plugin-svelte,
// and the layering of src/lib as import rules, so that an import across a layer fails `npm run lint` and CI.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import svelte from 'eslint-plugin-svelte';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** The lower core: pure data, geometry and scales. */
const LOW_CORE = ['data', 'geo', 'scales'];
/** Feature folders: each builds on the core and reaches another feature only through its index.ts. */
const FEATURES = ['analysis', 'story', 'export', 'owndata', 'sql', 'steckbrief'];

/** An import path that leaves the current folder and lands in one of `folders` under src/lib. */
const into = (folders, rest = '(/|$)') => `^(\\.\\./)+(lib/)?(${folders.join('|')})${rest}`;

const COMPONENT = { regex: '\\.svelte$', message: 'Components (*.svelte) sit on top: this layer may not import one.' };
const COMPONENTS = { regex: into(['components']), message: 'Components sit on top: this layer may not import from components/.' };

/** no-restricted-imports sees static imports and re-exports only; this rule applies the same patterns to import('…'). */
const noRestrictedDynamicImports = {
  meta: {
    type: 'problem',
    schema: [
      {
        type: 'object',
        properties: {
          patterns: { type: 'array', items: { type: 'object', properties: { regex: { type: 'string' }, message: { type: 'string' } } } },
        },
        additionalProperties: false,
      },
    ],
    messages: { restricted: "import('{{path}}') is restricted: {{message}}" },
  },
  create(context) {
    const patterns = (context.options[0]?.patterns ?? []).map((p) => ({ re: new RegExp(p.regex), message: p.message }));
    return {
      ImportExpression(node) {
        const path = node.source.type === 'Literal' ? node.source.value : null;
        if (typeof path !== 'string') return;
        const hit = patterns.find((p) => p.re.test(path));
        if (hit) context.report({ node, messageId: 'restricted', data: { path, message: hit.message } });
      },
    };
  },
};
const layers = { rules: { 'no-restricted-dynamic-imports': noRestrictedDynamicImports } };

const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
  'layers/no-restricted-dynamic-imports': ['error', { patterns }],
});

/** The layering, one block per folder (the folders are disjoint, so no block overrides another). */
const layering = [
  ...LOW_CORE.map((folder) => ({
    name: `layers/${folder}`,
    files: [`src/lib/${folder}/**`],
    rules: restrict(
      {
        regex: into(['state', 'components', ...FEATURES]),
        message: `src/lib/${folder}/ is core: it imports nothing from state/, components/ or a feature folder.`,
      },
      COMPONENT,
    ),
  })),
  // state/ (view state and view models) and i18n/ (message tables) are core too: no component.
  ...['state', 'i18n'].map((folder) => ({
    name: `layers/${folder}`,
    files: [`src/lib/${folder}/**`],
    rules: restrict(COMPONENTS, COMPONENT),
  })),
  ...FEATURES.map((feature) => ({
    name: `layers/${feature}`,
    files: [`src/lib/${feature}/**`],
    rules: restrict(
      {
        regex: into(
          FEATURES.filter((f) => f !== feature),
          '/(?!index\\.ts$)',
        ),
        message: 'A feature imports another feature only through its public index.ts.',
      },
      COMPONENTS,
      { regex: '\\.svelte$', message: 'A feature module imports no component (*.svelte): components import features.' },
    ),
  })),
];

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', 'public/', 'data/', 'test-results/', 'bench-results/', '.tmp/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  ...svelte.configs.prettier,
  { plugins: { layers } },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` marks a value taken apart on purpose (e.g. `const { sheets: _sheets, ...file } = parsed`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Prettier writes {' '} to keep a space where it breaks a line; the rule would undo that.
      'svelte/no-useless-mustaches': 'off',
      // State here is replaced whole ($state.raw, new Map per update), never mutated in place; the Maps and
      // Sets the rule points at are local or frozen, so SvelteMap/SvelteSet would only add cost.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    // Playwright reads a test's fixtures from its first parameter, which must be a destructuring pattern.
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
  {
    // Tests edit parsed JSON fixtures freely to build broken inputs.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } },
  },
  ...layering,
);
