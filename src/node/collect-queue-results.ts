import type { Annotation } from '../index';
import { openQueue, type BatchData, type QueueConnection, type QueueOptions } from './queue-connection';

/** One document of the queue, as `collectQueueResults` finds it. */
export type QueueResult =
  | { readonly id: string; readonly status: 'done'; readonly annotation: Annotation }
  | { readonly id: string; readonly status: 'failed'; readonly reason: string }
  | { readonly id: string; readonly status: 'pending' };

// Ids are read from Redis a page at a time, so a corpus of millions never sits in memory whole.
const PAGE_SIZE = 500;

/**
 * Document id → reason, for the documents of the batches BullMQ keeps as failed. Workers record
 * each failure in the failures hash; a batch fails as a whole only when even that was impossible,
 * or when it was abandoned by dead workers too often, so there are few of these.
 */
async function readFailedBatches(connection: QueueConnection): Promise<Map<string, string>> {
  const reasons = new Map<string, string>();
  for (let start = 0; ; start += PAGE_SIZE) {
    const jobs = await connection.queue.getFailed(start, start + PAGE_SIZE - 1);
    if (jobs.length === 0) return reasons;
    for (const job of jobs) for (const { id } of (job.data as BatchData).docs) reasons.set(id, job.failedReason);
  }
}

/**
 * Reads every document of the queue once, in the order ids were first added: its annotation when
 * done, its error when it failed for good, or `pending`. Reading changes nothing, so it can be
 * repeated at any time, while workers run or after they finish.
 */
export async function* collectQueueResults(options: QueueOptions = {}): AsyncGenerator<QueueResult, void, undefined> {
  const connection = await openQueue(options);
  let failedBatches: Map<string, string> | undefined;
  try {
    for (let start = 0; ; start += PAGE_SIZE) {
      const ids = await connection.client.zrange(connection.orderKey, start, start + PAGE_SIZE - 1);
      if (ids.length === 0) return;
      const [stored, problems] = await Promise.all([connection.client.hmget(connection.resultsKey, ...ids), connection.client.hmget(connection.failuresKey, ...ids)]);
      for (const [index, id] of ids.entries()) {
        const json = stored[index];
        const problem = problems[index];
        if (typeof json === 'string') yield { id, status: 'done', annotation: JSON.parse(json) as Annotation };
        else if (typeof problem === 'string') yield { id, status: 'failed', reason: problem };
        else {
          failedBatches ??= await readFailedBatches(connection);
          const reason = failedBatches.get(id);
          yield reason === undefined ? { id, status: 'pending' } : { id, status: 'failed', reason };
        }
      }
    }
  } finally {
    await connection.close();
  }
}
