// Per-document cost of domain lexicons (issue 18), in one process, as ratios:
//   - `annotate` against `createAnnotator({})` (the same lexicons, reached through createAnnotator);
//   - `annotate` against an annotator with 10,000 known entities and 1,000 stance frames;
//   - with `--baseline DIR`, `annotate` against the `annotate` of another checkout's `src/`
//     (e.g. `git archive main | tar -x -C /tmp/main` with node_modules linked), to show that the
//     default path did not get slower.
// Each task annotates every seed article once; the tasks are interleaved run by run, in an order
// rotated each run (a task right after the baseline, whose wink-nlp instance is another, pays for
// the caches the baseline took), and each figure is the median of the runs. Both sides run from source through tsx.
// Run: npx tsx bench/lexicons.ts [--runs 15] [--baseline /tmp/main]
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { annotate, createAnnotator, type Lexicons } from '../src/index';
import { median } from './measure';
import { readSeeds } from './texts';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

// Letters only, since a word with a digit is never a name word.
function letters(index: number): string {
  return index.toString(26).replace(/./gu, (digit) => String.fromCharCode(97 + parseInt(digit, 26)));
}

/** 10,000 invented people and organisations, and 1,000 invented verb frames plus a few real ones. */
function largeLexicons(): Lexicons {
  const knownEntities = Array.from({ length: 10_000 }, (_, index) => (index % 2 === 0
    ? { name: `Avery Quell${letters(index)}`, type: 'PERSON' as const }
    : { name: `Quell${letters(index)} Holdings`, type: 'ORG' as const, aliases: [`Quell${letters(index)}`] }));
  const stanceFrames = Array.from({ length: 1_000 }, (_, index) => ({ words: `zorb${letters(index)}`, as: 'verb' as const, polarity: 'oppose' as const, strength: 2 as const }));
  return { knownEntities, stanceFrames, titles: ['coach', 'striker'], organisationHeads: ['Partners', 'Capital'] };
}

const runs = Number(option('--runs') ?? 15);
const seeds = readSeeds();
const baselineDirectory = option('--baseline');
const baseline = baselineDirectory === undefined ? undefined
  : (await import(pathToFileURL(join(baselineDirectory, 'src/index.ts')).href) as { annotate: typeof annotate }).annotate;

const compileStart = performance.now();
const large = createAnnotator({ lexicons: largeLexicons() });
const compileMs = performance.now() - compileStart;
const empty = createAnnotator({});
const over = (run: (text: string) => unknown) => (): void => { for (const text of seeds) run(text); };

const names = ['annotate', 'createAnnotator({})', 'createAnnotator(10k entities + 1k frames)', ...(baseline === undefined ? [] : ['baseline annotate'])];
const tasks = [over(annotate), over(empty.annotate), over(large.annotate), ...(baseline === undefined ? [] : [over(baseline)])];
// CPU time of this process (user + system), not wall time: on a shared machine under load the wall
// time of a run mostly measures how long the scheduler kept the process waiting.
function cpuTimeOnce(task: () => unknown): number {
  const start = process.cpuUsage();
  task();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Median CPU milliseconds of each task over `runs` runs after one warm-up, the order rotated every run. */
function rotatedMedians(list: ReadonlyArray<() => unknown>, count: number): number[] {
  list.forEach((task) => task());
  const samples = list.map((): number[] => []);
  for (let run = 0; run < count; run += 1) {
    for (let step = 0; step < list.length; step += 1) {
      const index = (run + step) % list.length;
      samples[index]?.push(cpuTimeOnce(list[index] as () => unknown));
    }
  }
  return samples.map(median);
}

const times = rotatedMedians(tasks, runs);
const perDocument = times.map((time) => time / seeds.length);
const reference = perDocument[0] ?? Number.NaN;

console.log(`${seeds.length} seed articles, CPU time, median of ${runs} interleaved runs; compiling the large lexicons took ${compileMs.toFixed(0)} ms once`);
names.forEach((name, index) => {
  const value = perDocument[index] ?? Number.NaN;
  console.log(`${name.padEnd(44)} ${value.toFixed(2).padStart(8)} ms/doc   ${(value / reference).toFixed(3)} × annotate`);
});
