import type { Span } from '../types';
import { firstIndexAtLeast } from './first-index-at-least';
import { makeSpan } from './offsets';
import type { Document, Sentence, Token } from './read-document';

/** Returns the token at `index`, or `undefined` past either end. */
export function tokenAt(doc: Document, index: number): Token | undefined {
  return doc.tokens[index];
}

/** Returns the sentence that contains the token at `index`. */
export function sentenceOf(doc: Document, index: number): Sentence | undefined {
  const token = doc.tokens[index];
  return token === undefined ? undefined : doc.sentences[token.sentence];
}

/** Returns the public span covering tokens `first` up to, but not including, `end`. */
export function spanOfTokens(doc: Document, first: number, end: number): Span {
  const start = doc.tokens[first]?.start ?? 0;
  const last = doc.tokens[end - 1];
  return makeSpan(doc.text, start, last === undefined ? start : last.end);
}

/** Returns the public span of a sentence. */
export function spanOfSentence(doc: Document, sentence: Sentence): Span {
  return makeSpan(doc.text, sentence.start, sentence.end);
}

/** Finds the index of the first token that starts at or after `offset`. */
export function tokenIndexAtOffset(doc: Document, offset: number): number {
  return firstIndexAtLeast(doc.tokenStarts, offset, (start) => start);
}

/**
 * `tokenIndexAtOffset(doc, offset)` for a caller that visits offsets in text order: it walks on from
 * `from`, the answer for an earlier offset (or 0), instead of searching the whole document. Mentions
 * are a few tokens apart, and a short walk costs far less than a binary search's mispredicted
 * branches; the answer is the same whenever `from` is at or before it.
 */
export function tokenIndexAtOffsetFrom(doc: Document, offset: number, from: number): number {
  const starts = doc.tokenStarts;
  let index = from;
  while (index < starts.length && (starts[index] ?? 0) < offset) index += 1;
  return index;
}

/**
 * For each token, the index in `spans` of the span that covers it, or -1. The spans are sorted and do
 * not overlap (entity mentions, quoted spans), so every token is written at most once.
 */
export function indexSpansByToken(doc: Document, spans: ReadonlyArray<{ readonly start: number; readonly end: number }>): Int32Array {
  const spanOfToken = new Int32Array(doc.tokens.length).fill(-1);
  // The packed starts, not the token objects: this runs over every covered token of every document.
  const starts = doc.tokenStarts;
  // The first token of the previous span and where it starts: a span starting no earlier walks on from it.
  let previousFirst = 0;
  let previousStart = 0;
  for (let index = 0; index < spans.length; index += 1) {
    const span = spans[index];
    if (span === undefined) continue;
    const first = tokenIndexAtOffsetFrom(doc, span.start, span.start >= previousStart ? previousFirst : 0);
    previousFirst = first;
    previousStart = span.start;
    for (let t = first; t < doc.tokens.length && (starts[t] ?? 0) < span.end; t += 1) spanOfToken[t] = index;
  }
  return spanOfToken;
}

/**
 * The span covering the token at `index`, given `spanOfToken` from `indexSpansByToken`, or
 * `undefined`. Never reads `spans[-1]`: a negative index leaves an array's fast path, and these
 * look-ups run per token.
 */
export function spanAtToken<T>(spans: readonly T[], spanOfToken: Int32Array, index: number): T | undefined {
  const position = spanOfToken[index] ?? -1;
  return position >= 0 ? spans[position] : undefined;
}
