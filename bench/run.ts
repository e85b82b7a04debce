// `npm run bench` (builds, then `tsx bench/run.ts`): presswork's speed on the built package
// (bench/presswork.ts), as ratios to wink-nlp timed in the same process; cold start, memory,
// hostile inputs and annotateMany run in child processes. Options: `--quick` (smaller texts, fewer
// runs: a smoke test of the harness, not figures to quote) and `--json` (the same results as
// JSON). bench/README.md says what each figure means.
import { spawnSync } from 'node:child_process';
import { availableParallelism, cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { measureAnnotateMany, type AnnotateManySpeed } from './annotate-many-speed';
import { measureColdStart, measurePeakMemory, type ColdStart, type PeakMemory } from './children';
import { measureCorpusMemory, type CorpusMemory } from './corpus-memory';
import { medianTimes } from './measure';
import { presswork, source, type TimedSource } from './presswork';
import { countTokens, readWithWink } from './raw-wink';
import { hostileInputs, newsOfLength, readSeeds } from './texts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { annotate } = presswork;

interface Settings {
  readonly quick: boolean;
  readonly json: boolean;
  /**
   * Timed runs per throughput and linearity figure (after one warm-up); the median is reported.
   * A shared 2-core virtual machine moves single runs by 10% or more, hence more than a few.
   */
  readonly runs: number;
  /** Timed runs per hostile input (each row is several seconds of work in its own process). */
  readonly hostileRuns: number;
  /** The "1 MB" text's length; `--quick` uses a quarter. */
  readonly megabyte: number;
  /** How many times the seed articles are looped in one timed run of the article-sized figure. */
  readonly articleLoops: number;
  /** The corpus sizes `annotateMany` is timed on. */
  readonly corpusSizes: readonly number[];
  /**
   * The size in bytes of the JSONL corpus of the CLI's memory figure (issue 17: 10 MB). `--quick`
   * uses 5 MB, still over the 4 MB from which the CLI starts worker threads by default.
   */
  readonly memoryCorpusBytes: number;
}

function readSettings(args: readonly string[]): Settings {
  const quick = args.includes('--quick');
  return {
    quick,
    json: args.includes('--json'),
    runs: quick ? 3 : 9,
    hostileRuns: quick ? 3 : 5,
    megabyte: quick ? 250_000 : 1_000_000,
    articleLoops: quick ? 3 : 20,
    corpusSizes: quick ? [50] : [200, 1000, 4000],
    memoryCorpusBytes: quick ? 5_000_000 : 10_000_000,
  };
}

/** raw wink-nlp against annotate() on one workload. */
interface Throughput {
  readonly tokens: number;
  readonly rawMs: number;
  readonly annotateMs: number;
  readonly rawTokensPerSecond: number;
  readonly annotateTokensPerSecond: number;
  /** annotate throughput / raw throughput (target ≥ 0.5). */
  readonly ratio: number;
}

function throughput(tokens: number, rawMs: number, annotateMs: number): Throughput {
  return {
    tokens, rawMs, annotateMs,
    rawTokensPerSecond: (tokens / rawMs) * 1000,
    annotateTokensPerSecond: (tokens / annotateMs) * 1000,
    ratio: rawMs / annotateMs,
  };
}

function measureText(text: string, runs: number): Throughput {
  const [rawMs = Number.NaN, annotateMs = Number.NaN] = medianTimes([() => readWithWink(text), () => annotate(text)], runs);
  return throughput(countTokens(text), rawMs, annotateMs);
}

function measureArticles(seeds: readonly string[], loops: number, runs: number): Throughput & { readonly documents: number } {
  const loopOver = (task: (text: string) => unknown) => () => {
    for (let loop = 0; loop < loops; loop += 1) for (const seed of seeds) task(seed);
  };
  const [rawMs = Number.NaN, annotateMs = Number.NaN] = medianTimes([loopOver(readWithWink), loopOver(annotate)], runs);
  const tokens = seeds.reduce((sum, seed) => sum + countTokens(seed), 0) * loops;
  return { ...throughput(tokens, rawMs, annotateMs), documents: seeds.length * loops };
}

/** time(4 MB) / time(1 MB) for annotate (linear = 4.0, target ≤ 4.4). */
interface Linearity {
  readonly smallLength: number;
  readonly smallMs: number;
  readonly largeMs: number;
  readonly ratio: number;
}

function measureLinearity(seeds: readonly string[], megabyte: number, runs: number): Linearity {
  const small = newsOfLength(seeds, megabyte);
  const large = newsOfLength(seeds, 4 * megabyte);
  const [smallMs = Number.NaN, largeMs = Number.NaN] = medianTimes([() => annotate(small), () => annotate(large)], runs);
  return { smallLength: small.length, smallMs, largeMs, ratio: largeMs / smallMs };
}

/** One row of the hostile-input table. */
interface HostileRow {
  readonly name: string;
  readonly length: number;
  /** wink-nlp tokens in the input, and in ordinary news of the same length. */
  readonly tokens?: number;
  readonly newsTokens?: number;
  /** Median milliseconds of annotate() on the hostile input (null when it threw or timed out). */
  readonly ms: number | null;
  /** Median milliseconds of annotate() on ordinary news of the same length. */
  readonly newsMs?: number;
  /** ms / newsMs (target < 3). */
  readonly ratio: number | null;
  /** The same ratio for raw wink-nlp: how much of the slowdown is wink-nlp's own. */
  readonly rawRatio?: number;
  /** Timed runs (1 when the first call took longer than 20 s). */
  readonly runs: number;
  /** Why there is no time: the error annotate() threw (a bug), or the time-out. */
  readonly error?: string;
}

// A row that takes longer than this (both texts, all runs, model loading) is reported as timed out.
const HOSTILE_TIMEOUT_MS = 180_000;

/** Times each hostile input in its own child process (`bench/hostile-row.ts`), one after another. */
function measureHostile(seeds: readonly string[], settings: Settings): HostileRow[] {
  const scale = settings.megabyte / 1_000_000;
  return hostileInputs(seeds, scale).map(({ name, text }, index) => {
    log(settings, `  ${name}…`);
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/hostile-row.ts', String(index), String(scale), String(settings.hostileRuns)], {
      cwd: ROOT, encoding: 'utf8', timeout: HOSTILE_TIMEOUT_MS, maxBuffer: 1 << 24,
    });
    if (result.status === 0) return JSON.parse(result.stdout) as HostileRow;
    const error = result.error?.message.includes('ETIMEDOUT') === true || result.signal !== null
      ? `timed out after ${HOSTILE_TIMEOUT_MS / 1000} s` : `child failed: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`;
    return { name, length: text.length, ms: null, ratio: null, runs: 0, error };
  });
}

