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

// The characters wink-nlp may drop between two tokens (it splits on Unicode spaces and tabs/line breaks).
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680
    || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f
    || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * Finds where `value` first occurs in `text` at or after `cursor`, starting at most `MAX_SKIP`
 * code units after it; -1 if it does not. The usual case (the token follows a few spaces) is
 * checked in place, without copying a window of the text.
 */
function findNear(text: string, value: string, cursor: number): number {
  if (value.length === 0) return -1;
  // A value that does not start with a space cannot occur inside the run of spaces at the cursor,
  // so its first occurrence, if it starts right after that run, is there.
  if (!isSpace(value.charCodeAt(0))) {
    let position = cursor;
    while (position < text.length && position - cursor < MAX_SKIP && isSpace(text.charCodeAt(position))) position += 1;
    if (position - cursor <= MAX_SKIP && text.startsWith(value, position)) return position;
  }
  const windowEnd = Math.min(text.length, cursor + MAX_SKIP + value.length);
  const found = text.slice(cursor, windowEnd).indexOf(value);
  return found === -1 ? -1 : cursor + found;
}

/**
 * Finds each token's UTF-16 offsets in the original text by searching forward from a cursor.
 * wink-nlp rebuilds preceding whitespace as plain spaces, so adding up lengths drifts on tabs,
 * CRLF and NBSP; searching for each token's value in the text does not.
 * A token whose value cannot be found near the cursor gets an empty span at the cursor.
 * Offsets come back as two typed arrays (starts, ends) indexed by token, so a 1 MB text does not
 * allocate an object per token only to read it once.
 */
export function locateTokens(text: string, values: readonly string[]): { starts: Int32Array; ends: Int32Array } {
  const starts = new Int32Array(values.length);
  const ends = new Int32Array(values.length);
  let cursor = 0;
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index] ?? '';
    const start = findNear(text, value, cursor);
    if (start === -1) {
      starts[index] = cursor;
      ends[index] = cursor;
      continue;
    }
    starts[index] = start;
    ends[index] = start + value.length;
    cursor = start + value.length;
  }
  return { starts, ends };
}
