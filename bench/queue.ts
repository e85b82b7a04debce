// Throughput of `presswork queue work` with 1 and 2 worker processes, as a ratio to annotate() in a
// loop in one process over the same documents; each worker process runs with --concurrency 1.
// Run: npm run build && npx tsx bench/queue.ts [--docs 600] [--warm-up 500] [--runs 3]
// Needs redis-server on the PATH (Debian's redis-server package); it starts its own, on a free port.
// Linux only for the CPU figures (it reads /proc). Not a timed test: the figures depend on the
// machine and on what else runs on it (note `uptime`).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Redis } from 'ioredis';
import { addToQueue } from '../src/node/queue';
import { openQueue } from '../src/node/queue-connection';
import { startRedis } from '../tests/helpers/start-redis';
import { median } from './measure';
import { loaderArguments, presswork, source } from './presswork';
import { readSeeds } from './texts';

// The workers run the same code as the in-process loop: the build, or the source through tsx
// when there is no build or it is older than src/ (see presswork.ts).
const CLI = fileURLToPath(new URL(source === 'dist' ? '../dist/node/cli.js' : '../src/node/cli.ts', import.meta.url));
// The timed window ends at 90% of the timed documents, leaving out the tail where one worker has
// run out of documents and the other still works.
const STEADY_TO = 0.9;
const POLL_MS = 50;
// The most worker processes a run starts: every run queues this many processes' warm-up, so that
// the 1- and 2-worker runs annotate the same documents and their whole-run figures compare.
const MOST_WORKERS = 2;

