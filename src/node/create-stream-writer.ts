import { once } from 'node:events';
import type { Annotation } from '../index';
import type { DocumentWriter } from './document-writer';
import type { OutputFormat } from './output-formats';
import { UsageError } from './usage-error';

async function send(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  // Waiting for 'drain' keeps a fast annotator from queueing a whole corpus in the stream's buffer.
  if (chunk !== '' && !stream.write(chunk)) await once(stream, 'drain');
}

/**
 * Writes documents to one stream (stdout). `corpus` says whether the input is several documents;
 * when it is not yet known (stdin), the first document is held back until a second one shows it is.
 */
export function createStreamWriter(stream: NodeJS.WritableStream, format: OutputFormat, formatName: string, corpus: boolean | undefined): DocumentWriter {
  const state = { corpus, count: 0, held: undefined as { id: string; annotation: Annotation } | undefined };

  async function begin(isCorpus: boolean): Promise<void> {
    state.corpus = isCorpus;
    if (!isCorpus) return;
    if (format.corpus === undefined) throw new UsageError(`--format ${formatName} writes one file per document: give --out DIR for a corpus`);
    await send(stream, format.corpus.open);
  }

  async function emit(id: string, annotation: Annotation): Promise<void> {
    const index = state.count;
    state.count += 1;
    await send(stream, state.corpus === true && format.corpus !== undefined ? format.corpus.entry(id, annotation, index) : format.single(id, annotation));
  }

  return {
    write: async (id, annotation) => {
      if (state.corpus === undefined && state.held === undefined) {
        state.held = { id, annotation };
        return;
      }
      if (state.held !== undefined) {
        await begin(true);
        const { held } = state;
        state.held = undefined;
        await emit(held.id, held.annotation);
      } else if (state.count === 0) {
        await begin(state.corpus === true);
      }
      await emit(id, annotation);
    },
    close: async () => {
      if (state.held !== undefined) {
        await begin(false);
        await emit(state.held.id, state.held.annotation);
      } else if (state.count === 0 && state.corpus === true) {
        // An empty corpus is still well-formed output (`[]` for JSON).
        await begin(true);
      }
      if (state.corpus === true && format.corpus !== undefined) await send(stream, format.corpus.close);
    },
  };
}
