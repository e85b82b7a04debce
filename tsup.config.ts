import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/fixtures.ts'],
  // Both module systems: `import` for bundlers and modern Node, `require` for older tooling.
  format: ['esm', 'cjs'],
  // Emits .d.ts beside ESM and .d.cts beside CJS, so each condition in `exports` gets its own types.
  dts: true,
  clean: true,
  sourcemap: true,
  // Neutral, not node: the library must run in browsers, so no Node built-ins may be assumed.
  platform: 'neutral',
  target: 'es2022',
  // Dependencies stay external so bundlers dedupe wink-nlp and its model.
  external: ['wink-nlp', 'wink-eng-lite-web-model', 'sentiment'],
});
