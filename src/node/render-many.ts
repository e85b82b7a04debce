import type { AnnotateOptions, Lexicons } from '../index';
import { DOCUMENTS_IN_FLIGHT_PER_THREAD } from './annotate-many';
import { createRenderingPool } from './create-worker-pool';
import { importAnnotator } from './import-library';
import { mapInOrder } from './map-in-order';
import type { RawDocument } from './read-corpus';
import { renderRawDocument, type RenderOutcome, type RenderPlan } from './render-document';

/** How `renderMany` runs: its threads (1: this one) and what they annotate with. */
export interface RenderManyOptions {
  readonly concurrency: number;
  readonly annotateOptions: AnnotateOptions & { readonly lexicons?: Lexicons };
}

async function renderInThisThread({ lexicons, ...options }: RenderManyOptions['annotateOptions'], plan: RenderPlan): Promise<(raw: RawDocument) => Promise<RenderOutcome>> {
  const { annotate } = await importAnnotator(lexicons);
  return (raw) => Promise.resolve().then(() => renderRawDocument(raw, plan, (text) => annotate(text, options)));
}

/**
 * The CLI's `annotateMany`: decodes, annotates and renders each document as read, as `plan` says,
 * on worker threads when `concurrency` is above 1, and yields the outcomes in input order. The
 * threads that annotate also decode and render, so the thread that reads and writes handles bytes
 * only: text and Annotations passing through it as objects grew its heap to 60 MB on a 10 MB corpus.
 */
export async function* renderMany(documents: AsyncIterable<RawDocument>, plan: RenderPlan, { concurrency, annotateOptions }: RenderManyOptions): AsyncGenerator<RenderOutcome, void, undefined> {
  const pool = concurrency === 1 ? undefined : createRenderingPool(concurrency, annotateOptions, plan);
  const render = pool !== undefined ? pool.run : await renderInThisThread(annotateOptions, plan);
  try {
    yield* mapInOrder(documents, concurrency * DOCUMENTS_IN_FLIGHT_PER_THREAD, render);
  } finally {
    await pool?.close();
  }
}
