import { Worker, type ResourceLimits, type WorkerOptions } from 'node:worker_threads';
import type { AnnotateOptions, Annotation, Lexicons } from '../index';
import type { RawDocument } from './read-corpus';
import type { RenderOutcome, RenderPlan } from './render-document';
import { workerExecArgv } from './worker-exec-argv';

/** What every thread of a pool annotates with: the call's options and the caller's lexicons. */
type PoolOptions = AnnotateOptions & { readonly lexicons?: Lexicons };

/** What a thread starts with (`workerData`): the options, and for the CLI how to render each document. */
export interface WorkerSetup {
  readonly options: PoolOptions;
  /** When given, a thread answers each document with its rendered output instead of its Annotation. */
  readonly render?: RenderPlan;
}

/** A fixed set of annotation threads: jobs wait in one queue until a thread has room for them. */
export interface WorkerPool<Job = string, Result = Annotation> {
  /** Runs one job (a document) on the thread with the fewest jobs in hand, once one has room. */
  readonly run: (job: Job) => Promise<Result>;
  /** Stops every thread; jobs not yet done are rejected. */
  readonly close: () => Promise<void>;
}

interface Task<Job, Result> {
  readonly job: Job;
  readonly resolve: (result: Result) => void;
  readonly reject: (error: Error) => void;
}

type Reply<Result> = { readonly result: Result } | { readonly error: string };

// Each thread is sent its next job before it finishes the current one, so it never waits for a
// round trip through this thread between two documents. A thread answers its jobs in the order it
// received them, so its replies match the front of its own queue.
const TASKS_PER_WORKER = 2;

/**
 * The heap a thread starts with. V8 lets a heap's garbage grow in proportion to the heap's ceiling,
 * and a worker inherits the process's ceiling (4.3 GB on the machine presswork is measured on), so
 * each thread let 60 MB and more of garbage build before collecting it. With these ceilings the
 * CLI's peak memory on a 10 MB corpus with two threads fell from 375 MB to 282–299 MB at the same
 * speed (README, Speed). The young generation, 12 MB rather than 24, saves about 20 MB more for
 * 2–3% more time. A text too big for them (a 24 MB article was, a 16 MB one was not) makes its
 * thread run out of heap; the thread that replaces it has the process's own ceiling and annotates
 * the text again, so such a text costs the time spent before running out once more.
 * Node lets `--max-old-space-size` (on the command line or in NODE_OPTIONS) override the
 * old-generation ceiling given here.
 */
const WORKER_HEAP_LIMITS: ResourceLimits = Object.freeze({ maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 12 });

/** How a pool's threads start; the defaults are what every caller in presswork uses. */
export interface PoolSettings {
  /** The heap ceilings each thread starts with (a replacement thread gets none). */
  readonly heapLimits?: ResourceLimits;
  /** Called when a thread runs out of heap and is replaced. */
  readonly onThreadReplaced?: () => void;
}

/**
 * Starts the worker thread. Built, it is `annotate-worker.js` beside this file. From source (vitest,
 * tsx) it is the `.ts` file, and Node 20 does not apply `--import tsx` to a worker's own entry, so a
 * two-line bootstrap registers tsx first and then imports it.
 */
function startWorker(setup: WorkerSetup, resourceLimits: ResourceLimits | undefined): Worker {
  const here = import.meta.url;
  const execArgv = workerExecArgv(process.execArgv);
  const settings: WorkerOptions = { workerData: setup, execArgv, resourceLimits };
  if (!here.endsWith('.ts')) return newWorker(new URL('./annotate-worker.js', here), settings);
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./annotate-worker.ts', here).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return newWorker(bootstrap, { ...settings, eval: true });
}

