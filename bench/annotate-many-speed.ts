import { existsSync } from 'node:fs';
import type { CorpusDocument } from '../src/node/index';
import { median } from './measure';

type AnnotateMany = typeof import('../src/node/index').annotateMany;

// Workers started from source must each load tsx and compile presswork before their first document,
// a start-up cost users of the published package never pay. So the bench times the built package
// when `npm run build` has produced it, and says which one it timed.
const BUILT = new URL('../dist/node/index.js', import.meta.url);

/** Loads `annotateMany` from dist/ when built, from src/ otherwise. */
export async function loadAnnotateMany(): Promise<{ annotateMany: AnnotateMany; source: 'dist' | 'src' }> {
  if (existsSync(BUILT)) return { annotateMany: (await import(BUILT.href)).annotateMany as AnnotateMany, source: 'dist' };
  return { annotateMany: (await import('../src/node/index')).annotateMany, source: 'src' };
}

/** How fast `annotateMany` goes with 2 worker threads compared with 1 (in-thread). */
export interface AnnotateManySpeed {
  readonly documents: number;
  /** Whether the built package (dist/) or the source (src/, through tsx) was timed. */
  readonly source: 'dist' | 'src';
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

async function timeCorpus(annotateMany: AnnotateMany, documents: readonly CorpusDocument[], concurrency: number): Promise<{ total: number; secondHalf: number }> {
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
  const { annotateMany, source } = await loadAnnotateMany();
  const documents = Array.from({ length: count }, (_, i) => ({ id: String(i), text: seeds[i % seeds.length] ?? '' }));
  const one: Array<{ total: number; secondHalf: number }> = [];
  const two: Array<{ total: number; secondHalf: number }> = [];
  for (let run = 0; run < runs; run += 1) {
    one.push(await timeCorpus(annotateMany, documents, 1));
    two.push(await timeCorpus(annotateMany, documents, 2));
  }
  const concurrency1Ms = median(one.map((time) => time.total));
  const concurrency2Ms = median(two.map((time) => time.total));
  return {
    documents: count, source, concurrency1Ms, concurrency2Ms,
    speedUp: concurrency1Ms / concurrency2Ms,
    speedUpSecondHalf: median(one.map((time) => time.secondHalf)) / median(two.map((time) => time.secondHalf)),
  };
}