// Linux reports a thread's CPU time in /proc/…/stat in clock ticks, 100 a second on x86 Linux.
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) of a process (`/proc/<pid>`) or thread (`/proc/<pid>/task/<tid>`), or NaN where /proc cannot tell. */
function cpuSeconds(procPath: string): number {
  try {
    const fields = readFileSync(`${procPath}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/** CPU seconds of a process's main thread: the one JavaScript runs on (its thread id is the process id). */
function mainThreadCpuSeconds(pid: number | undefined): number {
  return cpuSeconds(`/proc/${pid}/task/${pid}`);
}

/** CPU seconds redis-server has used, from INFO (microsecond precision, where /proc counts in ticks). */
async function redisCpuSeconds(client: Redis): Promise<number> {
  const info = await client.info('cpu');
  const read = (name: string): number => Number(new RegExp(`^${name}:([0-9.]+)`, 'm').exec(info)?.[1]);
  return read('used_cpu_user') + read('used_cpu_sys');
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

/** Throughput and CPU per document over a timed window. */
interface Figures {
  /** Documents per second. */
  readonly rate: number;
  /** CPU ms per document of the main threads (where JavaScript, and so annotate(), runs). */
  readonly mainCpuMs: number;
  /** CPU ms per document of the whole processes: main threads plus V8's compiler and GC threads. */
  readonly cpuMs: number;
}

/**
 * annotate() in a loop in this process: `warmUp` documents first, untimed, so V8 has compiled
 * annotate's code as it would have in a long-running worker; then the timed ones.
 */
function measureInProcess(warmUp: readonly { text: string }[], timed: readonly { text: string }[]): Figures {
  for (const doc of warmUp) presswork.annotate(doc.text);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const main = mainThreadCpuSeconds(process.pid);
  for (const doc of timed) presswork.annotate(doc.text);
  const used = process.cpuUsage(cpu);
  return {
    rate: (timed.length * 1000) / (performance.now() - start),
    mainCpuMs: ((mainThreadCpuSeconds(process.pid) - main) * 1000) / timed.length,
    cpuMs: (used.user + used.system) / 1000 / timed.length,
  };
}

interface QueueRun extends Figures {
  /** Documents per second from spawning the workers to the last document stored, start-up and warm-up included. */
  readonly wholeRun: number;
  /** CPU ms per document of redis-server over the timed window. */
  readonly redisCpuMs: number;
}

interface Mark {
  readonly time: number;
  readonly done: number;
  readonly mainCpu: number;
  readonly cpu: number;
  readonly redisCpu: number;
}

/**
 * Runs `workers` worker processes over the whole corpus. The timed window opens once `warmUpEach`
 * documents per worker are stored, and closes at `closeAt` documents stored.
 */
async function measureQueue(redisUrl: string, corpus: readonly { id: string; text: string }[], workers: number, warmUpEach: number, closeAt: number, name: string): Promise<QueueRun> {
  const options = { redis: redisUrl, queue: name };
  await addToQueue(corpus, options);
  const connection = await openQueue(options);
  const start = performance.now();
  const children = Array.from({ length: workers }, () => spawn(process.execPath, [...loaderArguments(), CLI, 'queue', 'work', '--redis', redisUrl, '--queue', name, '--until-empty'], { stdio: 'ignore' }));
  const exits = children.map((child) => new Promise((resolve) => child.on('close', resolve)));
  const mark = async (done: number): Promise<Mark> => ({
    time: performance.now(),
    done,
    mainCpu: children.reduce((sum, child) => sum + mainThreadCpuSeconds(child.pid), 0),
    cpu: children.reduce((sum, child) => sum + cpuSeconds(`/proc/${child.pid}`), 0),
    redisCpu: await redisCpuSeconds(connection.client),
  });
  let from: Mark | undefined;
  let to: Mark | undefined;
  for (let done = 0; done < corpus.length;) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    // HLEN of the results hash, O(1): polling costs Redis and this process next to nothing.
    done = await connection.client.hlen(connection.resultsKey);
    if (from === undefined && done >= workers * warmUpEach) from = await mark(done);
    if (to === undefined && done >= closeAt) to = await mark(done);
  }
  const wholeRun = (corpus.length * 1000) / (performance.now() - start);
  await Promise.all(exits);
  await connection.close();
  if (from === undefined || to === undefined || to.done <= from.done) return { wholeRun, rate: Number.NaN, mainCpuMs: Number.NaN, cpuMs: Number.NaN, redisCpuMs: Number.NaN };
  const perDocument = (key: 'mainCpu' | 'cpu' | 'redisCpu'): number => (((to as Mark)[key] - (from as Mark)[key]) * 1000) / ((to as Mark).done - (from as Mark).done);
  return { wholeRun, rate: ((to.done - from.done) * 1000) / (to.time - from.time), mainCpuMs: perDocument('mainCpu'), cpuMs: perDocument('cpu'), redisCpuMs: perDocument('redisCpu') };
}

const loads = (): string => loadavg().map((load) => load.toFixed(2)).join(' ');
const docs = readFlag('docs', 600);
const warmUp = readFlag('warm-up', 500);
const runs = readFlag('runs', 3);
// Every run annotates the same corpus: the warm-up of the largest run, then the timed documents.
const corpus = makeCorpus(MOST_WORKERS * warmUp + docs);
const closeAt = MOST_WORKERS * warmUp + Math.ceil(STEADY_TO * docs);
const redis = await startRedis();
try {
  process.stderr.write(`${source}; corpus: ${corpus.length} documents (seeds looped): warm-up ${warmUp} per worker, ${docs} timed; ${runs} runs, ${cpus().length} CPUs, load before: ${loads()}\n`);
  const inProcess: Figures[] = [];
  const byWorkers: Record<1 | 2, QueueRun[]> = { 1: [], 2: [] };
  for (let run = 0; run < runs; run += 1) {
    // Interleaved run by run, so a slow moment of the machine hits every figure alike.
    inProcess.push(measureInProcess(corpus.slice(0, warmUp), corpus.slice(MOST_WORKERS * warmUp)));
    for (const workers of [1, 2] as const) byWorkers[workers].push(await measureQueue(redis.url, corpus, workers, warmUp, closeAt, `bench-${run}-${workers}`));
    process.stderr.write(`run ${run + 1}: in-process ${JSON.stringify(inProcess.at(-1))}, 1 worker ${JSON.stringify(byWorkers[1].at(-1))}, 2 workers ${JSON.stringify(byWorkers[2].at(-1))}\n`);
  }
  const base = median(inProcess.map((result) => result.rate));
  const figure = (workers: 1 | 2, key: keyof QueueRun): number => median(byWorkers[workers].map((result) => result[key]));
  console.log(`annotate() in one process: ${base.toFixed(1)} docs/s (median of ${runs})`);
  for (const workers of [1, 2] as const) {
    console.log(`${workers} worker process${workers === 1 ? '' : 'es'}: steady ${figure(workers, 'rate').toFixed(1)} docs/s (${(figure(workers, 'rate') / base).toFixed(2)}× in-process), whole run ${figure(workers, 'wholeRun').toFixed(1)} docs/s (${(figure(workers, 'wholeRun') / base).toFixed(2)}×)`);
  }
  const cpu = (workers: 1 | 2): string => `${figure(workers, 'cpuMs').toFixed(2)} ms (main thread${workers === 1 ? '' : 's'} ${figure(workers, 'mainCpuMs').toFixed(2)}) + redis-server ${figure(workers, 'redisCpuMs').toFixed(2)} ms`;
  console.log(`CPU per document: annotate() in-process ${median(inProcess.map((result) => result.cpuMs)).toFixed(2)} ms (main thread ${median(inProcess.map((result) => result.mainCpuMs)).toFixed(2)}); 1 worker ${cpu(1)}; 2 workers ${cpu(2)}`);
  // On a loaded machine the wall-clock figures say more about the other processes than about the
  // queue; CPU time per document does not. On two idle cores one worker is bound by its main
  // thread (its compiler and GC threads and redis-server have the other core), and two workers by
  // everything they and redis-server need, shared over the two cores: 2·m₁ ÷ (c₂ + redis₂).
  const estimate = (2 * figure(1, 'mainCpuMs')) / (figure(2, 'cpuMs') + figure(2, 'redisCpuMs'));
  console.log(`2 workers ÷ 1 worker if CPU-bound on two idle cores (from CPU per document): ${estimate.toFixed(2)}×`);
  console.log(`2 workers ÷ 1 worker: steady ${(figure(2, 'rate') / figure(1, 'rate')).toFixed(2)}×, whole run ${(figure(2, 'wholeRun') / figure(1, 'wholeRun')).toFixed(2)}×`);
  console.log(`load average after: ${loads()}`);
} finally {
  await redis.stop();
}
