import type { Annotation } from '../index';
import { jobIdFor, openQueue, type QueueConnection, type QueueOptions } from './queue-connection';

/** One document of the queue, as `collectQueueResults` finds it. */
export type QueueResult =
  | { readonly id: string; readonly status: 'done'; readonly annotation: Annotation }
  | { readonly id: string; readonly status: 'failed'; readonly reason: string }
  | { readonly id: string; readonly status: 'pending' };

// Ids are read from Redis a page at a time, so a corpus of millions never sits in memory whole.
const PAGE_SIZE = 500;

async function findFailure(connection: QueueConnection, id: string): Promise<QueueResult> {
  const job = await connection.queue.getJob(jobIdFor(id));
  if (job !== undefined && (await job.getState()) === 'failed') return { id, status: 'failed', reason: job.failedReason };
  return { id, status: 'pending' };
}

/**
 * Reads every document of the queue once, in the order ids were first added: its annotation when
 * done, its error when it failed for good, or `pending`. Reading changes nothing, so it can be
 * repeated at any time, while workers run or after they finish.
 */
export async function* collectQueueResults(options: QueueOptions = {}): AsyncGenerator<QueueResult, void, undefined> {
  const connection = await openQueue(options);
  try {
    for (let start = 0; ; start += PAGE_SIZE) {
      const ids = await connection.client.zrange(connection.orderKey, start, start + PAGE_SIZE - 1);
      if (ids.length === 0) return;
      const stored = await connection.client.hmget(connection.resultsKey, ...ids);
      for (const [index, id] of ids.entries()) {
        const json = stored[index];
        yield typeof json === 'string' ? { id, status: 'done', annotation: JSON.parse(json) as Annotation } : await findFailure(connection, id);
      }
    }
  } finally {
    await connection.close();
  }
}
