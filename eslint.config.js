// Lint rules double as architecture rules. src/ is layered; a layer imports only from itself and
// the layers below it (LAYERS, top first):
//   app/ + main.tsx > features/<name>/ > components/panel-chrome/ > hooks/
//   > components/charts/ + components/ui/ (presentational: domain and data only) > state/
//   > domain/ (pure: no UI or state libraries) > data/ (the bottom).
// Features never import each other; the feature list is read from src/features/ at load, so a
// new folder is fenced at once. A path in src/ that no layer claims is off limits to every layer
// below app/ until it is placed. Import cycles in src/ are errors. tests/, scripts/ and bench/
// may import anything. Nothing renders HTML from strings or evaluates code.
import fs from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ROOT = import.meta.dirname;

/** Top first. `allows` narrows a layer to some of the layers below it. */
const LAYERS = [
  { paths: ['src/app', 'src/main.tsx'] },
  { paths: ['src/features'], advice: 'a feature is used only by app/: move what it shares down to panel-chrome/, hooks/ or domain/' },
  { paths: ['src/components/panel-chrome'], advice: 'panel chrome is shared by features and cannot depend on them or on app/' },
  { paths: ['src/hooks'], advice: 'hooks are shared by features: pass feature or app specifics in as arguments' },
  {
    paths: ['src/components/charts', 'src/components/ui'],
    allows: ['src/domain', 'src/data'],
    advice: 'shared components only draw what they are given: take data and callbacks as props, not from hooks or stores',
  },
  { paths: ['src/state'], advice: 'stores hold state for the UI and know nothing of it: move the logic down to domain/' },
  { paths: ['src/domain'], advice: 'the domain is pure: take what it needs as arguments, or move the code up to hooks/ or state/' },
  { paths: ['src/data'], advice: 'data/ is the bottom layer and imports nothing from src/ outside it: move the code that needs more up' },
];

const LAYER_PATHS = LAYERS.flatMap((layer) => layer.paths);

/** Every file and folder under `dir` that is a layer path or holds none; folders holding layer paths are opened. */
function srcUnits(dir) {
  return fs.readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const unit = `${dir}/${name}`;
    return LAYER_PATHS.some((p) => p.startsWith(`${unit}/`)) ? srcUnits(unit) : [unit];
  });
}

const SRC_UNITS = srcUnits('src');
const FEATURE_ENTRIES = fs.readdirSync(path.join(ROOT, 'src/features'), { withFileTypes: true });
const FEATURES = FEATURE_ENTRIES.filter((entry) => entry.isDirectory()).map((entry) => entry.name);

const list = (paths) => paths.map((p) => `${p.replace(/^src\//, '')}${p.includes('.') ? '' : '/'}`).join(', ');

const layerZones = LAYERS.slice(1).map((layer, index) => {
  const below = LAYERS.slice(index + 2).flatMap((lower) => lower.paths);
  const allowed = layer.allows ?? below;
  return {
    target: layer.paths,
    from: SRC_UNITS.filter((unit) => !layer.paths.includes(unit) && !allowed.includes(unit)),
    message: `${list(layer.paths)} may import only from ${allowed.length ? `itself and ${list(allowed)}` : 'itself'}; ${layer.advice}.`,
  };
});

const featureZones = FEATURES.map((feature) => ({
  target: `src/features/${feature}`,
  from: FEATURE_ENTRIES.filter((other) => other.name !== feature).map((other) => `src/features/${other.name}`),
  message: 'Features never import each other; share through domain/, hooks/ or components/.',
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'playwright-report', 'test-results', 'bench/results.json', 'bench/.cache'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // Relative imports name their files (.ts, .tsx), so the plain node resolver finds them.
      'import-x/resolver-next': [createNodeResolver()],
      // Without these, no-cycle reads no TypeScript module and finds no cycle.
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/external-module-folders': ['node_modules'],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Relative imports only: an unresolved one would slip past the layer rules unchecked.
      'import-x/no-unresolved': ['error', { ignore: ['^[^.]'] }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render HTML from strings: data is shown as text.' },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never write innerHTML: data is shown as text.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones: [...layerZones, ...featureZones] }],
      // Type-only imports are not followed (they vanish at build); nor are libraries.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react/*', 'react-dom', 'react-dom/*', '@tanstack/*', 'zustand', 'zustand/*', 'recharts', 'recharts/*'],
              message: 'The domain layer is pure: no UI or state libraries. Compute here; render and store in the layers above.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**', 'scripts/**', 'bench/**', '*.config.{js,ts}'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
