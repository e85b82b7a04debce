import { once } from 'node:events';
import type { DocumentWriter } from './document-writer';

async function send(stream: NodeJS.WritableStream, chunk: string | Uint8Array): Promise<void> {
  // Waiting for 'drain' keeps a fast annotator from queueing a whole corpus in the stream's buffer.
  if (chunk.length > 0 && !stream.write(chunk)) await once(stream, 'drain');
}

/** What a stream's output starts and ends with, and puts between documents: a JSON corpus's `[`, `,` and `]`. */
interface StreamFrame {
  readonly open: string;
  readonly separator: string;
  readonly close: string;
}

const NO_FRAME: StreamFrame = { open: '', separator: '', close: '' };

/**
 * Writes rendered documents to one stream (stdout), inside `frame`; the opening is written with the
 * first document, or at the close when there is none, so an empty corpus is still `[]`.
 */
export function createStreamWriter(stream: NodeJS.WritableStream, frame: StreamFrame = NO_FRAME): DocumentWriter {
  let written = 0;
  let opened = false;
  async function open(): Promise<void> {
    if (opened) return;
    opened = true;
    await send(stream, frame.open);
  }
  return {
    write: async (_id, files) => {
      await open();
      if (written > 0) await send(stream, frame.separator);
      written += 1;
      for (const file of files) await send(stream, file.content);
    },
    close: async () => {
      await open();
      await send(stream, frame.close);
    },
  };
}
