import { existsSync } from 'node:fs';

// The bench times presswork as its users run it: the built package (`dist/`), which `npm run bench`
// builds first. tsx's per-module compilation of `src/` runs the same code about 5-10% slower, so
// `tsx bench/run.ts` without a build still works but times the source, and every report says which.
const BUILT = new URL('../dist/index.js', import.meta.url);
const BUILT_NODE = new URL('../dist/node/index.js', import.meta.url);

type Presswork = typeof import('../src/index');
type PressworkNode = typeof import('../src/node/index');

/** Which code the bench timed: the built package or the TypeScript source through tsx. */
export type TimedSource = 'dist' | 'src';

export const source: TimedSource = existsSync(BUILT) && existsSync(BUILT_NODE) ? 'dist' : 'src';

/** presswork's public API from the timed source. */
export const presswork: Presswork = source === 'dist' ? await import(BUILT.href) : await import('../src/index');

/** `presswork/node` from the timed source. */
export async function loadPressworkNode(): Promise<PressworkNode> {
  return source === 'dist' ? import(BUILT_NODE.href) : import('../src/node/index');
}

/** The module a child process imports to get the same code (a URL for `dist/`, a path tsx resolves for `src/`). */
export const PRESSWORK_ENTRY = source === 'dist' ? BUILT.href : new URL('../src/index.ts', import.meta.url).href;
