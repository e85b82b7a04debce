import type { AnnotateOptions, Annotation, Lexicons } from '../index';
import { assertOptions, typeName } from '../errors';
import { checkLexicons } from '../lexicons/check-lexicons';
import { createWorkerPool } from './create-worker-pool';
import { defaultConcurrency } from './default-concurrency';
import { importAnnotator } from './import-library';
import { mapInOrder } from './map-in-order';

/** One document of a corpus. */
export interface CorpusDocument {
  /** The document's identifier, passed through unchanged. */
  readonly id: string;
  /** The article. */
  readonly text: string;
}

/** One annotated document, in input order. */
export interface AnnotatedDocument {
  /** The identifier of the input document. */
  readonly id: string;
  /** The same Annotation `annotate(text, options)` returns. */
  readonly annotation: Annotation;
}

/** Options of `annotateMany`: every `annotate` option, plus how to run. */
export interface AnnotateManyOptions extends AnnotateOptions {
  /**
   * The number of worker threads; 1 annotates in this thread. Defaults to 1 for an array of under
   * about 4 MB of text (starting workers would cost more than they save) and to the number of CPUs
   * otherwise.
   */
  readonly concurrency?: number;
  /** Called after each document with the number done and, for an array input, the total. */
  readonly onProgress?: (done: number, total: number | undefined) => void;
  /** The caller's lexicons, as `createAnnotator` takes them; compiled once per thread. */
  readonly lexicons?: Lexicons;
}

// Results are yielded in input order, so one long document holds back the ones after it; a window
// of several documents per thread keeps the other threads busy meanwhile. Memory holds at most
// this many documents (and their annotations) per thread.
export const DOCUMENTS_IN_FLIGHT_PER_THREAD = 4;

function fail(name: string, expected: string, value: unknown): never {
  throw new TypeError(`presswork: \`${name}\` must be ${expected}, received ${typeName(value)}`);
}

/** The total text length of an array of documents; undefined for a stream, whose size is unknown. */
function corpusSize(docs: AsyncIterable<CorpusDocument> | Iterable<CorpusDocument>): number | undefined {
  if (!Array.isArray(docs)) return undefined;
  let size = 0;
  for (const doc of docs as readonly unknown[]) {
    const text = typeof doc === 'object' && doc !== null ? (doc as { text?: unknown }).text : undefined;
    size += typeof text === 'string' ? text.length : 0;
  }
  return size;
}

interface RunOptions {
  readonly concurrency: number;
  readonly onProgress: AnnotateManyOptions['onProgress'];
  readonly annotateOptions: AnnotateOptions;
  readonly lexicons: Lexicons | undefined;
}

function readOptions(options: unknown, size: number | undefined): RunOptions {
  if (options === undefined) return { concurrency: defaultConcurrency(size), onProgress: undefined, annotateOptions: {}, lexicons: undefined };
  if (typeof options !== 'object' || options === null || Array.isArray(options)) fail('options', 'an object', options);
  const { concurrency = defaultConcurrency(size), onProgress, lexicons, ...annotateOptions } = options as AnnotateManyOptions;
  if (typeof concurrency !== 'number' || !Number.isInteger(concurrency) || concurrency < 1) {
    fail('options.concurrency', 'a positive integer', concurrency);
  }
  if (onProgress !== undefined && typeof onProgress !== 'function') fail('options.onProgress', 'a function', onProgress);
  assertOptions(annotateOptions);
  // Checked here too, so a malformed lexicon throws at the call, not in a worker.
  if (lexicons !== undefined) checkLexicons(lexicons);
  return { concurrency, onProgress, annotateOptions, lexicons };
}

function readDocument(value: unknown, index: number): CorpusDocument {
  if (typeof value !== 'object' || value === null) fail(`docs[${index}]`, 'an object with `id` and `text`', value);
  const { text } = value as { text?: unknown };
  if (typeof text !== 'string') fail(`docs[${index}].text`, 'a string', text);
  return value as CorpusDocument;
}

/**
 * Annotates a corpus on a pool of worker threads, yielding `{ id, annotation }` in input order as
 * results become ready. Documents are pulled from `docs` only as threads free up, so an async
 * iterable of any length streams through in bounded memory.
 */
export function annotateMany(
  docs: AsyncIterable<CorpusDocument> | Iterable<CorpusDocument>,
  options?: AnnotateManyOptions,
): AsyncGenerator<AnnotatedDocument, void, undefined> {
  if (typeof docs !== 'object' || docs === null || !(Symbol.asyncIterator in docs || Symbol.iterator in docs)) {
    fail('docs', 'an iterable or async iterable of { id, text }', docs);
  }
  // Checked here, not inside the generator, so a bad option throws at the call and not at the first `next()`.
  const run = readOptions(options, corpusSize(docs));
  const total = Array.isArray(docs) ? docs.length : undefined;
  return annotateInOrder(docs, run, (done) => run.onProgress?.(done, total));
}

/** Annotates in the calling thread, which imports the library only now (see importLibrary). */
async function annotateInThisThread(lexicons: Lexicons | undefined, options: AnnotateOptions): Promise<(text: string) => Promise<Annotation>> {
  const annotator = await importAnnotator(lexicons);
  return (text) => Promise.resolve().then(() => annotator.annotate(text, options));
}

async function* annotateInOrder(
  docs: AsyncIterable<CorpusDocument> | Iterable<CorpusDocument>,
  { concurrency, annotateOptions, lexicons }: RunOptions,
  progress: (done: number) => void,
): AsyncGenerator<AnnotatedDocument, void, undefined> {
  const pool = concurrency === 1 ? undefined : createWorkerPool(concurrency, { ...annotateOptions, ...(lexicons === undefined ? {} : { lexicons }) });
  const annotateText = pool !== undefined ? pool.run : await annotateInThisThread(lexicons, annotateOptions);
  let index = 0;
  let done = 0;
  try {
    const window = concurrency * DOCUMENTS_IN_FLIGHT_PER_THREAD;
    const results = mapInOrder(docs, window, async (value) => {
      const doc = readDocument(value, index++);
      return { id: doc.id, annotation: await annotateText(doc.text) };
    });
    for await (const result of results) {
      yield result;
      progress(++done);
    }
  } finally {
    await pool?.close();
  }
}
