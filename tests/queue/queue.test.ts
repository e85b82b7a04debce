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

  it('counts progress in documents, whatever number of documents a job carries', async () => {
    const options = freshQueue();
    const docs = Array.from({ length: 25 }, (_, index) => ({ id: `doc-${index}`, text: TEXTS[index % TEXTS.length] }));
    await addToQueue(docs, { ...options, batchSize: 10 });
    expect(await readQueueCounts(options)).toEqual({ done: 0, failed: 0, waiting: 25, active: 0 });
    await runUntilEmpty(options);
    expect(await readQueueCounts(options)).toEqual({ done: 25, failed: 0, waiting: 0, active: 0 });
  });

  it('queues nothing twice when an add that made its jobs but was cut off before recording the ids is run again', async () => {
    const options = freshQueue();
    const docs = Array.from({ length: 20 }, (_, index) => ({ id: `doc-${index}`, text: TEXTS[index % TEXTS.length] }));
    await addToQueue(docs, { ...options, batchSize: 10 });
    const client = new Redis(redis.url);
    // The state an `add` killed between its two steps leaves: the jobs, but no ids in the order.
    await client.del(`presswork:${options.queue}:order`);
    expect(await addToQueue(docs, { ...options, batchSize: 10 })).toEqual({ added: 20, skipped: 0 });
    expect(await client.llen(`bull:${options.queue}:wait`)).toBe(2);
    await client.quit();
    await runUntilEmpty(options);
    expect((await collect(options)).map((result) => result.status)).toEqual(docs.map(() => 'done'));
  });

  it('annotates only the documents of a batch with no result yet, as when it takes a batch over from a dead worker', async () => {
    const options = freshQueue();
    await addToQueue(TEXTS.map((text, index) => ({ id: `doc-${index}`, text })), options);
    const client = new Redis(redis.url);
    // As if a worker had stored this annotation, then died before reporting its batch done.
    const storedBefore = JSON.stringify({ entities: [], quotes: [], stances: [] });
    await client.hset(`presswork:${options.queue}:results`, 'doc-1', storedBefore);
    await runUntilEmpty(options);
    expect(await client.hget(`presswork:${options.queue}:results`, 'doc-1')).toBe(storedBefore);
    expect(await client.hlen(`presswork:${options.queue}:results`)).toBe(3);
    await client.quit();
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

  it.each([
    ['records each document of a batch out of attempts as failed, with the reason', ['results']],
    ['reports the documents of a batch out of attempts as failed even when their failures cannot be recorded', ['results', 'failures']],
  ])('%s', async (_, brokenKeys) => {
    const options = freshQueue();
    const docs = TEXTS.map((text, index) => ({ id: `doc-${index}`, text }));
    await addToQueue(docs, { ...options, attempts: 1 });
    // A fault that lasts: while a key holds a string, writing a hash field to it fails with WRONGTYPE.
    const client = new Redis(redis.url);
    for (const key of brokenKeys) await client.set(`presswork:${options.queue}:${key}`, 'in the way');
    await runUntilEmpty(options);
    for (const key of brokenKeys) await client.del(`presswork:${options.queue}:${key}`);
    const results = await collect(options);
    await client.quit();
    expect(results).toEqual(docs.map(({ id }) => ({ id, status: 'failed', reason: expect.stringContaining('WRONGTYPE') })));
    expect(await readQueueCounts(options)).toEqual({ done: 0, failed: 3, waiting: 0, active: 0 });
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
