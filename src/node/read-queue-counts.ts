import { openQueue, type QueueConnection, type QueueOptions } from './queue-connection';

/** Where a queue stands, over all its workers. */
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

/** The counts of an open queue. */
export async function countQueue(connection: QueueConnection): Promise<QueueCounts> {
  const [counts, done] = await Promise.all([
    connection.queue.getJobCounts('waiting', 'delayed', 'prioritized', 'active', 'failed'),
    connection.client.hlen(connection.resultsKey),
  ]);
  const count = (state: string): number => counts[state] ?? 0;
  return {
    done,
    failed: count('failed'),
    waiting: count('waiting') + count('delayed') + count('prioritized'),
    active: count('active'),
  };
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
