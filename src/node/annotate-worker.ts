import { parentPort, workerData } from 'node:worker_threads';
import { createAnnotator, type AnnotateOptions, type Lexicons } from '../index';

// One document at a time: the pool sends a text, this thread annotates it with its own wink-nlp
// instance (one per thread, as one per process elsewhere) and sends the Annotation back.
const { lexicons, ...options } = (workerData as { options?: AnnotateOptions & { lexicons?: Lexicons } } | null)?.options ?? {};
// The caller's lexicons, compiled once for this thread.
const { annotate } = createAnnotator(lexicons === undefined ? {} : { lexicons });

// Load the model now, while the pool is still filling its queue, rather than on the first document.
annotate('', options);

parentPort?.on('message', (text: string) => {
  try {
    parentPort?.postMessage({ annotation: annotate(text, options) });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
