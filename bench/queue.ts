// Throughput of `presswork queue work` with 1 and 2 worker processes, as a ratio to annotate() in a
// loop in one process over the same corpus; each worker process runs with --concurrency 1.
// Run: npm run build && npx tsx bench/queue.ts [--docs 600] [--runs 3]
// Needs redis-server on the PATH (Debian's redis-server package); it starts its own, on a free port.
// Not a timed test: the figures depend on the machine and on what else runs on it (note `uptime`).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { annotate } from '../src/index';
import { addToQueue } from '../src/node/queue';
import { openQueue } from '../src/node/queue-connection';
import { countQueue } from '../src/node/read-queue-counts';
import { startRedis } from '../tests/helpers/start-redis';
import { median } from './measure';
import { readSeeds } from './texts';

const BUILT_CLI = fileURLToPath(new URL('../dist/node/cli.js', import.meta.url));
const SOURCE_CLI = fileURLToPath(new URL('../src/node/cli.ts', import.meta.url));
// Steady throughput is timed from 10% to 90% of the corpus done: it leaves out starting the
// processes and loading the model, and the tail where only one worker still has work.
const STEADY_FROM = 0.1;
const STEADY_TO = 0.9;
const POLL_MS = 50;

function readFlag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

/** The seed articles in turn, each after a sentence of its own so no two documents are alike. */
function makeCorpus(count: number): { id: string; text: string }[] {
  const seeds = readSeeds();
  return Array.from({ length: count }, (_, index) => ({ id: `doc-${index}`, text: `Dispatch ${index + 1} reached the desk.\n\n${seeds[index % seeds.length] as string}` }));
}

/** Documents per second of annotate() in a loop in this process, after a warm-up pass. */
function measureInProcess(corpus: readonly { text: string }[]): number {
  for (const doc of corpus.slice(0, 50)) annotate(doc.text);
  const start = performance.now();
  for (const doc of corpus) annotate(doc.text);
  return (corpus.length * 1000) / (performance.now() - start);
}

interface QueueRun {
  /** Documents per second from spawning the workers to the last document stored. */
  readonly wholeRun: number;
  /** Documents per second between 10% and 90% of the corpus done. */
  readonly steady: number;
}

async function measureQueue(redisUrl: string, corpus: readonly { id: string; text: string }[], workers: number, name: string): Promise<QueueRun> {
  const options = { redis: redisUrl, queue: name };
  await addToQueue(corpus, options);
  const connection = await openQueue(options);
  const cli = existsSync(BUILT_CLI) ? [BUILT_CLI] : ['--import', 'tsx', SOURCE_CLI];
  const start = performance.now();
  const children = Array.from({ length: workers }, () => spawn(process.execPath, [...cli, 'queue', 'work', '--redis', redisUrl, '--queue', name, '--until-empty'], { stdio: 'ignore' }));
  const exits = children.map((child) => new Promise((resolve) => child.on('close', resolve)));
  let from: { time: number; done: number } | undefined;
  let to: { time: number; done: number } | undefined;
  for (let done = 0; done < corpus.length;) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    done = (await countQueue(connection)).done;
    if (from === undefined && done >= corpus.length * STEADY_FROM) from = { time: performance.now(), done };
    if (to === undefined && done >= corpus.length * STEADY_TO) to = { time: performance.now(), done };
  }
  const end = performance.now();
  await Promise.all(exits);
  await connection.close();
  const steady = from !== undefined && to !== undefined && to.time > from.time ? ((to.done - from.done) * 1000) / (to.time - from.time) : Number.NaN;
  return { wholeRun: (corpus.length * 1000) / (end - start), steady };
}

const docs = readFlag('docs', 600);
const runs = readFlag('runs', 3);
const corpus = makeCorpus(docs);
const redis = await startRedis();
try {
  process.stderr.write(`corpus: ${docs} documents (seeds looped), ${runs} runs, ${cpus().length} CPUs, load before: ${loadavg().map((load) => load.toFixed(2)).join(' ')}\n`);
  const inProcess: number[] = [];
  const byWorkers: Record<1 | 2, QueueRun[]> = { 1: [], 2: [] };
  for (let run = 0; run < runs; run += 1) {
    // Interleaved run by run, so a slow moment of the machine hits every figure alike.
    inProcess.push(measureInProcess(corpus));
    for (const workers of [1, 2] as const) byWorkers[workers].push(await measureQueue(redis.url, corpus, workers, `bench-${run}-${workers}`));
    process.stderr.write(`run ${run + 1}: in-process ${inProcess.at(-1)?.toFixed(1)} docs/s, 1 worker ${JSON.stringify(byWorkers[1].at(-1))}, 2 workers ${JSON.stringify(byWorkers[2].at(-1))}\n`);
  }
  const base = median(inProcess);
  const figure = (workers: 1 | 2, key: keyof QueueRun): number => median(byWorkers[workers].map((result) => result[key]));
  console.log(`annotate() in one process: ${base.toFixed(1)} docs/s (median of ${runs})`);
  for (const workers of [1, 2] as const) {
    console.log(`${workers} worker process${workers === 1 ? '' : 'es'}: steady ${figure(workers, 'steady').toFixed(1)} docs/s (${(figure(workers, 'steady') / base).toFixed(2)}× in-process), whole run ${figure(workers, 'wholeRun').toFixed(1)} docs/s (${(figure(workers, 'wholeRun') / base).toFixed(2)}×)`);
  }
  console.log(`2 workers ÷ 1 worker: steady ${(figure(2, 'steady') / figure(1, 'steady')).toFixed(2)}×, whole run ${(figure(2, 'wholeRun') / figure(1, 'wholeRun')).toFixed(2)}×`);
  console.log(`load average after: ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
} finally {
  await redis.stop();
}
