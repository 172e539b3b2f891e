import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/unit/**/*.test.tsx',
      'tests/main/**/*.test.ts',
      'tests/bench/**/*.test.ts',
    ],
    environment: 'node',
    // IndexedDB for Dexie in Node: installed before any test module imports Dexie.
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
  },
});
