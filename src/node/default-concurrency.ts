import { availableParallelism } from 'node:os';

// Each worker loads presswork and the model and warms up on its own, which costs about as much as
// annotating a few hundred articles. On the 2-core machine presswork is measured on, two workers
// overtake one thread at about 4 MB of news (a thousand articles), so below that one thread is as
// fast and starts at once.
const WORKERS_PAY_OFF_FROM = 4_000_000;

/**
 * The number of threads to use when the caller chose none: one for a corpus known to be under about
 * 4 MB of text, otherwise one per CPU (also when the size is unknown, as for a stream).
 */
export function defaultConcurrency(corpusSize: number | undefined): number {
  return corpusSize !== undefined && corpusSize < WORKERS_PAY_OFF_FROM ? 1 : availableParallelism();
}
