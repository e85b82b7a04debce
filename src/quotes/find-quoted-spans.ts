import { QUOTE_MARKS, type QuoteMarkFamily } from './lexicons/quote-marks';

/** One stretch of text between quotation marks. */
export interface QuotedSpan {
  /** The offset just past the opening mark: where the content starts. */
  readonly start: number;
  /** The offset of the closing mark (or of the paragraph end, for a quote never closed). */
  readonly end: number;
  /** The offset of the opening mark. */
  readonly openMark: number;
  /** The offset of the closing mark, or -1 when the quote was never closed. */
  readonly closeMark: number;
  /** The nesting depth: 0 for an outermost quote, 1 for a quote inside it, … */
  readonly depth: number;
  /** Whether double or single marks enclose it. */
  readonly family: QuoteMarkFamily;
  /** Whether the quote runs over more than one paragraph. */
  readonly multiParagraph: boolean;
}

interface OpenQuote { readonly mark: number; readonly family: QuoteMarkFamily; multiParagraph: boolean; readonly firstChild: number }

// Deeper nesting than this is damage, not style; capping it keeps the stack (and the work) bounded.
const MAX_DEPTH = 4;
const CLOSING_PUNCTUATION = '.,;:!?)]}…—–-';
const OPENING_PUNCTUATION = '([{—–-/';
// A speaker label that opens a transcript turn: a name in capitals and a colon (`SMITH:`, `MS. LEE:`).
export const SPEAKER_LABEL = /^\p{Lu}[\p{Lu}.' -]{1,30}:\s/u;
const MAX_LABEL_LENGTH = 34;

// Every character the pass acts on: a line break or a quotation mark, one code unit each. Searching for
// the next one with a regular expression skips the text between them far faster than a test per character.
const MARK_OR_LINE_BREAK = `[\\n\\r\\u2029${[...QUOTE_MARKS.keys()].map(escapeCodeUnit).join('')}]`;

/** `“` → `\u201c`, for a character class. */
function escapeCodeUnit(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** The index of the first line break or mark at or after `from`, or -1; `pattern` is MARK_OR_LINE_BREAK with the `g` flag. */
function nextMarkOrLineBreak(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.test(text) ? pattern.lastIndex - 1 : -1;
}

// These run on the characters around every mark and through every run of line breaks: ASCII, nearly all of
// news text, is decided by its code, and only other characters go to the regular expression.
function isSpace(character: string | undefined): boolean {
  if (character === undefined) return true;
  const code = character.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/u.test(character);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isWordCharacter(character: string | undefined): boolean {
  if (character === undefined) return false;
  const code = character.charCodeAt(0);
  // `code | 32` folds A–Z onto a–z.
  if (code < 128) return isDigit(code) || ((code | 32) >= 97 && (code | 32) <= 122);
  return /[\p{L}\p{N}]/u.test(character);
}

/** A mark that can open: after a space or opening punctuation, before a non-space. */
function isLeftFlanking(text: string, index: number): boolean {
  const previous = text[index - 1];
  const next = text[index + 1];
  const opensAfter = isSpace(previous) || OPENING_PUNCTUATION.includes(previous ?? '') || QUOTE_MARKS.has(previous ?? '');
  return opensAfter && !isSpace(next);
}

/** A mark that can close: after a non-space, before a space, punctuation or the end. */
function isRightFlanking(text: string, index: number): boolean {
  const previous = text[index - 1];
  const next = text[index + 1];
  if (isSpace(previous)) return false;
  return isSpace(next) || CLOSING_PUNCTUATION.includes(next ?? '') || QUOTE_MARKS.has(next ?? '');
}

function isStraightMark(character: string | undefined): boolean {
  return character === '"' || character === "'";
}

/** `’90s`, `'15`: a mark before two digits abbreviates a year. */
function isYearApostrophe(text: string, index: number): boolean {
  return isDigit(text.charCodeAt(index + 1)) && isDigit(text.charCodeAt(index + 2));
}

/** The span one level further out, field by field (a spread with more fields after it costs about twice a literal in this V8). */
function withDepth(span: QuotedSpan, depth: number): QuotedSpan {
  return { start: span.start, end: span.end, openMark: span.openMark, closeMark: span.closeMark, depth, family: span.family, multiParagraph: span.multiParagraph };
}

/**
 * Shortens the stack to `length` entries, if it is longer. Setting `length` is a slow built-in even when
 * nothing changes, and every paragraph end and closing mark asks for it, nearly always on a stack that
 * is short enough already.
 */
function dropFrom(stack: OpenQuote[], length: number): void {
  if (stack.length > length) stack.length = length;
}

type MarkAction = 'open' | 'close' | 'ignore';

function decideDouble(text: string, index: number, role: string, stack: readonly OpenQuote[]): MarkAction {
  const left = isLeftFlanking(text, index);
  const right = isRightFlanking(text, index);
  const hasOpenDouble = stack.some((open) => open.family === 'double');
  if (role === 'close') return hasOpenDouble ? 'close' : left && !right ? 'open' : 'ignore';
  if (role === 'open') return right && !left && hasOpenDouble ? 'close' : 'open';
  if (stack[stack.length - 1]?.family === 'double' && (right || !left)) return 'close';
  if (hasOpenDouble && right && !left) return 'close';
  return left ? 'open' : 'ignore';
}

function decideSingle(text: string, index: number, role: string, stack: readonly OpenQuote[]): MarkAction {
  const previous = text[index - 1];
  const next = text[index + 1];
  // minister’s, don't, rock'n'roll: a mark between two letters is an apostrophe.
  if (isWordCharacter(previous) && isWordCharacter(next)) return 'ignore';
  if (isYearApostrophe(text, index)) return 'ignore';
  const left = isLeftFlanking(text, index);
  const right = isRightFlanking(text, index);
  const topIsSingle = stack[stack.length - 1]?.family === 'single';
  if (right && topIsSingle) return 'close';
  // A closing-shaped mark that could open (’tis, ’em) is an apostrophe; `‘` and `'` may open.
  if (left && role !== 'close') return 'open';
  // voters’ choice: a trailing mark with no single quote open is a plural possessive.
  return 'ignore';
}

/** Skips a run of line breaks; returns the index of the first non-space character and whether it was a paragraph break. */
function skipLineBreaks(text: string, index: number): { next: number; breaks: number } {
  let next = index;
  let breaks = 0;
  while (next < text.length && isSpace(text[next])) {
    if (text[next] === '\n' || text[next] === '\u2029' || (text[next] === '\r' && text[next + 1] !== '\n')) breaks += 1;
    next += 1;
  }
  return { next, breaks };
}

function lastNonSpaceBefore(text: string, index: number): string | undefined {
  for (let i = index - 1; i >= 0 && i >= index - 8; i -= 1) {
    if (!isSpace(text[i])) return text[i];
  }
  return undefined;
}

function trimmedEnd(text: string, start: number, end: number): number {
  let trimmed = end;
  while (trimmed > start && isSpace(text[trimmed - 1])) trimmed -= 1;
  return trimmed;
}

/**
 * Finds every stretch of text between quotation marks, in one left-to-right pass with a small stack.
 * Straight marks are told apart from apostrophes by what stands on either side; a paragraph whose
 * first character is an opening mark continues a quote left open at the end of the paragraph before
 * (the news convention for long quotes); any other paragraph break ends an open double quote (kept,
 * as `closeMark: -1`) and drops open single marks (far more often apostrophes). Never throws.
 */
export function findQuotedSpans(text: string): QuotedSpan[] {
  const found: QuotedSpan[] = [];
  const stack: OpenQuote[] = [];
  // Drops the open marks from `from` up (apostrophes after all, or damage); quotes found inside them move up a level.
  const discard = (from: number): void => {
    for (let depth = stack.length - 1; depth >= from; depth -= 1) {
      const open = stack[depth];
      if (open === undefined) continue;
      for (let k = open.firstChild; k < found.length; k += 1) {
        const span = found[k];
        if (span !== undefined && span.depth > depth) found[k] = withDepth(span, span.depth - 1);
      }
    }
    dropFrom(stack, from);
  };
  const closeAt = (depth: number, end: number, closeMark: number): void => {
    discard(depth + 1);
    const open = stack[depth];
    dropFrom(stack, Math.max(0, depth));
    if (open === undefined) return;
    const contentEnd = closeMark === -1 ? trimmedEnd(text, open.mark + 1, end) : end;
    if (text.slice(open.mark + 1, contentEnd).trim().length < 2) return; // rock 'n' roll
    found.push({ start: open.mark + 1, end: contentEnd, openMark: open.mark, closeMark, depth, family: open.family, multiParagraph: open.multiParagraph });
  };
  const endParagraph = (end: number): void => {
    if (stack[0]?.family === 'double') closeAt(0, end, -1);
    discard(0);
  };
  // One pattern per call: a search moves its `lastIndex`.
  const marksAndLineBreaks = new RegExp(MARK_OR_LINE_BREAK, 'g');
  for (let i = nextMarkOrLineBreak(marksAndLineBreaks, text, 0); i !== -1; i = nextMarkOrLineBreak(marksAndLineBreaks, text, i + 1)) {
    const character = text[i] ?? '';
    if (character === '\n' || character === '\r' || character === '\u2029') {
      if (stack.length === 0) continue;
      const { next, breaks } = skipLineBreaks(text, i);
      const bottom = stack[0];
      const nextMark = QUOTE_MARKS.get(text[next] ?? '');
      // A transcript turn (`"SMITH: …`) after the break is a new speaker's quote, not the old one going on.
      // A block excerpt in straight marks quotes curly-marked speech of its own (`"She walked in.` ¶ `“Hi,” he said.`):
      // only a mark of the same style goes on the open quote.
      const continues = !SPEAKER_LABEL.test(text.slice(next + 1, next + 1 + MAX_LABEL_LENGTH))
        && isStraightMark(text[next]) === isStraightMark(text[bottom?.mark ?? -1]);
      if (bottom !== undefined && nextMark !== undefined && nextMark.family === bottom.family && nextMark.role !== 'close' && continues) {
        discard(1);
        bottom.multiParagraph = true;
        i = next;
        continue;
      }
      const previous = lastNonSpaceBefore(text, i);
      if (breaks >= 2 || next >= text.length || /[.!?…:]/u.test(previous ?? '') || /[\p{Lu}\p{N}]/u.test(text[next] ?? '')) endParagraph(i);
      i = next - 1;
      continue;
    }
    const mark = QUOTE_MARKS.get(character);
    if (mark === undefined) continue;
    const action = mark.family === 'double' ? decideDouble(text, i, mark.role, stack) : decideSingle(text, i, mark.role, stack);
    if (action === 'open' && stack.length < MAX_DEPTH) stack.push({ mark: i, family: mark.family, multiParagraph: false, firstChild: found.length });
    if (action === 'close') {
      let depth = stack.length - 1;
      while (depth >= 0 && stack[depth]?.family !== mark.family) depth -= 1;
      closeAt(depth, i, i);
    }
  }
  endParagraph(text.length);
  return found.sort((a, b) => a.start - b.start);
}
