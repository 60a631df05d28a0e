import { defineConfig } from 'vitest/config';

// Three tiers (DESIGN.md style 8): core in Node, DOM code against happy-dom, the built
// extension in real browsers. `npm run test:unit` runs the first two, `test:e2e` the last.
export default defineConfig({
  test: {
    projects: [
      {
        // Timeouts only catch hangs: a cold, busy 2-core CI machine is slow, and speed targets
        // live in the benchmarks, not here.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        test: {
          name: 'dom',
          include: ['tests/dom/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          globalSetup: ['tests/e2e/support/global-setup.ts'],
        },
      },
    ],
  },
});
