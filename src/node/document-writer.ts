import type { Annotation } from '../index';

/** Where the CLI sends annotated documents, one at a time and in order. */
export interface DocumentWriter {
  /** Writes one document; resolves once the output has taken it (backpressure included). */
  readonly write: (id: string, annotation: Annotation) => Promise<void>;
  /** Writes whatever closes the output (a JSON array's `]`). */
  readonly close: () => Promise<void>;
}
