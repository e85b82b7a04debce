import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // The golden-corpus and property tests read the model once per worker; give them time on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
