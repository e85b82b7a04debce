import type { RenderedFile } from './render-document';

/** Where the CLI sends rendered documents, one at a time and in order. */
export interface DocumentWriter {
  /** Writes one document's output; resolves once the output has taken it (backpressure included). */
  readonly write: (id: string, files: readonly RenderedFile[]) => Promise<void>;
  /** Writes whatever closes the output (a JSON array's `]`). */
  readonly close: () => Promise<void>;
}
