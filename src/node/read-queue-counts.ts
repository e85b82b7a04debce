import { countOfBatch, openQueue, type QueueConnection, type QueueOptions } from './queue-connection';

/** Where a queue stands, over all its workers, in documents. */
export interface QueueCounts {
  /** The documents annotated, with their annotation stored. */
  readonly done: number;
  /** The documents that failed for good (bad input, or out of attempts). */
  readonly failed: number;
  /** The documents not yet taken by a worker, including those waiting to be retried. */
  readonly waiting: number;
  /** The documents a worker holds now (or held, until it is found dead). */
  readonly active: number;
}

/** The documents carried by the jobs in a BullMQ state, read from the jobs' names. */
async function countDocumentsIn(connection: QueueConnection, state: 'active' | 'failed'): Promise<number> {
  const jobIds = await connection.queue.getRanges([state], 0, -1);
  if (jobIds.length === 0) return 0;
  const replies = (await connection.client.pipeline(jobIds.map((jobId) => ['hget', connection.queue.toKey(jobId), 'name'])).exec()) ?? [];
  return replies.reduce((sum, [, name]) => sum + countOfBatch(name as string | null), 0);
}

/** The counts of an open queue. */
export async function countQueue(connection: QueueConnection): Promise<QueueCounts> {
  const [added, done, recordedFailures, failedJobs, active] = await Promise.all([
    connection.client.zcard(connection.orderKey),
    connection.client.hlen(connection.resultsKey),
    connection.client.hlen(connection.failuresKey),
    // Documents whose batch failed when even recording their failure did (see start-queue-worker.ts).
    countDocumentsIn(connection, 'failed'),
    countDocumentsIn(connection, 'active'),
  ]);
  const failed = recordedFailures + failedJobs;
  return { done, failed, waiting: Math.max(0, added - done - failed - active), active };
}

/**
 * Whether no document is waiting or in a worker's hands. It asks BullMQ whether any job is left,
 * rather than trusting the document counts, which are worked out from several keys (`waiting` is
 * what remains of the ids added): a stop condition must not wait for ever on an arithmetic gap.
 */
export async function isQueueSettled(connection: QueueConnection): Promise<boolean> {
  const counts = await connection.queue.getJobCounts('waiting', 'delayed', 'prioritized', 'active');
  return Object.values(counts).every((count) => count === 0);
}

/** One line of counts for a terminal: `done 12 · failed 1 · waiting 187 · active 2`. */
export function formatQueueCounts(counts: QueueCounts): string {
  return `done ${counts.done} · failed ${counts.failed} · waiting ${counts.waiting} · active ${counts.active}`;
}

/** Reads where the queue stands: documents done, failed, waiting and active, over all workers. */
export async function readQueueCounts(options: QueueOptions = {}): Promise<QueueCounts> {
  const connection = await openQueue(options);
  try {
    return await countQueue(connection);
  } finally {
    await connection.close();
  }
}
