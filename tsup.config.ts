import { rmSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';
import { buildPlayground } from './playground/build-playground';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

// The Node-only code (src/node/) must use the built library, not a bundled copy of it: a second copy
// would load a second wink-nlp model (about 70 ms and 100 MB) in any process that imports both
// `presswork` and `presswork/node`, and ship the library twice. So `../index` and `../fixtures` stay
// external and point at the library's own output beside dist/node/.
const useBuiltLibrary: Plugin = {
  name: 'use-built-library',
  setup(build) {
    const extension = build.initialOptions.format === 'cjs' ? '.cjs' : '.js';
    build.onResolve({ filter: /^\.\.\/(index|fixtures)(\.js)?$/ }, (args) => {
      if (!/[\\/]src[\\/]node[\\/]/.test(args.importer)) return undefined;
      return { path: `${args.path.replace(/\.js$/, '')}${extension}`, external: true };
    });
    // A guard rather than a convention: fail the build if anything pulls wink-nlp into dist/node/.
    build.onLoad({ filter: /[\\/]src[\\/]document[\\/]nlp\.ts$/ }, (args) => {
      if (build.initialOptions.platform !== 'node') return undefined;
      return { errors: [{ text: `${args.path} must not be bundled into dist/node/: import from '../index' instead` }] };
    });
  },
};

const nodeSettings: Options = {
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  clean: false,
  esbuildPlugins: [useBuiltLibrary],
};

export default defineConfig((): Options[] => {
  // tsup builds the configs below in parallel, and each one's `clean` (including the d.ts clean)
  // would race with the others' output; so dist/ is cleared once here, before any of them starts.
  rmSync('dist', { recursive: true, force: true });
  return [
    {
      entry: ['src/index.ts', 'src/fixtures.ts'],
      // Both module systems: `import` for bundlers and modern Node, `require` for older tooling.
      format: ['esm', 'cjs'],
      // Emits .d.ts beside ESM and .d.cts beside CJS, so each condition in `exports` gets its own types.
      dts: true,
      clean: false,
      sourcemap: true,
      // Neutral, not node: the library must run in browsers, so no Node built-ins may be assumed.
      platform: 'neutral',
      target: 'es2022',
      // Dependencies stay external so bundlers dedupe wink-nlp and its model.
      external: ['wink-nlp', 'wink-eng-lite-web-model', 'sentiment'],
      // `presswork/fixtures` bundles the seed articles as strings (src/text-files.d.ts).
      loader: { '.txt': 'text' },
      // The playground page (dist/playground/index.html) bundles src/ for the browser by itself, so it
      // changes nothing in the library's files; it is built here so `npm run build` makes it, and it
      // stays out of the npm package (`files` in package.json).
      onSuccess: async () => {
        await buildPlayground('dist/playground');
      },
    },
    {
      // `presswork/node`: annotateMany and its worker pool, and `presswork/queue`: the same on BullMQ
      // workers anywhere (bullmq and ioredis are optional peers, so they stay external and are
      // imported only when a queue function runs); both for both module systems like the library.
      entry: { 'node/index': 'src/node/index.ts', 'node/queue': 'src/node/queue.ts' },
      format: ['esm', 'cjs'],
      dts: true,
      // No shared chunks: the worker pool finds `annotate-worker.js` beside its own file through
      // `import.meta.url`, so it must stay in dist/node/ rather than move into a chunk in dist/.
      splitting: false,
      // The CJS build finds its worker file through `import.meta.url`, which shims turn into __filename.
      shims: true,
      // The one other `import.meta` use, `import.meta.resolve('tsx/esm/api')`, runs only from
      // source (.ts); in the built CJS it is dead code, so esbuild's warning about it is noise.
      esbuildOptions: (options) => {
        options.logOverride = { 'empty-import-meta': 'silent' };
      },
      ...nodeSettings,
    },
    {
      // The `presswork` bin (its source starts with `#!/usr/bin/env node`, which esbuild keeps and
      // tsup makes executable) and the worker file the pool starts; both are only ever loaded as ESM.
      entry: { 'node/cli': 'src/node/cli.ts', 'node/annotate-worker': 'src/node/annotate-worker.ts' },
      format: ['esm'],
      dts: false,
      ...nodeSettings,
    },
  ];
});
