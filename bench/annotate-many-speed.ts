import { annotateMany, type CorpusDocument } from '../src/node/index';
import { median } from './measure';

/** How fast `annotateMany` goes with 2 worker threads compared with 1 (in-thread). */
export interface AnnotateManySpeed {
  readonly documents: number;
  /** Median wall-clock milliseconds for the whole corpus, pool start-up included. */
  readonly concurrency1Ms: number;
  readonly concurrency2Ms: number;
  /** concurrency1Ms / concurrency2Ms. */
  readonly speedUp: number;
  /**
   * The same ratio over the second half of the results only, once the workers have loaded the
   * model and warmed up: the speed-up a long corpus approaches.
   */
  readonly speedUpSecondHalf: number;
}

async function timeCorpus(documents: readonly CorpusDocument[], concurrency: number): Promise<{ total: number; secondHalf: number }> {
  const start = performance.now();
  const half = documents.length >> 1;
  let count = 0;
  let halfway = start;
  for await (const _result of annotateMany(documents, { concurrency })) {
    count += 1;
    if (count === half) halfway = performance.now();
  }
  const end = performance.now();
  return { total: end - start, secondHalf: end - halfway };
}

/** Annotates `count` documents (the seeds, looped) with concurrency 1 and 2, `runs` times each. */
export async function measureAnnotateMany(seeds: readonly string[], count: number, runs: number): Promise<AnnotateManySpeed> {
  const documents = Array.from({ length: count }, (_, i) => ({ id: String(i), text: seeds[i % seeds.length] ?? '' }));
  const one: Array<{ total: number; secondHalf: number }> = [];
  const two: Array<{ total: number; secondHalf: number }> = [];
  for (let run = 0; run < runs; run += 1) {
    one.push(await timeCorpus(documents, 1));
    two.push(await timeCorpus(documents, 2));
  }
  const concurrency1Ms = median(one.map((time) => time.total));
  const concurrency2Ms = median(two.map((time) => time.total));
  return {
    documents: count, concurrency1Ms, concurrency2Ms,
    speedUp: concurrency1Ms / concurrency2Ms,
    speedUpSecondHalf: median(one.map((time) => time.secondHalf)) / median(two.map((time) => time.secondHalf)),
  };
}
