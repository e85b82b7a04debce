import { jobIdFor, openQueue, type QueueOptions } from './queue-connection';

/** A document to add: `text` is checked by the worker, so a bad one fails there with its error recorded. */
export interface QueuedDocument {
  /** The document's identifier; one id is annotated once, however often it is added. */
  readonly id: string;
  /** The article. */
  readonly text: unknown;
}

/** Options of `addToQueue`. */
export interface AddToQueueOptions extends QueueOptions {
  /** The number of times a document is tried before it fails for good. Defaults to 3. */
  readonly attempts?: number;
  /** The delay before the first retry in milliseconds, doubled on each further one. Defaults to 1000. */
  readonly backoff?: number;
}

/** What `addToQueue` did. */
export interface AddToQueueSummary {
  /** The document ids new to the queue. */
  readonly added: number;
  /** The document ids added before (queued, failed or annotated), left as they were. */
  readonly skipped: number;
}

// Documents go to Redis in batches: one round trip per batch, and a bounded amount of text in memory.
const BATCH_SIZE = 200;

// Appends the id to the corpus order unless it is there already, atomically, and says whether it was new.
const ADD_TO_ORDER = `if redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], redis.call('ZCARD', KEYS[1]), ARGV[1])
return 1`;

/**
 * Adds documents to the queue, to be annotated by `startQueueWorker` on any machine. Adding is
 * idempotent: a document id already in the queue, or already annotated, is skipped, so rerunning an
 * interrupted `add` queues only what is missing. Results are collected in the order ids were first added.
 */
export async function addToQueue(
  docs: AsyncIterable<QueuedDocument> | Iterable<QueuedDocument>,
  options: AddToQueueOptions = {},
): Promise<AddToQueueSummary> {
  const connection = await openQueue(options);
  const jobOptions = {
    attempts: options.attempts ?? 3,
    backoff: { type: 'exponential', delay: options.backoff ?? 1000 },
    // The annotation is kept in presswork's results hash, so the job and its text can go.
    removeOnComplete: true,
    removeOnFail: false,
  };
  let added = 0;
  let skipped = 0;
  // BullMQ itself skips a job id that is still in the queue; an annotated document's job is gone,
  // so the results hash is what tells it was done. Every id not yet annotated is offered again, so
  // an `add` interrupted between the two steps is repaired by running it again.
  async function flush(batch: QueuedDocument[]): Promise<void> {
    const pipeline = connection.client.pipeline();
    for (const doc of batch) pipeline.eval(ADD_TO_ORDER, 1, connection.orderKey, doc.id).hexists(connection.resultsKey, doc.id);
    const replies = (await pipeline.exec()) ?? [];
    const failure = replies.find(([error]) => error !== null);
    if (failure !== undefined) throw failure[0];
    const pending = batch.filter((_, index) => replies[2 * index + 1]?.[1] !== 1);
    const fresh = batch.filter((_, index) => replies[2 * index]?.[1] === 1).length;
    added += fresh;
    skipped += batch.length - fresh;
    await connection.queue.addBulk(pending.map((doc) => ({ name: 'annotate', data: { id: doc.id, text: doc.text }, opts: { ...jobOptions, jobId: jobIdFor(doc.id) } })));
  }
  try {
    let batch: QueuedDocument[] = [];
    for await (const doc of docs) {
      batch.push(doc);
      if (batch.length >= BATCH_SIZE) await flush(batch.splice(0));
    }
    await flush(batch);
  } finally {
    await connection.close();
  }
  return { added, skipped };
}
