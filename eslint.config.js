// Lint rules double as architecture rules: data only flows
// data -> domain -> features -> components, features never import each other,
// and nothing renders HTML from strings or evaluates code.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FEATURES = [
  'shipments',
  'revenue',
  'regions',
  'goals',
  'headline',
  'figures',
  'sources',
  'timeline',
  'filters',
  'presentation',
  'export',
  'provenance',
  'data-upload',
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'playwright-report', 'test-results', 'bench/results.json', 'bench/.cache'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
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
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', '@tanstack/*', 'zustand', 'recharts'], message: 'The domain layer is pure: no UI or state libraries.' },
            { group: ['../state/*', '../features/*', '../components/*', '../hooks/*', '../app/*'], message: 'The domain layer only depends on data types.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../state/*', '../features/*', '../components/*', '../hooks/*', '../app/*'], message: 'The data layer does not know about the UI.' },
          ],
        },
      ],
    },
  },
  {
    // Charts and UI primitives only draw what they are given; components/panel-chrome may read the view store.
    files: ['src/components/charts/**', 'src/components/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../../features/*', '../../state/*', '../../hooks/*', '../../data/use-*', '../../app/*', '../panel-chrome/*'],
              message: 'Shared components only draw what they are given.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/panel-chrome/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../../features/*', '../../app/*'], message: 'Panel chrome is shared by features and cannot depend on them.' }] },
      ],
    },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: FEATURES.filter((f) => f !== feature).map((f) => `../${f}/*`),
              message: 'Features never import each other; share through domain/, hooks/ or components/.',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['tests/**', 'scripts/**', 'bench/**', '*.config.{js,ts}'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
