import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '../../src/index';
import { readQueueCounts, type QueueCounts, type QueueOptions } from '../../src/node/queue';
import { runNode } from '../helpers/run-node';
import { startRedis, type TestRedis } from '../helpers/start-redis';

// The workers are `presswork queue work` processes, run from source as the built bin would run.
const CLI = join(import.meta.dirname, '../../src/node/cli.ts');
const SEEDS = join(import.meta.dirname, '../../seeds');
// Short locks, so a killed worker's documents are taken over in seconds rather than half a minute.
const LOCK_DURATION_MS = '2000';

const directory = mkdtempSync(join(tmpdir(), 'presswork-queue-'));
let redis: TestRedis;
beforeAll(async () => (redis = await startRedis()));
afterAll(async () => {
  await redis?.stop();
  rmSync(directory, { recursive: true, force: true });
});

/**
 * `count` news articles: the opening paragraphs of the seed articles in turn (whole ones would make
 * the test slow), each after a sentence of its own so that no two are alike.
 */
function makeArticles(count: number): { id: string; text: string }[] {
  const seeds = readdirSync(SEEDS).filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(SEEDS, name), 'utf8').split('\n\n').slice(0, 4).join('\n\n'));
  return Array.from({ length: count }, (_, index) => ({
    id: `article-${String(index).padStart(3, '0')}`,
    text: `Dispatch ${index + 1} reached the news desk in London.\n\n${seeds[index % seeds.length] as string}`,
  }));
}

function writeCorpus(name: string, docs: readonly { id: string; text: string }[]): string {
  const path = join(directory, name);
  writeFileSync(path, docs.map((doc) => JSON.stringify(doc)).join('\n'));
  return path;
}

function cli(args: readonly string[], options: QueueOptions): readonly string[] {
  return ['--import', 'tsx', CLI, 'queue', ...args, '--redis', options.redis as string, '--queue', options.queue as string];
}

interface WorkerProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

function startWorker(options: QueueOptions, ...flags: string[]): WorkerProcess {
  const child = spawn(process.execPath, cli(['work', '--lock-duration', LOCK_DURATION_MS, ...flags], options), { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
  return { child, exited };
}

async function waitFor(options: QueueOptions, isReady: (counts: QueueCounts) => boolean): Promise<QueueCounts> {
  for (;;) {
    const counts = await readQueueCounts(options);
    if (isReady(counts)) return counts;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('presswork queue, with worker processes', () => {
  it('annotates each of 200 articles exactly once, as annotate() does, when a worker is killed with SIGKILL mid-run', async () => {
    const options = { redis: redis.url, queue: 'killed' };
    const docs = makeArticles(200);
    const added = await runNode(cli(['add', writeCorpus('killed.jsonl', docs)], options));
    expect([added.code, added.stderr]).toEqual([0, 'presswork: queued 200 documents\n']);

    // BullMQ announces a job it finds abandoned by a dead worker and gives back to the queue.
    const events = new QueueEvents(options.queue, { connection: new Redis(redis.url, { maxRetriesPerRequest: null }) });
    const stalled: string[] = [];
    events.on('stalled', ({ jobId }) => stalled.push(jobId));
    await events.waitUntilReady();

    const victim = startWorker(options, '--until-empty');
    const survivor = startWorker(options, '--until-empty');
    // Mid-run: some articles done, and both workers holding batches of articles (each holds up to two).
    const client = new Redis(redis.url);
    const queue = new Queue(options.queue, { connection: client });
    let atKill = await readQueueCounts(options);
    while (atKill.done < 10 || (await queue.getActiveCount()) < 3) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      atKill = await readQueueCounts(options);
    }
    victim.child.kill('SIGKILL');
    await queue.close();
    await client.quit();
    expect(atKill.done).toBeLessThan(150);
    expect((await victim.exited).signal).toBe('SIGKILL');
    const { code, stderr } = await survivor.exited;
    await events.close();
    expect(code).toBe(0);
    expect(stalled.length).toBeGreaterThan(0);
    expect(stderr).toMatch(/presswork: done 200 · failed 0 · waiting 0 · active 0\n$/);

    const out = join(directory, 'killed-annotations.jsonl');
    const collected = await runNode(cli(['results', '--out', out], options));
    expect([collected.code, collected.stderr]).toEqual([0, 'presswork: 200 annotated, 0 failed, 0 not done yet\n']);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(docs.map((doc) => doc.id));
    expect(lines).toEqual(docs.map(({ id, text }) => JSON.stringify({ id, ...annotate(text) })));
  });

  it('finishes the articles in hand on SIGTERM, leaves the rest waiting, and exits with code 0', async () => {
    const options = { redis: redis.url, queue: 'stopped' };
    // Enough batches of 10 that the two threads' four in hand cannot hold all that is left.
    const docs = makeArticles(120);
    await runNode(cli(['add', writeCorpus('stopped.jsonl', docs)], options));
    const worker = startWorker(options, '--concurrency', '2');
    await waitFor(options, (counts) => counts.done >= 4 && counts.active > 0);
    worker.child.kill('SIGTERM');
    const { code, signal, stderr } = await worker.exited;
    expect([code, signal]).toEqual([0, null]);
    // Nothing is left in a dead worker's hands: the articles it held are done, not waiting out a lock.
    const counts = await readQueueCounts(options);
    expect(counts).toEqual({ done: counts.done, failed: 0, waiting: 120 - counts.done, active: 0 });
    expect(counts.done).toBeLessThan(120);
    expect(stderr).toContain(`presswork: done ${counts.done} · failed 0 · waiting ${120 - counts.done} · active 0\n`);
  });

  it('reports unreadable lines of a corpus when adding, queues the rest, and exits with code 1', async () => {
    const options = { redis: redis.url, queue: 'unreadable' };
    const path = join(directory, 'unreadable.jsonl');
    writeFileSync(path, `${JSON.stringify({ id: 'ok', text: 'Angela Merkel said Germany would help.' })}\n{"id":"broken","text":\n{"id":"number","text":7}\n`);
    const { code, stderr } = await runNode(cli(['add', path], options));
    expect(code).toBe(1);
    expect(stderr).toContain(`presswork: ${path}, line 2: not valid JSON`);
    expect(stderr).toContain(`presswork: ${path}, line 3: \`text\` is missing or not a string; not queued`);
    expect(stderr).toContain('presswork: queued 1 documents\n');
  });
});
