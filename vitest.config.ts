import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vitest/config';

// Loads a `.txt` import as its text, as the build does (tsup.config.ts): `presswork/fixtures`
// imports the seed articles. Vite would otherwise serve it as an asset URL.
const textFiles: Plugin = {
  name: 'text-files',
  enforce: 'pre',
  load(id) {
    return id.endsWith('.txt') ? `export default ${JSON.stringify(readFileSync(id, 'utf8'))};` : undefined;
  },
};

export default defineConfig({
  plugins: [textFiles],
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // The golden-corpus and property tests read the model once per worker; give them time on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
