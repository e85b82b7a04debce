import { Worker } from 'node:worker_threads';
import type { AnnotateOptions, Annotation } from '../index';

/** A fixed set of annotation threads fed from one queue. */
export interface WorkerPool {
  /** Annotates one text on the next free thread. */
  readonly run: (text: string) => Promise<Annotation>;
  /** Stops every thread. */
  readonly close: () => Promise<void>;
}

interface Task {
  readonly text: string;
  readonly resolve: (annotation: Annotation) => void;
  readonly reject: (error: Error) => void;
}

type Reply = { readonly annotation: Annotation } | { readonly error: string };

/**
 * Starts the worker thread. Built, it is `annotate-worker.js` beside this file. From source (vitest,
 * tsx) it is the `.ts` file, and Node 20 does not apply `--import tsx` to a worker's own entry, so a
 * two-line bootstrap registers tsx first and then imports it.
 */
function startWorker(options: AnnotateOptions): Worker {
  const here = import.meta.url;
  const workerData = { options };
  if (!here.endsWith('.ts')) return new Worker(new URL('./annotate-worker.js', here), { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./annotate-worker.ts', here).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** Starts `size` annotation threads; every text sent to `run` is annotated with `options`. */
export function createWorkerPool(size: number, options: AnnotateOptions): WorkerPool {
  const waiting: Task[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Task>();
  const state = { closing: false, failure: undefined as Error | undefined };

  function dispatch(): void {
    for (let worker = idle.pop(); worker !== undefined; worker = idle.pop()) {
      const task = waiting.shift();
      if (task === undefined) {
        idle.push(worker);
        return;
      }
      busy.set(worker, task);
      worker.postMessage(task.text);
    }
  }

  // A thread that dies takes the pool with it: every pending document fails with the reason.
  function fail(error: Error): void {
    state.failure ??= error;
    for (const task of [...busy.values(), ...waiting.splice(0)]) task.reject(error);
    busy.clear();
  }

  function onReply(worker: Worker, reply: Reply): void {
    const task = busy.get(worker);
    busy.delete(worker);
    idle.push(worker);
    if ('error' in reply) task?.reject(new Error(reply.error));
    else task?.resolve(reply.annotation);
    dispatch();
  }

  const workers = Array.from({ length: size }, () => {
    const worker = startWorker(options);
    worker.on('message', (reply: Reply) => onReply(worker, reply));
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!state.closing) fail(new Error(`presswork: an annotation worker exited with code ${code}`));
    });
    idle.push(worker);
    return worker;
  });

  return {
    run: (text) => {
      if (state.failure !== undefined) return Promise.reject(state.failure);
      return new Promise<Annotation>((resolve, reject) => {
        waiting.push({ text, resolve, reject });
        dispatch();
      });
    },
    close: async () => {
      state.closing = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
