export { addToQueue } from './add-to-queue';
export type { AddToQueueOptions, AddToQueueSummary, QueuedDocument } from './add-to-queue';
export { collectQueueResults } from './collect-queue-results';
export type { QueueResult } from './collect-queue-results';
export type { QueueOptions } from './queue-connection';
export { readQueueCounts } from './read-queue-counts';
export type { QueueCounts } from './read-queue-counts';
export { startQueueWorker } from './start-queue-worker';
export type { QueueWorker, QueueWorkerOptions } from './start-queue-worker';