/** A figure that could not be measured, and why. */
interface Failure {
  readonly error: string;
}

function attempt<T>(measureFigure: () => T): T | Failure {
  try {
    return measureFigure();
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

interface Results {
  readonly measuredAt: string;
  readonly machine: { readonly node: string; readonly cpu: string; readonly cores: number };
  /** Whether the built package (dist/) or the source through tsx (src/) was timed. */
  readonly source: TimedSource;
  readonly settings: Settings;
  readonly megabyte: Throughput & { readonly length: number };
  readonly articles: Throughput & { readonly documents: number };
  readonly linearity: Linearity;
  readonly memory: PeakMemory | Failure;
  readonly corpusMemory: CorpusMemory | Failure;
  readonly coldStart: ColdStart | Failure;
  readonly hostile: readonly HostileRow[];
  readonly annotateMany: ReadonlyArray<AnnotateManySpeed | (Failure & { readonly documents: number })>;
}

function log(settings: Settings, message: string): void {
  // Progress goes to stderr, so `--json` output stays parseable.
  if (!settings.json) process.stderr.write(`${message}\n`);
}

async function measure(settings: Settings): Promise<Results> {
  const seeds = readSeeds();
  log(settings, 'cold start (fresh processes)…');
  const coldStart = attempt(() => measureColdStart(settings.quick ? 1 : 3));
  log(settings, `peak memory for ${(4 * settings.megabyte) / 1_000_000} MB (fresh process)…`);
  const memory = attempt(() => measurePeakMemory(4 * settings.megabyte));
  log(settings, `peak memory of the CLI and of wink-nlp on a ${settings.memoryCorpusBytes / 1_000_000} MB corpus (fresh processes)…`);
  const corpusMemory = attempt(() => measureCorpusMemory(settings.memoryCorpusBytes));
  annotate('Warm-up: the model loads here, not inside a timed run.');
  log(settings, 'throughput on one big text…');
  const big = newsOfLength(seeds, settings.megabyte);
  const megabyte = { ...measureText(big, settings.runs), length: big.length };
  log(settings, 'throughput on article-sized documents…');
  const articles = measureArticles(seeds, settings.articleLoops, settings.runs);
  log(settings, 'linearity…');
  const linearity = measureLinearity(seeds, settings.megabyte, settings.runs);
  log(settings, 'hostile inputs…');
  const hostile = measureHostile(seeds, settings);
  log(settings, 'annotateMany…');
  const annotateMany = settings.corpusSizes.map((count) => ({ documents: count, ...attempt(() => measureAnnotateMany(count, settings.quick ? 1 : 3)) }));
  return {
    measuredAt: new Date().toISOString(),
    machine: { node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: availableParallelism() },
    source, settings, megabyte, articles, linearity, memory, corpusMemory, coldStart, hostile, annotateMany,
  };
}

const number = (value: number, digits = 0): string => (Number.isFinite(value) ? value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : 'n/a');
const verdict = (ok: boolean): string => (ok ? 'ok' : 'MISSED');
const size = (length: number): string => (length >= 1_000_000 ? `${number(length / 1_000_000, 2)} MB` : `${number(length / 1000)} kB`);

function formatThroughput(name: string, figures: Throughput): string[] {
  return [
    `${name}: ${number(figures.tokens)} tokens`,
    `  raw wink-nlp   ${number(figures.rawMs).padStart(7)} ms  ${number(figures.rawTokensPerSecond).padStart(9)} tokens/s`,
    `  annotate()     ${number(figures.annotateMs).padStart(7)} ms  ${number(figures.annotateTokensPerSecond).padStart(9)} tokens/s`,
    `  annotate/raw throughput  ${number(figures.ratio, 2)}  (target ≥ 0.5: ${verdict(figures.ratio >= 0.5)})`,
  ];
}

function formatHostile(rows: readonly HostileRow[]): string[] {
  const lines = [`hostile inputs (annotate time / ordinary news of the same length; target < 3)`];
  lines.push(`  ${'input'.padEnd(34)} ${'length'.padStart(9)} ${'ms'.padStart(8)} ${'news ms'.padStart(8)} ${'ratio'.padStart(6)} ${'wink'.padStart(6)}`);
  for (const row of rows) {
    const status = row.error === undefined ? verdict((row.ratio ?? Number.POSITIVE_INFINITY) < 3) : `FAILED: ${row.error}`;
    const note = row.runs === 1 ? ' (1 run)' : '';
    lines.push(`  ${row.name.padEnd(34)} ${size(row.length).padStart(9)} ${number(row.ms ?? Number.NaN).padStart(8)} ${number(row.newsMs ?? Number.NaN).padStart(8)} ${number(row.ratio ?? Number.NaN, 2).padStart(6)} ${number(row.rawRatio ?? Number.NaN, 2).padStart(6)}  ${status}${note}`);
  }
  return lines;
}

function formatCorpusMemory(memory: CorpusMemory | Failure): string[] {
  if ('error' in memory) return [`peak RSS on a corpus, CLI against wink-nlp: not measured (${memory.error})`];
  const row = (name: string, megabytes: number, note: string): string => `  ${name.padEnd(50)} ${number(megabytes).padStart(5)} MB${note}`;
  return [
    `peak RSS on a ${size(memory.corpusBytes)} JSONL corpus (${number(memory.documents)} articles), each in a fresh process:`,
    row(`presswork annotate (default: ${memory.defaultThreads} worker threads)`, memory.cliMB, `  ${number(memory.ratio, 2)} × wink-nlp  (target ≤ 1.5: ${verdict(memory.ratio <= 1.5)})`),
    row('presswork annotate --concurrency 1', memory.cliConcurrency1MB, `  ${number(memory.ratioConcurrency1, 2)} × wink-nlp`),
    row('wink-nlp alone (default pipeline)', memory.winkMB, ''),
  ];
}

function format(results: Results): string {
  const { settings, megabyte, articles, linearity, memory, corpusMemory, coldStart, annotateMany } = results;
  return [
    `presswork bench${settings.quick ? ' (--quick: smaller texts, fewer runs; do not quote)' : ''} — ${results.measuredAt}`,
    `Node ${results.machine.node}, ${results.machine.cores} × ${results.machine.cpu}; median of ${settings.runs} runs after a warm-up (${settings.hostileRuns} for hostile inputs)`,
    results.source === 'dist' ? 'timed: the built package (dist/)' : `timed: the source through tsx, ${results.source}: \`npm run bench\` builds and times the package`,
    '',
    ...formatThroughput(`one ${size(megabyte.length)} text`, megabyte),
    ...formatThroughput(`article-sized documents (${articles.documents} seed articles per run)`, articles),
    '',
    `linearity: time(${size(4 * linearity.smallLength)}) / time(${size(linearity.smallLength)}) = ${number(linearity.largeMs)} / ${number(linearity.smallMs)} ms = ${number(linearity.ratio, 2)}  (linear = 4.0, target ≤ 4.4: ${verdict(linearity.ratio <= 4.4)})`,
    'error' in memory ? `peak RSS: not measured (${memory.error})`
      : `peak RSS annotating ${size(memory.length)}: ${number(memory.peakMB)} MB (${number(memory.baselineMB)} MB with the model loaded, before the text)`,
    ...formatCorpusMemory(corpusMemory),
    'error' in coldStart ? `cold start: not measured (${coldStart.error})`
      : `cold start: import ${number(coldStart.importMs)} ms + first annotate (model load) ${number(coldStart.firstAnnotateMs)} ms; whole process ${number(coldStart.processMs)} ms`,
    '',
    ...formatHostile(results.hostile),
    '',
    'annotateMany, each run in a fresh process (pool start-up and warm-up included):',
    ...annotateMany.map((speed) => ('error' in speed ? `  ${speed.documents} articles: not measured (${speed.error})` : `  ${speed.documents} articles: concurrency 1 ${number(speed.concurrency1Ms)} ms, concurrency 2 ${number(speed.concurrency2Ms)} ms; speed-up ${number(speed.speedUp, 2)} (${number(speed.speedUpSecondHalf, 2)} over the second half)`)),
  ].join('\n');
}

const settings = readSettings(process.argv.slice(2));
const results = await measure(settings);
process.stdout.write(`${settings.json ? JSON.stringify(results, null, 2) : format(results)}\n`);
