import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Golden files are written on purpose only (npx vitest run -u): a missing or changed one fails,
    // here as in CI, instead of being written where a moved test would look for it.
    update: 'none',
    // A safety net, not a measure: the team tests run many git and spis processes, two files at a time.
    testTimeout: 180_000,
    // The same for hooks: removing the scratch copies of generated repositories (tens of thousands
    // of files) took more than vitest's 10 s default on a loaded CI machine.
    hookTimeout: 180_000,
    pool: 'forks',
    // Most tests wait on git and child processes rather than compute: two files at a time on the
    // 2-core machines (vitest's default there would be one).
    maxWorkers: 2,
  },
});
