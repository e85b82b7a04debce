// Per-document cost of domain lexicons (issue 18): the same seed articles annotated by the default
// `annotate` and by an annotator holding 10,000 known entities and 1,000 stance frames, as a user
// with a big domain lexicon would run it. CPU time of this process (user + system), not wall time:
// on a shared machine under load the wall time of a run mostly measures waiting for a core.
//
// In one process (the default), three tasks: `annotate`, the 10k annotator, and a control, which is
// `annotate` again through another function. The control runs exactly the default's code, so its
// ratio is the bench's own bias and should read 1.00; quote the 10k ratio beside it.
//   - A sample is `--passes` passes over the seeds (about 0.1 s), timed after a young-generation
//     collection, so that no sample pays for the short-lived garbage the task before it left. Not a
//     full collection: its sweeping goes on in helper threads during the sample, and
//     `process.cpuUsage` counts them (it added 2 to 3 ms/doc to every sample, for both tasks).
//   - The rounds go through every order of the tasks in turn, so each task is timed equally often
//     first, second and last, and after each other task.
//   - The figure is the median over rounds of each round's ratio: the samples of one round are
//     taken within a second of each other, under the same load.
// An earlier version timed one pass per sample with no collection between tasks, in a rotation in
// which `annotate` followed the 10k annotator two runs in three: the control read 0.89 to 0.99.
//
// With `--processes N`, N pairs of fresh processes, each timing one of the two alone (the order
// alternating AB, BA, …), and the median of the pairs' ratios. Here neither shares a heap, a JIT
// or wink-nlp's learned words with the other, as when a user runs one of them.
//
// Run: npx tsx bench/lexicons.ts [--runs 30] [--passes 3] [--processes 8] [--baseline /tmp/main]
//   --baseline DIR adds another checkout's `annotate` (its `src/`, node_modules linked) in one process.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
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

// A young-generation collection between samples, without asking the caller for `--expose-gc`.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as (options: { type: 'minor' | 'major' }) => void;

const runs = Number(option('--runs') ?? 30);
const passes = Number(option('--passes') ?? 3);
const processes = Number(option('--processes') ?? 0);
const alone = option('--alone');
const baselineDirectory = option('--baseline');
const seeds = readSeeds();

/** CPU milliseconds per document of one sample: `passes` passes over the seeds after a young-generation collection. */
function sample(run: (text: string) => unknown): number {
  collectGarbage({ type: 'minor' });
  const start = process.cpuUsage();
  for (let pass = 0; pass < passes; pass += 1) for (const text of seeds) run(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / (passes * seeds.length);
}

// Each task gets the same warm-up, so that the JIT has settled before any sample is taken.
function warmUp(tasks: ReadonlyArray<(text: string) => unknown>): void {
  for (let round = 0; round < 5; round += 1) for (const task of tasks) sample(task);
}

/** Every order of `count` items, so a list of rounds can cycle through them. */
function orders(count: number): number[][] {
  if (count === 1) return [[0]];
  return orders(count - 1).flatMap((order) => Array.from({ length: count }, (_, at) => [...order.slice(0, at), count - 1, ...order.slice(at)]));
}

function quartiles(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (fraction: number): number => sorted[Math.round(fraction * (sorted.length - 1))] ?? Number.NaN;
  return `${at(0.25).toFixed(3)}–${at(0.75).toFixed(3)}`;
}

function createLarge(): { annotate: (text: string) => unknown; compileMs: number } {
  const start = performance.now();
  const large = createAnnotator({ lexicons: largeLexicons() });
  return { annotate: large.annotate, compileMs: performance.now() - start };
}

function load(): string {
  return loadavg().map((value) => value.toFixed(2)).join(', ');
}

/** In a child: times one task alone and prints its median CPU milliseconds per document. */
function timeAlone(task: string): void {
  const run = task === 'annotate' ? annotate : createLarge().annotate;
  warmUp([run]);
  console.log(JSON.stringify({ task, msPerDocument: median(Array.from({ length: runs }, () => sample(run))) }));
}

function timeInOneProcess(baseline: ((text: string) => unknown) | undefined): void {
  const large = createLarge();
  const control = (text: string): unknown => annotate(text);
  const names = ['annotate', 'control: annotate again', 'createAnnotator(10k entities + 1k frames)', ...(baseline === undefined ? [] : ['baseline annotate'])];
  const tasks = [annotate, control, large.annotate, ...(baseline === undefined ? [] : [baseline])];
  warmUp(tasks);
  const samples = tasks.map((): number[] => []);
  const cycle = orders(tasks.length);
  for (let round = 0; round < runs; round += 1) {
    for (const index of cycle[round % cycle.length] ?? []) samples[index]?.push(sample(tasks[index] as (text: string) => unknown));
  }
  console.log(`in one process: ${seeds.length} seed articles × ${passes} passes per sample, CPU time, ${runs} rounds; compiling the large lexicons took ${large.compileMs.toFixed(0)} ms once`);
  names.forEach((name, index) => {
    const ratios = (samples[index] ?? []).map((time, round) => time / (samples[0]?.[round] ?? Number.NaN));
    console.log(`${name.padEnd(44)} ${median(samples[index] ?? []).toFixed(2).padStart(7)} ms/doc   ${median(ratios).toFixed(3)} × annotate (quartiles ${quartiles(ratios)})`);
  });
}

function timeInSeparateProcesses(count: number): void {
  const timeChild = (task: string): number => {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--alone', task, '--runs', String(runs), '--passes', String(passes)], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`child ${task} failed: ${child.stderr.trim().split('\n').slice(-3).join(' ')}`);
    return (JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as { msPerDocument: number }).msPerDocument;
  };
  const defaults: number[] = [];
  const larges: number[] = [];
  for (let pair = 0; pair < count; pair += 1) {
    if (pair % 2 === 0) { defaults.push(timeChild('annotate')); larges.push(timeChild('large')); }
    else { larges.push(timeChild('large')); defaults.push(timeChild('annotate')); }
  }
  const ratios = larges.map((time, pair) => time / (defaults[pair] ?? Number.NaN));
  console.log(`in ${count} pairs of processes, each timing one task alone (${runs} samples of ${passes} passes, median):`);
  console.log(`annotate                                     ${defaults.map((time) => time.toFixed(2)).join(' ')} ms/doc`);
  console.log(`createAnnotator(10k entities + 1k frames)    ${larges.map((time) => time.toFixed(2)).join(' ')} ms/doc`);
  console.log(`ratio of each pair                           ${ratios.map((ratio) => ratio.toFixed(3)).join(' ')}`);
  console.log(`median ratio ${median(ratios).toFixed(3)} × annotate (quartiles ${quartiles(ratios)})`);
}

if (alone !== undefined) timeAlone(alone);
else {
  const baseline = baselineDirectory === undefined ? undefined
    : (await import(pathToFileURL(join(baselineDirectory, 'src/index.ts')).href) as { annotate: typeof annotate }).annotate;
  console.log(`load average before: ${load()}`);
  timeInOneProcess(baseline);
  if (processes > 0) timeInSeparateProcesses(processes);
  console.log(`load average after: ${load()}`);
}
