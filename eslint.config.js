// Lint is where the architecture's rules live (DESIGN.md "Rules"): the import zones below fail
// the build when a folder reaches across a boundary it must not cross.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';

/** Folder boundaries: `target` may not import from `from`. Exported for the lint config's own test. */
export const boundaryZones = [
  {
    target: './src/core',
    from: './src',
    except: ['./core'],
    message: 'src/core is the pure engine: it imports nothing from src outside itself.',
  },
  {
    target: './src/content',
    from: './src/db',
    message: 'content scripts never touch our DB: send a message to the background.',
  },
  {
    target: './src/content',
    from: './src/background',
    message: 'content talks to the background only through messages.',
  },
  {
    target: './src/ui',
    from: './src/background',
    message: 'UI talks to the background only through messages.',
  },
  {
    target: './src/ui/components',
    from: './src/db',
    message: 'components are presentational: props in, callbacks out.',
  },
  {
    target: './src/ui/components',
    from: './src/shared/browser.ts',
    message: 'components are presentational: no browser APIs.',
  },
  { target: './src/background', from: './src/ui', message: 'the service worker has no DOM.' },
  { target: './src/background', from: './src/content', message: 'the service worker has no DOM.' },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'demo-out/**',
      'bench/out/**',
      'src/data/generated/**',
      'tests/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/ui/**/*.tsx', 'src/content/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['**/*.js', 'scripts/**/*.ts', 'bench/**/*.ts', 'tests/**/*.ts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
