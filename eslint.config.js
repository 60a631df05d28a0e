// Lint is where the architecture's rules live (DESIGN.md "Rules"): the import zones below fail
// the build when a folder reaches across a boundary it must not cross.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { dirname, relative, resolve } from 'node:path';

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

const ROOT = import.meta.dirname;
const inside = (file, folder) => {
  const rel = relative(resolve(ROOT, folder), file);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith('/'));
};

/**
 * The zones as a rule. Hand-written (about 30 lines) rather than eslint-plugin-import-x's
 * no-restricted-paths: that plugin brings unrs-resolver, whose per-platform optional packages
 * npm 11 leaves out of package-lock.json, so `npm ci` refuses the lock on a fresh machine. Our
 * imports are all relative, so resolving them needs no resolver.
 */
const boundaries = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const file = context.filename;
    const zones = boundaryZones.filter((z) => inside(file, z.target));
    if (zones.length === 0) return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const base = resolve(dirname(file), source.replace(/\?.*$/, ''));
      const targets = [base, `${base}.ts`, `${base}.tsx`];
      for (const z of zones) {
        const target = targets.find((t) => inside(t, z.from));
        if (!target) continue;
        if ((z.except ?? []).some((e) => inside(target, resolve(ROOT, z.from, e)))) continue;
        context.report({ node, message: `Import of "${source}" crosses a boundary: ${z.message}` });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => check(node.source, node.source.value),
    };
  },
};

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
    plugins: { heistlens: { rules: { boundaries } } },
    rules: {
      'heistlens/boundaries': 'error',
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
    files: ['**/*.js', 'bench/**/*.ts', 'tests/**/*.ts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
