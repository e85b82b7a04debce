import { runNode } from './children';
import { median } from './measure';
import { loaderArguments, PRESSWORK_NODE_ENTRY, source, type TimedSource } from './presswork';

/** How fast `annotateMany` goes with 2 worker threads compared with 1 (in-thread). */
export interface AnnotateManySpeed {
  readonly documents: number;
  /** Whether the built package (dist/) or the source (src/, through tsx) was timed. */
  readonly source: TimedSource;
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

/**
 * Times one corpus in a fresh process, as the CLI runs it: a warm bench process would favour
 * concurrency 1 (its thread has annotated for minutes) over workers that start cold.
 */
function timeCorpus(count: number, concurrency: number): { total: number; secondHalf: number } {
  const script = `
    import { readdirSync, readFileSync } from 'node:fs';
    const { annotateMany } = await import(${JSON.stringify(PRESSWORK_NODE_ENTRY)});
    const seeds = readdirSync('seeds').filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync('seeds/' + name, 'utf8'));
    const documents = Array.from({ length: ${count} }, (_, i) => ({ id: String(i), text: seeds[i % seeds.length] }));
    const start = performance.now();
    let done = 0;
    let halfway = start;
    for await (const _result of annotateMany(documents, { concurrency: ${concurrency} })) {
      done += 1;
      if (done === ${count >> 1}) halfway = performance.now();
    }
    const end = performance.now();
    console.log(JSON.stringify({ total: end - start, secondHalf: end - halfway }));`;
  const { stdout } = runNode([...loaderArguments(), '--input-type=module', '-e', script]);
  return JSON.parse(stdout) as { total: number; secondHalf: number };
}

/** Annotates `count` documents (the seeds, looped) with concurrency 1 and 2, `runs` times each. */
export function measureAnnotateMany(count: number, runs: number): AnnotateManySpeed {
  const one: Array<{ total: number; secondHalf: number }> = [];
  const two: Array<{ total: number; secondHalf: number }> = [];
  for (let run = 0; run < runs; run += 1) {
    one.push(timeCorpus(count, 1));
    two.push(timeCorpus(count, 2));
  }
  const concurrency1Ms = median(one.map((time) => time.total));
  const concurrency2Ms = median(two.map((time) => time.total));
  return {
    documents: count, source, concurrency1Ms, concurrency2Ms,
    speedUp: concurrency1Ms / concurrency2Ms,
    speedUpSecondHalf: median(one.map((time) => time.secondHalf)) / median(two.map((time) => time.secondHalf)),
  };
}
