// Issue 17's memory figure: the peak resident memory of `presswork annotate` on a 10 MB JSONL corpus
// against that of wink-nlp reading the same corpus, each in a fresh `node` process of its own.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { source } from './presswork';
import { jsonlCorpus, readSeeds } from './texts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = fileURLToPath(new URL('../dist/node/cli.js', import.meta.url));
// A child that takes longer than this is stopped and the figure reported as missing.
const CHILD_TIMEOUT_MS = 300_000;

/** Peak RSS of the CLI and of wink-nlp on the same corpus. */
export interface CorpusMemory {
  /** The corpus file's size in bytes, and its documents. */
  readonly corpusBytes: number;
  readonly documents: number;
  /** The worker threads the CLI starts by default for a corpus over 4 MB, as this one is: one per CPU. */
  readonly defaultThreads: number;
  /** Peak RSS in MB of `presswork annotate corpus.jsonl`, with its default options. */
  readonly cliMB: number;
  /** Peak RSS in MB of the same command with `--concurrency 1` (no worker threads). */
  readonly cliConcurrency1MB: number;
  /** Peak RSS in MB of wink-nlp alone reading every document with its default pipeline. */
  readonly winkMB: number;
  /** cliMB / winkMB (issue 17's target: ≤ 1.5). */
  readonly ratio: number;
  /** cliConcurrency1MB / winkMB. */
  readonly ratioConcurrency1: number;
}

// Loaded with `--import` before the measured program: at exit, it writes the process's peak resident
// set size (getrusage: every thread of the process, worker threads included) to the file named by
// the environment variable, so the measured process is the program itself, with nothing between.
const PEAK_RSS_HOOK = `data:text/javascript,${encodeURIComponent(`
  import { writeFileSync } from 'node:fs';
  const file = process.env.PRESSWORK_BENCH_PEAK_RSS_FILE;
  process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));`)}`;

// wink-nlp as one of its users would read the corpus: line by line, one readDoc per document with
// the default pipeline, tokens, POS tags, sentences and entities taken out, a small JSON line out
// on stdout (a file, as for the CLI).
const WINK_SCRIPT = `
  import { createReadStream } from 'node:fs';
  import { once } from 'node:events';
  import { createInterface } from 'node:readline';
  import winkNLP from 'wink-nlp';
  import model from 'wink-eng-lite-web-model';
  const nlp = winkNLP(model);
  const its = nlp.its;
  for await (const line of createInterface({ input: createReadStream(process.argv[1]), crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const { id, text } = JSON.parse(line);
    const doc = nlp.readDoc(text);
    const tokens = doc.tokens().out();
    const tags = doc.tokens().out(its.pos);
    const sentences = doc.sentences().out();
    const entities = doc.entities().out(its.detail);
    const record = { id, tokens: tokens.length, tags: tags.length, sentences: sentences.length, entities };
    if (!process.stdout.write(JSON.stringify(record) + '\\n')) await once(process.stdout, 'drain');
  }`;

/**
 * Runs `node` with `args` in a fresh process, its stdout going to the file `outputPath` (a pipe
 * would have to be drained, and a bench that reads it would hold the output), and returns the
 * process's peak RSS in MB.
 */
function peakRssOfNode(args: readonly string[], outputPath: string, name: string): number {
  const peakFile = `${outputPath}.peak-rss`;
  const output = openSync(outputPath, 'w');
  try {
    const result = spawnSync(process.execPath, ['--import', PEAK_RSS_HOOK, ...args], {
      cwd: ROOT,
      stdio: ['ignore', output, 'pipe'],
      encoding: 'utf8',
      timeout: CHILD_TIMEOUT_MS,
      env: { ...process.env, PRESSWORK_BENCH_PEAK_RSS_FILE: peakFile },
    });
    if (result.status !== 0) {
      throw new Error(result.signal !== null ? `${name}: timed out after ${CHILD_TIMEOUT_MS / 1000} s` : `${name} failed: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
    }
  } finally {
    closeSync(output);
  }
  if (statSync(outputPath).size === 0) throw new Error(`${name} wrote nothing`);
  return Number(readFileSync(peakFile, 'utf8')) / 1024;
}

/**
 * Writes a JSONL corpus of article-sized documents of about `bytes` bytes to a temporary folder,
 * runs the built CLI on it (default options, then `--concurrency 1`) and wink-nlp alone, each in a
 * fresh process with its output going to a file there, and returns their peak RSS.
 */
export function measureCorpusMemory(bytes: number): CorpusMemory {
  // The CLI through tsx would carry tsx's compiler in its memory: only the build is measured.
  if (source !== 'dist') throw new Error(`needs the build (${source}): \`npm run bench\` builds it`);
  const directory = mkdtempSync(join(tmpdir(), 'presswork-bench-memory-'));
  try {
    const corpusPath = join(directory, 'corpus.jsonl');
    const { jsonl, documents } = jsonlCorpus(readSeeds(), bytes);
    writeFileSync(corpusPath, jsonl);
    const output = (name: string): string => join(directory, `${name}.out`);
    const cliMB = peakRssOfNode([CLI, 'annotate', corpusPath], output('cli'), 'presswork annotate');
    const cliConcurrency1MB = peakRssOfNode([CLI, 'annotate', corpusPath, '--concurrency', '1'], output('cli-1'), 'presswork annotate --concurrency 1');
    const winkMB = peakRssOfNode(['--input-type=module', '-e', WINK_SCRIPT, corpusPath], output('wink'), 'wink-nlp');
    return {
      corpusBytes: statSync(corpusPath).size, documents, defaultThreads: availableParallelism(),
      cliMB, cliConcurrency1MB, winkMB, ratio: cliMB / winkMB, ratioConcurrency1: cliConcurrency1MB / winkMB,
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
