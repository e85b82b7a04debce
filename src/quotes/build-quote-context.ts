import { inTextOrder } from '../coreference/in-text-order';
import { indexSpansByToken } from '../document/accessors';
import type { Document } from '../document/read-document';
import type { EntityMention } from '../types';
import { DEFAULT_LEXICONS, type CompiledLexicons } from '../lexicons/compiled-lexicons';
import { findQuotedSpans, type QuotedSpan } from './find-quoted-spans';

/** What every quote rule reads: the document, its entity mentions indexed by token, and its quoted spans. */
export interface QuoteContext {
  /** The document. */
  readonly doc: Document;
  /** The entity mentions, sorted by `start`. */
  readonly entities: readonly EntityMention[];
  /** For each token, the index in `entities` of the mention that covers it, or -1. */
  readonly mentionOfToken: Int32Array;
  /** The outermost quoted spans, in text order. */
  readonly quotedSpans: readonly QuotedSpan[];
  /** For each token, the index in `quotedSpans` of the quote whose content contains it, or -1. */
  readonly quoteOfToken: Int32Array;
  /** The lexicons to read. */
  readonly lexicons: CompiledLexicons;
}

/** Indexes the document once for the quote rules: mentions and quoted spans by token. */
export function buildQuoteContext(doc: Document, entities: readonly EntityMention[], lexicons: CompiledLexicons = DEFAULT_LEXICONS): QuoteContext {
  const sorted = inTextOrder(entities);
  const quotedSpans = findQuotedSpans(doc.text).filter((span) => span.depth === 0);
  return { doc, entities: sorted, mentionOfToken: indexSpansByToken(doc, sorted), quotedSpans, quoteOfToken: indexSpansByToken(doc, quotedSpans), lexicons };
}
