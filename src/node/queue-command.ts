import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { addToQueue } from './add-to-queue';
import type { CommandStreams } from './annotate-command';
import { collectQueueResults } from './collect-queue-results';
import { openQueue, type QueueOptions } from './queue-connection';
import { readCorpus, type BadDocument } from './read-corpus';
import { countQueue, formatQueueCounts, isQueueSettled, readQueueCounts, type QueueCounts } from './read-queue-counts';
import { startQueueWorker, type QueueWorkerOptions } from './start-queue-worker';

// Progress is redrawn in place every second on a terminal, and written as a new line every ten
// seconds into a log, where a line a second would drown everything else.
const TERMINAL_INTERVAL_MS = 1000;
const LOG_INTERVAL_MS = 10_000;
// How often `queue results --wait` looks whether the workers are finished.
const WAIT_INTERVAL_MS = 500;

function describeBadDocument(bad: BadDocument): string {
  const where = bad.line === undefined ? bad.source : `${bad.source}, line ${bad.line}`;
  return `presswork: ${where}: ${bad.reason}; not queued\n`;
}

/** `presswork queue add`: queues the documents of the inputs; 1 when a line could not be read. */
export async function queueAddCommand(inputs: readonly string[], options: QueueOptions & { jsonl: boolean; attempts?: number; backoff?: number; batchSize?: number }, streams: CommandStreams): Promise<number> {
  let bad = 0;
  const docs = readCorpus(inputs, (document) => {
    bad += 1;
    streams.stderr.write(describeBadDocument(document));
  }, streams.stdin, { jsonl: options.jsonl });
  const { added, skipped } = await addToQueue(docs, options);
  streams.stderr.write(`presswork: queued ${added} documents${skipped > 0 ? `, skipped ${skipped} added before` : ''}\n`);
  return bad > 0 ? 1 : 0;
}

/** Shows the queue's counts on stderr until `stop` is called, and once more then. */
function showProgress(options: QueueOptions, streams: CommandStreams): () => Promise<void> {
  const isTerminal = streams.stderr.isTTY === true;
  const show = (counts: QueueCounts, isLast: boolean): void => {
    const line = `presswork: ${formatQueueCounts(counts)}`;
    streams.stderr.write(isTerminal ? `\r${line}\u001b[K${isLast ? '\n' : ''}` : `${line}\n`);
  };
  const opening = openQueue(options);
  const timer = setInterval(() => {
    opening.then(countQueue).then((counts) => show(counts, false), () => undefined);
  }, isTerminal ? TERMINAL_INTERVAL_MS : LOG_INTERVAL_MS);
  return async () => {
    clearInterval(timer);
    const connection = await opening;
    try {
      show(await countQueue(connection), true);
    } finally {
      await connection.close();
    }
  };
}

/**
 * `presswork queue work`: annotates documents from the queue until SIGTERM or SIGINT (which finish
 * the documents in hand first) or, with `untilEmpty`, until the queue is empty. Resolves to 0.
 */
export async function queueWorkCommand(options: QueueWorkerOptions, streams: CommandStreams): Promise<number> {
  const worker = await startQueueWorker({
    ...options,
    onFailure: (id, reason, willRetry) => streams.stderr.write(`presswork: ${id}: ${reason}${willRetry ? '; will retry' : '; failed'}\n`),
    onError: (error) => streams.stderr.write(`presswork: worker: ${error.message}\n`),
  });
  const stopProgress = showProgress(options, streams);
  const stop = (): void => void worker.close();
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  try {
    await worker.finished;
  } finally {
    process.off('SIGTERM', stop);
    process.off('SIGINT', stop);
    await stopProgress();
  }
  return 0;
}

async function waitUntilSettled(options: QueueOptions): Promise<void> {
  const connection = await openQueue(options);
  try {
    while (!(await isQueueSettled(connection))) await new Promise((resolve) => setTimeout(resolve, WAIT_INTERVAL_MS));
  } finally {
    await connection.close();
  }
}

/**
 * `presswork queue results`: writes every annotated document once, as `{"id", ...Annotation}` JSONL
 * in the order ids were added, to `out` or stdout. Failed and pending documents are named on stderr
 * and make the exit code 1.
 */
export async function queueResultsCommand(options: QueueOptions & { out?: string; wait: boolean }, streams: CommandStreams): Promise<number> {
  if (options.wait) await waitUntilSettled(options);
  const output = options.out === undefined ? streams.stdout : createWriteStream(options.out);
  const tally = { done: 0, failed: 0, pending: 0 };
  for await (const result of collectQueueResults(options)) {
    tally[result.status] += 1;
    if (result.status === 'failed') streams.stderr.write(`presswork: ${result.id}: ${result.reason}\n`);
    if (result.status !== 'done') continue;
    if (!output.write(`${JSON.stringify({ id: result.id, ...result.annotation })}\n`)) await once(output, 'drain');
  }
  if (output !== streams.stdout) await new Promise<void>((resolve, reject) => output.end((error?: Error | null) => (error ? reject(error) : resolve())));
  streams.stderr.write(`presswork: ${tally.done} annotated, ${tally.failed} failed, ${tally.pending} not done yet\n`);
  return tally.failed + tally.pending > 0 ? 1 : 0;
}

/** `presswork queue status`: prints the queue's counts on stdout. */
export async function queueStatusCommand(options: QueueOptions, streams: CommandStreams): Promise<number> {
  streams.stdout.write(`${formatQueueCounts(await readQueueCounts(options))}\n`);
  return 0;
}
