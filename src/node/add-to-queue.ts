import { batchName, jobIdFor, openQueue, type QueueOptions } from './queue-connection';

/** A document to add: `text` is checked by the worker, so a bad one fails there with its error recorded. */
export interface QueuedDocument {
  /** The document's identifier; one id is annotated once, however often it is added. */
  readonly id: string;
  /** The article. */
  readonly text: unknown;
}

/** Options of `addToQueue`. */
export interface AddToQueueOptions extends QueueOptions {
  /** The number of times a batch of documents is tried before its documents fail for good. Defaults to 3. */
  readonly attempts?: number;
  /** The delay before the first retry in milliseconds, doubled on each further one. Defaults to 1000. */
  readonly backoff?: number;
  /**
   * The documents one BullMQ job carries. A job costs Redis about 0.3 ms of CPU whatever it
   * carries, as much as a twentieth of annotating a news article, so several documents share one.
   * Defaults to 10.
   */
  readonly batchSize?: number;
}

/** What `addToQueue` did. */
export interface AddToQueueSummary {
  /** The document ids new to the queue. */
  readonly added: number;
  /** The document ids added before (queued, failed or annotated), left as they were. */
  readonly skipped: number;
}

// Documents are read and sent to Redis this many at a time: a few round trips for them all, and a
// bounded amount of text in memory.
const FLUSH_SIZE = 200;
const DEFAULT_BATCH_SIZE = 10;

// Appends the id to the corpus order unless it is there already, atomically, and says whether it was new.
const ADD_TO_ORDER = `if redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], redis.call('ZCARD', KEYS[1]), ARGV[1])
return 1`;

/** The documents whose id is not in `isPlaced`, each id once (its first document wins). */
function selectNew(docs: readonly QueuedDocument[], isPlaced: readonly boolean[]): QueuedDocument[] {
  const seen = new Set<string>();
  return docs.filter((doc, index) => {
    if (isPlaced[index] === true || seen.has(doc.id)) return false;
    seen.add(doc.id);
    return true;
  });
}

/** Cuts the documents into runs of at most `size`, in order. */
function cutIntoBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

/**
 * Adds documents to the queue, to be annotated by `startQueueWorker` on any machine. Adding is
 * idempotent: a document id already in the queue, or already annotated, is skipped, so rerunning an
 * interrupted `add` queues only what is missing. Results are collected in the order ids were first added.
 */
export async function addToQueue(
  docs: AsyncIterable<QueuedDocument> | Iterable<QueuedDocument>,
  options: AddToQueueOptions = {},
): Promise<AddToQueueSummary> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new TypeError(`presswork: \`batchSize\` must be a positive integer, received ${String(batchSize)}`);
  const connection = await openQueue(options);
  const jobOptions = {
    attempts: options.attempts ?? 3,
    backoff: { type: 'exponential', delay: options.backoff ?? 1000 },
    // The annotations are kept in presswork's results hash, so the job and its texts can go.
    removeOnComplete: true,
    removeOnFail: false,
  };
  let added = 0;
  let skipped = 0;
  // The jobs are made before the ids are placed in the order. An `add` interrupted between the
  // two leaves jobs whose ids are not placed yet; run again, it cuts the same documents into the
  // same batches, whose job ids BullMQ skips while they are in the queue, and places the ids.
  async function flush(chunk: QueuedDocument[]): Promise<void> {
    const placed = await connection.client.pipeline(chunk.map((doc) => ['zscore', connection.orderKey, doc.id])).exec();
    const fresh = selectNew(chunk, (placed ?? []).map(([error, score]) => {
      if (error !== null) throw error;
      return score !== null;
    }));
    await connection.queue.addBulk(cutIntoBatches(fresh, batchSize).map((batch) => ({
      name: batchName(batch.length),
      data: { docs: batch.map((doc) => ({ id: doc.id, text: doc.text })) },
      opts: { ...jobOptions, jobId: jobIdFor(batch.map((doc) => doc.id)) },
    })));
    const pipeline = connection.client.pipeline();
    for (const doc of fresh) pipeline.eval(ADD_TO_ORDER, 1, connection.orderKey, doc.id);
    const replies = (await pipeline.exec()) ?? [];
    const failure = replies.find(([error]) => error !== null);
    if (failure !== undefined) throw failure[0];
    const count = replies.filter(([, isNew]) => isNew === 1).length;
    added += count;
    skipped += chunk.length - count;
  }
  try {
    let chunk: QueuedDocument[] = [];
    for await (const doc of docs) {
      chunk.push(doc);
      if (chunk.length >= FLUSH_SIZE) await flush(chunk.splice(0));
    }
    await flush(chunk);
  } finally {
    await connection.close();
  }
  return { added, skipped };
}
