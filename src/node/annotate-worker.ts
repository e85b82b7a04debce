import { parentPort, workerData } from 'node:worker_threads';
import { createAnnotator } from '../index';
import type { WorkerSetup } from './create-worker-pool';
import type { RawDocument } from './read-corpus';
import { encodeForTransfer, renderRawDocument } from './render-document';

// One document at a time: the pool sends a job, this thread annotates it with its own wink-nlp
// instance (one per thread, as one per process elsewhere) and sends back the Annotation, or, for the
// CLI, the document's rendered output.
const { options: { lexicons, ...options } = {}, render } = (workerData as Partial<WorkerSetup> | null) ?? {};
// The caller's lexicons, compiled once for this thread.
const { annotate } = createAnnotator(lexicons === undefined ? {} : { lexicons });

// Load the model now, while the pool is still filling its queue, rather than on the first document.
annotate('', options);

function answer(job: string | RawDocument): void {
  if (render === undefined) {
    parentPort?.postMessage({ result: annotate(job as string, options) });
    return;
  }
  const { outcome, buffers } = encodeForTransfer(renderRawDocument(job as RawDocument, render, (text) => annotate(text, options)));
  // Handed over, not copied: the bytes leave this thread's memory and never enter the other's heap.
  parentPort?.postMessage({ result: outcome }, buffers);
}

parentPort?.on('message', (job: string | RawDocument) => {
  try {
    answer(job);
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
