import { tokenIndexAtOffset } from '../document/accessors';
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

function indexMentions(doc: Document, entities: readonly EntityMention[]): Int32Array {
  const mentionOfToken = new Int32Array(doc.tokens.length).fill(-1);
  entities.forEach((mention, index) => {
    for (let t = tokenIndexAtOffset(doc, mention.start); t < doc.tokens.length; t += 1) {
      const token = doc.tokens[t];
      if (token === undefined || token.start >= mention.end) break;
      mentionOfToken[t] = index;
    }
  });
  return mentionOfToken;
}

function indexQuotes(doc: Document, spans: readonly QuotedSpan[]): Int32Array {
  const quoteOfToken = new Int32Array(doc.tokens.length).fill(-1);
  spans.forEach((span, index) => {
    for (let t = tokenIndexAtOffset(doc, span.start); t < doc.tokens.length; t += 1) {
      const token = doc.tokens[t];
      if (token === undefined || token.start >= span.end) break;
      quoteOfToken[t] = index;
    }
  });
  return quoteOfToken;
}

/** Indexes the document once for the quote rules: mentions and quoted spans by token. */
export function buildQuoteContext(doc: Document, entities: readonly EntityMention[], lexicons: CompiledLexicons = DEFAULT_LEXICONS): QuoteContext {
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  const quotedSpans = findQuotedSpans(doc.text).filter((span) => span.depth === 0);
  return { doc, entities: sorted, mentionOfToken: indexMentions(doc, sorted), quotedSpans, quoteOfToken: indexQuotes(doc, quotedSpans), lexicons };
}
