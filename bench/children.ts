import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './measure';
import { loaderArguments, PRESSWORK_ENTRY } from './presswork';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// A child that takes longer than this is stopped and its figure reported as missing.
const CHILD_TIMEOUT_MS = 300_000;

export function runNode(args: readonly string[]): { stdout: string; milliseconds: number } {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24, timeout: CHILD_TIMEOUT_MS });
  const milliseconds = performance.now() - start;
  if (result.status !== 0) throw new Error(result.signal !== null ? `timed out after ${CHILD_TIMEOUT_MS / 1000} s` : `child failed: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return { stdout: result.stdout, milliseconds };
}

/** Cold start, measured in fresh processes: the figures of the median run. */
export interface ColdStart {
  /** Milliseconds to import presswork (the built package; through tsx when there is no build). */
  readonly importMs: number;
  /** Milliseconds of the first `annotate` of a short string: mostly loading the wink-nlp model. */
  readonly firstAnnotateMs: number;
  /** Milliseconds from spawning `node` to its exit, Node's own start-up included. */
  readonly processMs: number;
}

/** Starts `runs` fresh processes that import presswork and annotate one short sentence. */
export function measureColdStart(runs: number): ColdStart {
  const script = [
    'const start = performance.now();',
    `const { annotate } = await import(${JSON.stringify(PRESSWORK_ENTRY)});`,
    'const imported = performance.now();',
    "annotate('The minister said the talks in Paris would resume.');",
    'const annotated = performance.now();',
    'console.log(JSON.stringify({ importMs: imported - start, firstAnnotateMs: annotated - imported }));',
  ].join('\n');
  const samples = Array.from({ length: runs }, () => {
    const { stdout, milliseconds } = runNode([...loaderArguments(), '--input-type=module', '-e', script]);
    const parsed = JSON.parse(stdout) as { importMs: number; firstAnnotateMs: number };
    return { ...parsed, processMs: milliseconds };
  });
  return {
    importMs: median(samples.map((sample) => sample.importMs)),
    firstAnnotateMs: median(samples.map((sample) => sample.firstAnnotateMs)),
    processMs: median(samples.map((sample) => sample.processMs)),
  };
}

/** Peak memory of one process that annotates a text of `length` code units. */
export interface PeakMemory {
  /** The length of the ordinary-news text annotated. */
  readonly length: number;
  /** Peak RSS in MB once the model is loaded, before the big text. */
  readonly baselineMB: number;
  /** Peak RSS in MB after annotating the text. */
  readonly peakMB: number;
}

/** Annotates ordinary news of `length` code units in a fresh process and reads its peak RSS. */
export function measurePeakMemory(length: number): PeakMemory {
  const { stdout } = runNode(['--import', 'tsx', 'bench/peak-rss.ts', String(length)]);
  const parsed = JSON.parse(stdout) as { beforeKilobytes: number; afterKilobytes: number };
  return { length, baselineMB: parsed.beforeKilobytes / 1024, peakMB: parsed.afterKilobytes / 1024 };
}