function newWorker(entry: URL | string, options: WorkerOptions): Worker {
  try {
    return new Worker(entry, options);
  } catch (error) {
    // An explicit option list (see workerExecArgv) refuses V8 options such as `--max-old-space-size`,
    // which inheriting would have accepted; the worker then starts with none.
    if ((error as { code?: unknown }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw error;
    return new Worker(entry, { ...options, execArgv: [] });
  }
}

function isOutOfMemory(error: Error): boolean {
  return (error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/**
 * Starts `size` annotation threads; every text sent to `run` is annotated with `options`. Threads
 * start with heap ceilings; one that runs out of heap is replaced by a thread without them, which
 * annotates its texts again (annotate() gives the same answer whichever thread runs it).
 */
export function createWorkerPool(size: number, options: PoolOptions, settings: PoolSettings = {}): WorkerPool {
  return startPool<string, Annotation>(size, { options }, settings);
}

/**
 * Starts `size` threads that decode each document as read, annotate it and render it as `plan`
 * says, so only bytes pass between them and the calling thread (the CLI's), never the text or the
 * Annotation as objects on its heap.
 */
export function createRenderingPool(size: number, options: PoolOptions, plan: RenderPlan, settings: PoolSettings = {}): WorkerPool<RawDocument, RenderOutcome> {
  return startPool<RawDocument, RenderOutcome>(size, { options, render: plan }, settings);
}

function startPool<Job, Result>(size: number, setup: WorkerSetup, settings: PoolSettings): WorkerPool<Job, Result> {
  const heapLimits = settings.heapLimits ?? WORKER_HEAP_LIMITS;
  const waiting: Task<Job, Result>[] = [];
  const assigned = new Map<Worker, Task<Job, Result>[]>();
  const state = { closing: false, failure: undefined as Error | undefined };

  // Gives each waiting job to the thread with the fewest jobs, while one has room.
  function dispatch(): void {
    while (waiting.length > 0) {
      let target: { worker: Worker; tasks: Task<Job, Result>[] } | undefined;
      for (const [worker, tasks] of assigned) {
        if (tasks.length < TASKS_PER_WORKER && (target === undefined || tasks.length < target.tasks.length)) target = { worker, tasks };
      }
      if (target === undefined) return;
      const task = waiting.shift() as Task<Job, Result>;
      target.tasks.push(task);
      // Copied, not handed over (transferred): a thread that runs out of heap would take a job's
      // bytes with it, and the thread that replaces it needs them.
      target.worker.postMessage(task.job);
    }
  }

  // A thread that dies takes the pool with it (unless it only ran out of its starting heap, see
  // replace): every pending document fails with the reason.
  function fail(error: Error): void {
    state.failure ??= error;
    const pending = [...[...assigned.values()].flatMap((tasks) => tasks.splice(0)), ...waiting.splice(0)];
    for (const task of pending) task.reject(error);
  }

  function onReply(worker: Worker, reply: Reply<Result>): void {
    const task = assigned.get(worker)?.shift();
    if ('error' in reply) task?.reject(new Error(reply.error));
    else task?.resolve(reply.result);
    dispatch();
  }

  function addWorker(resourceLimits: ResourceLimits | undefined, tasks: Task<Job, Result>[]): void {
    const worker = startWorker(setup, resourceLimits);
    worker.on('message', (reply: Reply<Result>) => onReply(worker, reply));
    worker.on('error', (error) => {
      const canReplace = resourceLimits !== undefined && isOutOfMemory(error) && !state.closing && state.failure === undefined;
      if (canReplace) replace(worker);
      else fail(error);
    });
    worker.on('exit', (code) => {
      if (!state.closing && assigned.has(worker)) fail(new Error(`presswork: an annotation worker exited with code ${code}`));
    });
    assigned.set(worker, tasks);
    for (const task of tasks) worker.postMessage(task.job);
  }

  // The jobs the thread had in hand go to its replacement, which has the process's own heap
  // ceiling; given to another capped thread, a text too big for one would run out there too.
  function replace(worker: Worker): void {
    const tasks = assigned.get(worker) ?? [];
    assigned.delete(worker);
    settings.onThreadReplaced?.();
    try {
      addWorker(undefined, tasks);
    } catch (error) {
      for (const task of tasks) task.reject(error as Error);
      fail(error as Error);
    }
  }

  for (let index = 0; index < size; index++) addWorker(heapLimits, []);

  return {
    run: (job) => {
      if (state.failure !== undefined) return Promise.reject(state.failure);
      return new Promise<Result>((resolve, reject) => {
        waiting.push({ job, resolve, reject });
        dispatch();
      });
    },
    close: async () => {
      state.closing = true;
      fail(new Error('presswork: the worker pool was closed'));
      await Promise.all([...assigned.keys()].map((worker) => worker.terminate()));
    },
  };
}
