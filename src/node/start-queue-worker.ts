import type { Job } from 'bullmq';
import { annotate, type AnnotateOptions, type Annotation } from '../index';
import { assertOptions, typeName } from '../errors';
import { createWorkerPool, type WorkerPool } from './create-worker-pool';
import { countQueue } from './read-queue-counts';
import { openQueue, type QueueConnection, type QueueOptions } from './queue-connection';

/** Options of `startQueueWorker`. */
export interface QueueWorkerOptions extends QueueOptions {
  /** The documents annotated at once, each on its own thread; 1 annotates in this thread. Defaults to 1. */
  readonly concurrency?: number;
  /** The longest text accepted, in UTF-16 code units; a longer one fails without retries. Defaults to 1,000,000. */
  readonly maxLength?: number;
  /**
   * How long a job stays with a worker that has stopped answering (killed, frozen, cut off) before
   * another worker takes it over, in milliseconds. Defaults to 30,000.
   */
  readonly lockDuration?: number;
  /** Stops the worker once no document is waiting or held by any worker. */
  readonly untilEmpty?: boolean;
  /** The annotate options, the same on every worker of a queue. */
  readonly annotateOptions?: AnnotateOptions;
  /** Called when an attempt at a document fails, with whether it will be tried again. */
  readonly onFailure?: (id: string, reason: string, willRetry: boolean) => void;
  /** Called when the worker itself meets an error, such as a lost connection (it reconnects by itself). */
  readonly onError?: (error: Error) => void;
}

/** A running worker. */
export interface QueueWorker {
  /** Resolves once the worker has stopped and disconnected. */
  readonly finished: Promise<void>;
  /** Stops taking documents, finishes the ones in hand, and disconnects; resolves when done. */
  readonly close: () => Promise<void>;
}

const DEFAULT_MAX_LENGTH = 1_000_000;
const DEFAULT_LOCK_DURATION = 30_000;
// Each thread has a second document in hand while it annotates one: BullMQ fetches it, and the
// worker stores the first one's annotation and reports it done, while the thread is busy, instead of
// leaving the thread idle for those round trips to Redis.
const JOBS_IN_HAND_PER_THREAD = 2;
// How often an `untilEmpty` worker looks whether the queue has run dry.
const EMPTY_CHECK_INTERVAL_MS = 500;

/** Why a document can never be annotated, or undefined when it can. */
function checkText(text: unknown, maxLength: number): string | undefined {
  if (typeof text !== 'string') return `presswork: \`text\` must be a string, received ${typeName(text)}`;
  if (text.length > maxLength) return `presswork: \`text\` is ${text.length} characters long, over the limit of ${maxLength}`;
  return undefined;
}

function createProcessor(connection: QueueConnection, pool: WorkerPool | undefined, options: QueueWorkerOptions) {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  // In this thread, a document waits for a macrotask so the other document in hand can finish its
  // round trips to Redis first.
  const annotateText = pool?.run ?? ((text: string): Promise<Annotation> => new Promise((resolve) => setImmediate(() => resolve(annotate(text, options.annotateOptions)))));
  return async (job: Job): Promise<void> => {
    const { id, text } = job.data as { id: string; text: unknown };
    const problem = checkText(text, maxLength);
    // Unrecoverable: a bad document fails at once, with its reason on the job, and is never retried.
    if (problem !== undefined) throw new connection.driver.bullmq.UnrecoverableError(problem);
    const annotation = await annotateText(text as string);
    // Keyed by id: a document annotated twice (its first worker died before reporting back) is
    // still stored once, and annotate() gives the same answer wherever it runs.
    await connection.client.hset(connection.resultsKey, id, JSON.stringify(annotation));
  };
}

/** Stops the worker once nothing is waiting or active; `stop` is called once. */
function watchForEmpty(connection: QueueConnection, stop: () => void): () => void {
  const timer = setInterval(() => {
    countQueue(connection).then((counts) => {
      if (counts.waiting === 0 && counts.active === 0) stop();
    }, () => undefined);
  }, EMPTY_CHECK_INTERVAL_MS);
  return () => clearInterval(timer);
}

/**
 * Starts a worker that annotates documents from the queue until `close()` (or, with `untilEmpty`,
 * until the queue is empty). Run as many as you like on as many machines; a worker that dies has its
 * documents taken over by another after `lockDuration`, and each annotation is stored once.
 */
export async function startQueueWorker(options: QueueWorkerOptions = {}): Promise<QueueWorker> {
  const concurrency = options.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new TypeError(`presswork: \`concurrency\` must be a positive integer, received ${String(concurrency)}`);
  assertOptions(options.annotateOptions ?? {});
  const connection = await openQueue(options, true);
  const pool = concurrency > 1 ? createWorkerPool(concurrency, options.annotateOptions ?? {}) : undefined;
  // Load the model before taking a job: loading blocks this thread for a second or more, and a
  // blocked thread cannot renew its job's lock.
  if (pool === undefined) annotate('', options.annotateOptions);
  const lockDuration = options.lockDuration ?? DEFAULT_LOCK_DURATION;
  const worker = new connection.driver.bullmq.Worker(connection.queue.name, createProcessor(connection, pool, options), {
    connection: connection.client,
    concurrency: concurrency * JOBS_IN_HAND_PER_THREAD,
    lockDuration,
    // Look for dead workers' jobs as often as a lock can expire, and let a job survive two deaths.
    stalledInterval: lockDuration,
    maxStalledCount: 2,
  });
  worker.on('failed', (job, error) => {
    if (job === undefined) return;
    const willRetry = !(error instanceof connection.driver.bullmq.UnrecoverableError) && job.attemptsMade < (job.opts.attempts ?? 1);
    options.onFailure?.((job.data as { id: string }).id, error.message, willRetry);
  });
  worker.on('error', (error) => options.onError?.(error));
  let closing: Promise<void> | undefined;
  let stopWatching = (): void => undefined;
  let markFinished = (): void => undefined;
  const finished = new Promise<void>((resolve) => (markFinished = resolve));
  const close = (): Promise<void> => {
    closing ??= (async () => {
      stopWatching();
      await worker.close();
      await pool?.close();
      await connection.close();
      markFinished();
    })();
    return closing;
  };
  if (options.untilEmpty === true) stopWatching = watchForEmpty(connection, () => void close());
  return { finished, close };
}
