import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The bench times presswork as its users run it: the built package (`dist/`), which `npm run bench`
// builds first. Measured on 2026-12-01, the source run through tsx was 5–10% slower on the same
// code, so a figure from `src/` is not the package's. Run as `tsx bench/run.ts`, the bench falls
// back to `src/` when there is no build, or when a source file is newer than the build, and its
// report says which it timed.
const BUILT = new URL('../dist/index.js', import.meta.url);
const BUILT_NODE = new URL('../dist/node/index.js', import.meta.url);
const SOURCE = new URL('../src/', import.meta.url);

type Presswork = typeof import('../src/index');

/** Which code the bench timed: the built package or the TypeScript source through tsx. */
export type TimedSource = 'dist' | 'src (no build)' | 'src (build older than src/)';

function newestSourceTime(): number {
  const directory = fileURLToPath(SOURCE);
  const files = readdirSync(directory, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Math.max(...files.map((entry) => statSync(`${entry.parentPath}/${entry.name}`).mtimeMs));
}

function chooseSource(): TimedSource {
  if (!existsSync(BUILT) || !existsSync(BUILT_NODE)) return 'src (no build)';
  return statSync(BUILT).mtimeMs < newestSourceTime() ? 'src (build older than src/)' : 'dist';
}

export const source: TimedSource = chooseSource();
const isBuilt = source === 'dist';

/** presswork's public API from the timed code. */
export const presswork: Presswork = isBuilt ? await import(BUILT.href) : await import('../src/index');

/** What a child process imports to run the same code (with `--import tsx` for the source). */
export const PRESSWORK_ENTRY = isBuilt ? BUILT.href : new URL('../src/index.ts', import.meta.url).href;
export const PRESSWORK_NODE_ENTRY = isBuilt ? BUILT_NODE.href : new URL('../src/node/index.ts', import.meta.url).href;

/** The `node` options a child process needs to run the timed code. */
export function loaderArguments(): string[] {
  return isBuilt ? [] : ['--import', 'tsx'];
}
