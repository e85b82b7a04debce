import type { Job } from 'bullmq';
import type { AnnotateOptions, Annotation } from '../index';
import { assertOptions, typeName } from '../errors';
import { createWorkerPool } from './create-worker-pool';
import { importLibrary } from './import-library';
import { isQueueSettled } from './read-queue-counts';
import { openQueue, type BatchData, type QueueConnection, type QueueOptions, type QueuedText } from './queue-connection';

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
// Each thread has a second batch in hand while it annotates one: BullMQ fetches it, and the worker
// stores the first one's annotations and reports it done, while the thread is busy, instead of
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

/** What became of one document of a batch: its annotation JSON, or why it cannot be annotated. */
type Outcome = { readonly id: string; readonly json: string } | { readonly id: string; readonly problem: string };

/** Whether this is the job's last attempt, after which BullMQ would not retry it. */
function isLastAttempt(job: Job): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

/**
 * Stores the outcomes of a batch in one round trip. Keyed by id: a document annotated twice (its
 * first worker died before reporting the batch done) is still stored once, and annotate() gives
 * the same answer wherever it runs.
 */
async function storeOutcomes(connection: QueueConnection, outcomes: readonly Outcome[]): Promise<void> {
  const pipeline = connection.client.pipeline();
  for (const outcome of outcomes) {
    if ('json' in outcome) pipeline.hset(connection.resultsKey, outcome.id, outcome.json);
    else pipeline.hset(connection.failuresKey, outcome.id, outcome.problem);
  }
  const failure = ((await pipeline.exec()) ?? []).find(([error]) => error !== null);
  if (failure !== undefined) throw failure[0];
}

/** Annotates one text of a batch. */
type AnnotateText = (text: string) => Promise<Annotation>;

/**
 * Annotates in the queue worker's own thread, which imports the library only now (see
 * importLibrary). The model is loaded before the worker takes a job: loading blocks this thread for
 * a second or more, and a blocked thread cannot renew its job's lock.
 */
async function annotateInThisThread(annotateOptions: AnnotateOptions | undefined): Promise<AnnotateText> {
  const { annotate } = await importLibrary();
  annotate('', annotateOptions);
  // Each document waits for a macrotask so the other batch in hand can finish its round trips to
  // Redis in between.
  return (text) => new Promise((resolve) => setImmediate(() => resolve(annotate(text, annotateOptions))));
}

function createProcessor(connection: QueueConnection, annotateText: AnnotateText, onThreads: boolean, options: QueueWorkerOptions) {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const annotateDocument = async ({ id, text }: QueuedText): Promise<Outcome> => {
    const problem = checkText(text, maxLength);
    return problem === undefined ? { id, json: JSON.stringify(await annotateText(text as string)) } : { id, problem };
  };
  // Threads of a pool annotate the documents of a batch side by side; this thread, one by one.
  const annotateAll = async (docs: readonly QueuedText[]): Promise<Outcome[]> => {
    if (onThreads) return Promise.all(docs.map(annotateDocument));
    const outcomes: Outcome[] = [];
    for (const doc of docs) outcomes.push(await annotateDocument(doc));
    return outcomes;
  };
  return async (job: Job): Promise<void> => {
    const { docs } = job.data as BatchData;
    let todo = docs;
    let outcomes: Outcome[];
    try {
      // A batch taken over from a dead worker, or retried, may have documents stored already.
      const stored = await connection.client.hmget(connection.resultsKey, ...docs.map((doc) => doc.id));
      todo = docs.filter((_, index) => stored[index] === null);
      outcomes = await annotateAll(todo);
      await storeOutcomes(connection, outcomes);
    } catch (error) {
      // Out of attempts: each document left fails with the reason, recorded like a bad document's,
      // and the batch is done. (Were even that impossible, BullMQ keeps the failed job instead.)
      if (!isLastAttempt(job)) throw error;
      outcomes = todo.map(({ id }) => ({ id, problem: (error as Error).message }));
      await storeOutcomes(connection, outcomes);
    }
    for (const outcome of outcomes) if ('problem' in outcome) options.onFailure?.(outcome.id, outcome.problem, false);
  };
}

/** Stops the worker once nothing is waiting or active; `stop` is called once. */
function watchForEmpty(connection: QueueConnection, stop: () => void): () => void {
  const timer = setInterval(() => {
    isQueueSettled(connection).then((isSettled) => {
      if (isSettled) stop();
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
  const annotateText = pool !== undefined ? pool.run : await annotateInThisThread(options.annotateOptions);
  const lockDuration = options.lockDuration ?? DEFAULT_LOCK_DURATION;
  const worker = new connection.driver.bullmq.Worker(connection.queue.name, createProcessor(connection, annotateText, pool !== undefined, options), {
    connection: connection.client,
    concurrency: concurrency * JOBS_IN_HAND_PER_THREAD,
    lockDuration,
    // Look for dead workers' jobs as often as a lock can expire, and let a job survive two deaths.
    stalledInterval: lockDuration,
    maxStalledCount: 2,
  });
  worker.on('failed', (job, error) => {
    if (job === undefined) return;
    const willRetry = job.attemptsMade < (job.opts.attempts ?? 1);
    for (const { id } of (job.data as BatchData).docs) options.onFailure?.(id, error.message, willRetry);
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
