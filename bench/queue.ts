// Throughput of `presswork queue work` with 1 and 2 worker processes, as a ratio to annotate() in a
// loop in one process over the same corpus; each worker process runs with --concurrency 1.
// Run: npm run build && npx tsx bench/queue.ts [--docs 600] [--runs 3]
// Needs redis-server on the PATH (Debian's redis-server package); it starts its own, on a free port.
// Not a timed test: the figures depend on the machine and on what else runs on it (note `uptime`).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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

// Linux reports a process's CPU time in /proc/<pid>/stat in clock ticks, 100 a second on x86 Linux.
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far, or NaN where /proc cannot tell. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

function readFlag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

/** The seed articles in turn, each after a sentence of its own so no two documents are alike. */
function makeCorpus(count: number): { id: string; text: string }[] {
  const seeds = readSeeds();
  return Array.from({ length: count }, (_, index) => ({ id: `doc-${index}`, text: `Dispatch ${index + 1} reached the desk.\n\n${seeds[index % seeds.length] as string}` }));
}

/** annotate() in a loop in this process, after a warm-up pass: documents per second, CPU ms per document. */
function measureInProcess(corpus: readonly { text: string }[]): { rate: number; cpuMs: number } {
  for (const doc of corpus.slice(0, 50)) annotate(doc.text);
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (const doc of corpus) annotate(doc.text);
  const used = process.cpuUsage(cpu);
  return { rate: (corpus.length * 1000) / (performance.now() - start), cpuMs: (used.user + used.system) / 1000 / corpus.length };
}

interface QueueRun {
  /** Documents per second from spawning the workers to the last document stored. */
  readonly wholeRun: number;
  /** Documents per second between 10% and 90% of the corpus done. */
  readonly steady: number;
  /** CPU ms per document of the worker processes together, between 10% and 90%. */
  readonly workerCpuMs: number;
  /** CPU ms per document of redis-server, between 10% and 90%. */
  readonly redisCpuMs: number;
}

async function measureQueue(redisUrl: string, redisPid: number | undefined, corpus: readonly { id: string; text: string }[], workers: number, name: string): Promise<QueueRun> {
  const options = { redis: redisUrl, queue: name };
  await addToQueue(corpus, options);
  const connection = await openQueue(options);
  const cli = existsSync(BUILT_CLI) ? [BUILT_CLI] : ['--import', 'tsx', SOURCE_CLI];
  const start = performance.now();
  const children = Array.from({ length: workers }, () => spawn(process.execPath, [...cli, 'queue', 'work', '--redis', redisUrl, '--queue', name, '--until-empty'], { stdio: 'ignore' }));
  const exits = children.map((child) => new Promise((resolve) => child.on('close', resolve)));
  type Mark = { time: number; done: number; workerCpu: number; redisCpu: number };
  const mark = (done: number): Mark => ({
    time: performance.now(),
    done,
    workerCpu: children.reduce((sum, child) => sum + cpuSeconds(child.pid), 0),
    redisCpu: cpuSeconds(redisPid),
  });
  let from: Mark | undefined;
  let to: Mark | undefined;
  for (let done = 0; done < corpus.length;) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    done = (await countQueue(connection)).done;
    if (from === undefined && done >= corpus.length * STEADY_FROM) from = mark(done);
    if (to === undefined && done >= corpus.length * STEADY_TO) to = mark(done);
  }
  const end = performance.now();
  await Promise.all(exits);
  await connection.close();
  if (from === undefined || to === undefined || to.done <= from.done) return { wholeRun: (corpus.length * 1000) / (end - start), steady: Number.NaN, workerCpuMs: Number.NaN, redisCpuMs: Number.NaN };
  const documents = to.done - from.done;
  return {
    wholeRun: (corpus.length * 1000) / (end - start),
    steady: (documents * 1000) / (to.time - from.time),
    workerCpuMs: ((to.workerCpu - from.workerCpu) * 1000) / documents,
    redisCpuMs: ((to.redisCpu - from.redisCpu) * 1000) / documents,
  };
}

const docs = readFlag('docs', 600);
const runs = readFlag('runs', 3);
const corpus = makeCorpus(docs);
const redis = await startRedis();
try {
  process.stderr.write(`corpus: ${docs} documents (seeds looped), ${runs} runs, ${cpus().length} CPUs, load before: ${loadavg().map((load) => load.toFixed(2)).join(' ')}\n`);
  const inProcess: { rate: number; cpuMs: number }[] = [];
  const byWorkers: Record<1 | 2, QueueRun[]> = { 1: [], 2: [] };
  for (let run = 0; run < runs; run += 1) {
    // Interleaved run by run, so a slow moment of the machine hits every figure alike.
    inProcess.push(measureInProcess(corpus));
    for (const workers of [1, 2] as const) byWorkers[workers].push(await measureQueue(redis.url, redis.pid, corpus, workers, `bench-${run}-${workers}`));
    process.stderr.write(`run ${run + 1}: in-process ${JSON.stringify(inProcess.at(-1))}, 1 worker ${JSON.stringify(byWorkers[1].at(-1))}, 2 workers ${JSON.stringify(byWorkers[2].at(-1))}\n`);
  }
  const base = median(inProcess.map((result) => result.rate));
  const figure = (workers: 1 | 2, key: keyof QueueRun): number => median(byWorkers[workers].map((result) => result[key]));
  console.log(`annotate() in one process: ${base.toFixed(1)} docs/s (median of ${runs})`);
  for (const workers of [1, 2] as const) {
    console.log(`${workers} worker process${workers === 1 ? '' : 'es'}: steady ${figure(workers, 'steady').toFixed(1)} docs/s (${(figure(workers, 'steady') / base).toFixed(2)}× in-process), whole run ${figure(workers, 'wholeRun').toFixed(1)} docs/s (${(figure(workers, 'wholeRun') / base).toFixed(2)}×)`);
  }
  // On a loaded machine the wall-clock figures say more about the other processes than about the
  // queue; CPU time per document does not. With two idle cores, one worker is bound by its own thread
  // (Redis has the other core) and two by the two cores shared with Redis: 2·c₁ ÷ (c₂ + redis₂).
  const workerCpu = figure(1, 'workerCpuMs');
  const redisCpu = figure(1, 'redisCpuMs');
  console.log(`CPU per document: annotate() in-process ${median(inProcess.map((result) => result.cpuMs)).toFixed(2)} ms; 1 worker ${workerCpu.toFixed(2)} ms + redis-server ${redisCpu.toFixed(2)} ms; 2 workers ${figure(2, 'workerCpuMs').toFixed(2)} ms + redis-server ${figure(2, 'redisCpuMs').toFixed(2)} ms`);
  const estimate = (2 * workerCpu) / (figure(2, 'workerCpuMs') + figure(2, 'redisCpuMs'));
  console.log(`2 workers ÷ 1 worker if CPU-bound on two idle cores (from CPU per document): ${estimate.toFixed(2)}×`);
  console.log(`2 workers ÷ 1 worker: steady ${(figure(2, 'steady') / figure(1, 'steady')).toFixed(2)}×, whole run ${(figure(2, 'wholeRun') / figure(1, 'wholeRun')).toFixed(2)}×`);
  console.log(`load average after: ${loadavg().map((load) => load.toFixed(2)).join(' ')}`);
} finally {
  await redis.stop();
}
