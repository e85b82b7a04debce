import type { Span } from '../types';

/** Builds a public span by slicing the text, so `span.text === text.slice(start, end)` by construction. */
export function makeSpan(text: string, start: number, end: number): Span {
  const safeStart = Math.max(0, Math.min(start, text.length));
  const safeEnd = Math.max(safeStart, Math.min(end, text.length));
  return { start: safeStart, end: safeEnd, text: text.slice(safeStart, safeEnd) };
}

// How far past the cursor a token may start. wink-nlp drops nothing but whitespace between tokens,
// so a token that is not found within this window was normalised by wink, and we stop searching
// rather than scan the rest of a huge text (which would make offset finding quadratic).
const MAX_SKIP = 256;

/**
 * Finds each token's UTF-16 offsets in the original text by searching forward from a cursor.
 * wink-nlp rebuilds preceding whitespace as plain spaces, so adding up lengths drifts on tabs,
 * CRLF and NBSP; searching for each token's value in the text does not.
 * A token whose value cannot be found near the cursor gets an empty span at the cursor.
 */
export function locateTokens(text: string, values: readonly string[]): Array<{ start: number; end: number }> {
  const located: Array<{ start: number; end: number }> = [];
  let cursor = 0;
  for (const value of values) {
    const windowEnd = Math.min(text.length, cursor + MAX_SKIP + value.length);
    const found = value.length === 0 ? -1 : text.slice(cursor, windowEnd).indexOf(value);
    if (found === -1) {
      located.push({ start: cursor, end: cursor });
      continue;
    }
    const start = cursor + found;
    located.push({ start, end: start + value.length });
    cursor = start + value.length;
  }
  return located;
}
