import { createHash } from 'node:crypto';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';

/** Where a queue lives: shared by `addToQueue`, `startQueueWorker`, `collectQueueResults` and `readQueueCounts`. */
export interface QueueOptions {
  /** The Redis server, as a `redis://` (or `rediss://`) URL. Defaults to `redis://127.0.0.1:6379`. */
  readonly redis?: string;
  /** The name of the queue; corpora under different names share one Redis without mixing. Defaults to `presswork`. */
  readonly queue?: string;
}

/** The optional peer dependencies, loaded only when a queue function is called. */
export interface QueueDriver {
  readonly bullmq: typeof import('bullmq');
  readonly Redis: typeof Redis;
}

/** An open queue: the BullMQ queue, its Redis client and presswork's own keys beside BullMQ's. */
export interface QueueConnection {
  readonly driver: QueueDriver;
  readonly client: Redis;
  readonly queue: Queue;
  /** The sorted set of document ids in the order they were added (score = position). */
  readonly orderKey: string;
  /** The hash of document id → annotation JSON, written by workers. */
  readonly resultsKey: string;
  /** The hash of document id → why it cannot be annotated, written by workers. */
  readonly failuresKey: string;
  readonly close: () => Promise<void>;
}

const DEFAULT_REDIS = 'redis://127.0.0.1:6379';
const DEFAULT_QUEUE = 'presswork';

function isModuleMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}

/**
 * Loads bullmq and ioredis. They are optional peer dependencies, so that the library and its
 * browser bundle never carry them; a user who calls a queue function without them gets this error
 * rather than a bare "Cannot find module".
 */
export async function loadQueueDriver(importModule: (name: string) => Promise<unknown> = (name) => import(name)): Promise<QueueDriver> {
  const load = async <T>(name: string): Promise<T> => {
    try {
      return (await importModule(name)) as T;
    } catch (error) {
      if (!isModuleMissing(error)) throw error;
      throw new Error(`presswork: presswork/queue needs the optional peer dependencies bullmq and ioredis, and ${name} is not installed: run \`npm install bullmq ioredis\``);
    }
  };
  const bullmq = await load<typeof import('bullmq')>('bullmq');
  const ioredis = await load<{ Redis?: typeof Redis; default?: typeof Redis }>('ioredis');
  return { bullmq, Redis: (ioredis.Redis ?? ioredis.default) as typeof Redis };
}

/** One document as a job carries it. */
export interface QueuedText {
  readonly id: string;
  readonly text: unknown;
}

/** What a BullMQ job of presswork carries: a batch of documents, which share the job's cost in Redis. */
export interface BatchData {
  readonly docs: readonly QueuedText[];
}

/**
 * The BullMQ job id of a batch: a digest of its document ids, so that adding the same documents
 * again makes the same id, which BullMQ skips while that job is in the queue, and a different
 * batch never takes the id of another. (BullMQ refuses ids that are integers or contain `:`.)
 */
export function jobIdFor(ids: readonly string[]): string {
  return `docs-${createHash('sha256').update(JSON.stringify(ids)).digest('hex').slice(0, 32)}`;
}

// A job's name says how many documents it carries: it is stored with the job, atomically, and is
// cheap to read, so progress can be counted in documents without reading any texts.
const BATCH_NAME = /^annotate (\d+)$/;

/** The BullMQ job name of a batch of `count` documents. */
export function batchName(count: number): string {
  return `annotate ${count}`;
}

/** The number of documents of a batch, from its job name. */
export function countOfBatch(name: string | null | undefined): number {
  const match = BATCH_NAME.exec(name ?? '');
  return match === null ? 0 : Number(match[1]);
}

/** The server of a Redis URL without its password, for messages. */
function describeServer(url: string): string {
  try {
    const { protocol, host } = new URL(url);
    return `${protocol}//${host}`;
  } catch {
    return 'the given URL';
  }
}

/** Opens the queue named in `options`. BullMQ in ESM needs a ready-made client, so it gets one. */
export async function openQueue(options: QueueOptions = {}, isWorker = false): Promise<QueueConnection> {
  const driver = await loadQueueDriver();
  const name = options.queue ?? DEFAULT_QUEUE;
  // A worker's connection needs `maxRetriesPerRequest: null` (BullMQ requires it): its commands wait
  // for Redis to come back instead of failing while it restarts. The short-lived commands (add,
  // results, status) fail fast instead, so a wrong URL is an error and not a hang.
  const url = options.redis ?? DEFAULT_REDIS;
  const client = new driver.Redis(url, { maxRetriesPerRequest: isWorker ? null : 1 });
  // Connection errors reach the caller through the commands that fail; the events only need listeners.
  let connectionError: Error | undefined;
  client.on('error', (error: Error) => (connectionError = error));
  if (!isWorker) {
    await client.ping().catch((error: unknown) => {
      client.disconnect();
      throw new Error(`presswork: cannot reach Redis at ${describeServer(url)}: ${(connectionError ?? (error as Error)).message}`);
    });
  }
  const queue = new driver.bullmq.Queue(name, { connection: client });
  queue.on('error', () => undefined);
  return {
    driver,
    client,
    queue,
    orderKey: `presswork:${name}:order`,
    resultsKey: `presswork:${name}:results`,
    failuresKey: `presswork:${name}:failures`,
    close: async () => {
      await queue.close();
      await client.quit().catch(() => client.disconnect());
    },
  };
}
