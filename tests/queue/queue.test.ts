import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../src/index';
import { loadQueueDriver } from '../../src/node/queue-connection';
import { addToQueue, collectQueueResults, readQueueCounts, startQueueWorker, type QueueOptions, type QueueResult } from '../../src/node/queue';
import { startRedis, type TestRedis } from '../helpers/start-redis';

// Sentences written for these tests, not taken from the seeds.
const TEXTS = [
  'Angela Merkel said Germany would support France.',
  '"We stand together," the minister told reporters in Berlin.',
  'The United Nations criticised Russia on Tuesday, according to a spokesman.',
];

let redis: TestRedis;
let queueNumber = 0;
beforeAll(async () => (redis = await startRedis()));
afterAll(async () => redis?.stop());

/** A queue of its own for each test, on the tests' Redis. */
function freshQueue(): QueueOptions {
  queueNumber += 1;
  return { redis: redis.url, queue: `test-${queueNumber}` };
}

async function collect(options: QueueOptions): Promise<QueueResult[]> {
  const results: QueueResult[] = [];
  for await (const result of collectQueueResults(options)) results.push(result);
  return results;
}

async function runUntilEmpty(options: QueueOptions & { maxLength?: number }): Promise<void> {
  const worker = await startQueueWorker({ ...options, untilEmpty: true });
  await worker.finished;
}

describe('presswork/queue', () => {
  it('annotates every document once and collects them in the order they were added, as annotate() would', async () => {
    const options = freshQueue();
    const docs = TEXTS.map((text, index) => ({ id: `doc-${index}`, text }));
    expect(await addToQueue(docs, options)).toEqual({ added: 3, skipped: 0 });
    await runUntilEmpty(options);
    const results = await collect(options);
    expect(results).toEqual(docs.map(({ id, text }) => ({ id, status: 'done', annotation: JSON.parse(JSON.stringify(annotate(text))) })));
  });

  it('skips ids added before, whether still queued or already annotated, so adding again adds nothing twice', async () => {
    const options = freshQueue();
    await addToQueue([{ id: 'a', text: TEXTS[0] }], options);
    await runUntilEmpty(options);
    expect(await addToQueue([{ id: 'a', text: TEXTS[0] }, { id: 'b', text: TEXTS[1] }, { id: 'b', text: TEXTS[1] }], options)).toEqual({ added: 1, skipped: 2 });
    expect(await readQueueCounts(options)).toEqual({ done: 1, failed: 0, waiting: 1, active: 0 });
    await runUntilEmpty(options);
    expect((await collect(options)).map((result) => [result.id, result.status])).toEqual([['a', 'done'], ['b', 'done']]);
  });

  it('accepts any string id, including numbers and colons, which BullMQ refuses as job ids', async () => {
    const options = freshQueue();
    await addToQueue([{ id: '42', text: TEXTS[0] }, { id: 'wire:7', text: TEXTS[1] }], options);
    await runUntilEmpty(options);
    expect((await collect(options)).map((result) => [result.id, result.status])).toEqual([['42', 'done'], ['wire:7', 'done']]);
  });

  it('fails a document that is not a string or is too long, records why, and annotates the others', async () => {
    const options = freshQueue();
    const docs = [{ id: 'good', text: TEXTS[0] }, { id: 'number', text: 42 }, { id: 'huge', text: 'word '.repeat(100) }, { id: 'also-good', text: TEXTS[2] }];
    await addToQueue(docs, { ...options, attempts: 3, backoff: 10_000 });
    // A long backoff: were a bad document retried, the queue would not be empty for ten seconds.
    await runUntilEmpty({ ...options, maxLength: 200 });
    expect(await collect(options)).toEqual([
      { id: 'good', status: 'done', annotation: expect.any(Object) },
      { id: 'number', status: 'failed', reason: 'presswork: `text` must be a string, received number' },
      { id: 'huge', status: 'failed', reason: 'presswork: `text` is 500 characters long, over the limit of 200' },
      { id: 'also-good', status: 'done', annotation: expect.any(Object) },
    ]);
    expect(await readQueueCounts(options)).toEqual({ done: 2, failed: 2, waiting: 0, active: 0 });
  });

  it('retries a document after a transient failure, with backoff, and stores it once', async () => {
    const options = freshQueue();
    // A real transient fault: while the results key holds a string, storing an annotation fails
    // with Redis's WRONGTYPE error; once it is gone, the retry succeeds.
    await addToQueue([{ id: 'retried', text: TEXTS[1] }], { ...options, attempts: 3, backoff: 300 });
    const client = new Redis(redis.url);
    await client.set(`presswork:${options.queue}:results`, 'in the way');
    const failures: [string, string, boolean][] = [];
    let failedAt = 0;
    const worker = await startQueueWorker({ ...options, untilEmpty: true, onFailure: (id, reason, willRetry) => {
      failedAt = Date.now();
      failures.push([id, reason, willRetry]);
    } });
    await expect.poll(() => failures.length, { timeout: 10_000 }).toBeGreaterThan(0);
    await client.del(`presswork:${options.queue}:results`);
    await expect.poll(() => client.hexists(`presswork:${options.queue}:results`, 'retried'), { timeout: 10_000 }).toBe(1);
    expect(Date.now() - failedAt).toBeGreaterThanOrEqual(300);
    await worker.finished;
    await client.quit();
    expect(failures[0]).toEqual(['retried', expect.stringContaining('WRONGTYPE'), true]);
    expect(await collect(options)).toEqual([{ id: 'retried', status: 'done', annotation: JSON.parse(JSON.stringify(annotate(TEXTS[1] as string))) }]);
  });

  it('names the Redis server it cannot reach, without the password in its URL', async () => {
    const failure = readQueueCounts({ redis: 'redis://reader:secret@127.0.0.1:1' });
    await expect(failure).rejects.toThrow(/^presswork: cannot reach Redis at redis:\/\/127\.0\.0\.1:1: connect ECONNREFUSED/);
  });

  it('says which package to install when bullmq or ioredis is missing', async () => {
    const missing = (name: string): Promise<never> => Promise.reject(Object.assign(new Error(`Cannot find package '${name}'`), { code: 'ERR_MODULE_NOT_FOUND' }));
    await expect(loadQueueDriver(missing)).rejects.toThrow('presswork/queue needs the optional peer dependencies bullmq and ioredis, and bullmq is not installed: run `npm install bullmq ioredis`');
  });
});
