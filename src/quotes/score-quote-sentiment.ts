import SENTIMENT_ENGLISH from 'sentiment/languages/en/index.js';
import { AFINN_SCORES } from '../lexicons/afinn-scores';

/** Scores a text with the AFINN lexicon of the `sentiment` package. */
export type SentimentAnalyzer = (text: string) => { score: number; tokens: readonly string[] };

// AFINN rates each word from -5 to +5.
const MAX_WORD_SCORE = 5;

// How `sentiment`'s tokenizer reads a character: part of a word, a space (a space, a line feed or one
// of the marks . , / # ! ? $ % ^ & * ; : { } = _ ` " ~ ( ), which it turns into spaces), or other
// white space (a tab or a carriage return, which separates words only in a run of two or more).
const WORD = 0;
const SPACE = 1;
const OTHER_WHITE_SPACE = 2;

// The reading of every ASCII code unit, looked up once per character of every quote.
const ASCII_READING: Uint8Array = (() => {
  const reading = new Uint8Array(128);
  for (let code = 0x09; code <= 0x0d; code += 1) reading[code] = OTHER_WHITE_SPACE;
  for (const space of ' \n.,/#!?$%^&*;:{}=_`"~()') reading[space.charCodeAt(0)] = SPACE;
  return reading;
})();

// JavaScript's white space beyond ASCII (`\s`, and what `trim` removes).
function isWideWhiteSpace(code: number): boolean {
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function readingOf(code: number): number {
  if (code < 128) return ASCII_READING[code] ?? WORD;
  return isWideWhiteSpace(code) ? OTHER_WHITE_SPACE : WORD;
}

/**
 * The words `sentiment` splits a text into, exactly as its tokenizer does: lower-cased, line feeds and
 * the marks above read as spaces, a run of two or more white-space characters as one space, trimmed,
 * and split at spaces (so a lone tab stays inside a word). One pass over the text, where the
 * package's four regular expressions copied every quote four times; this runs on every quote.
 */
function sentimentTokens(text: string): string[] {
  const lower = text.toLowerCase();
  const tokens: string[] = [];
  let tokenStart = -1;
  let index = 0;
  while (index < lower.length) {
    const reading = readingOf(lower.charCodeAt(index));
    if (reading === WORD) {
      if (tokenStart === -1) tokenStart = index;
      index += 1;
      continue;
    }
    let runEnd = index + 1;
    while (runEnd < lower.length && readingOf(lower.charCodeAt(runEnd)) !== WORD) runEnd += 1;
    // A single white-space character other than a space (a tab) joins the words beside it.
    const separates = runEnd - index > 1 || reading === SPACE;
    if (tokenStart !== -1 && runEnd < lower.length && separates) {
      tokens.push(lower.slice(tokenStart, index));
      tokenStart = -1;
    }
    index = runEnd;
  }
  // Trailing white space was trimmed; an empty or blank text is one empty word, as `''.split(' ')` gives.
  if (tokenStart !== -1) tokens.push(lower.slice(tokenStart, trimmedEnd(lower)));
  return tokens.length === 0 ? [''] : tokens;
}

function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && readingOf(text.charCodeAt(end - 1)) !== WORD) end -= 1;
  return end;
}

/**
 * Creates the AFINN analyzer: the `sentiment` package's `analyze` (its table, its tokenizer, and its
 * scoring strategy, which flips a word after a negator), with the tokenizer done in one pass.
 */
export function createSentimentAnalyzer(): SentimentAnalyzer {
  const { scoringStrategy } = SENTIMENT_ENGLISH;
  return (text) => {
    const tokens = sentimentTokens(text);
    let score = 0;
    // From the last word to the first, as `analyze` adds them.
    for (let index = tokens.length - 1; index >= 0; index -= 1) {
      const wordScore = AFINN_SCORES.get(tokens[index] ?? '');
      if (wordScore !== undefined) score += scoringStrategy.apply(tokens, index, wordScore);
    }
    return { score, tokens };
  };
}

/**
 * The AFINN sentiment of a quote's content, in [-1, 1]: the summed word scores divided by
 * 5·√(word count), then clamped. The sum of n independent word scores grows like √n, so this keeps a
 * long quote with one harsh word milder than a short one, without diluting it to nothing as the
 * per-word mean (`comparative`) does; 5 is the largest score AFINN gives a single word.
 */
export function scoreQuoteSentiment(analyze: SentimentAnalyzer, content: string): number {
  const { score, tokens } = analyze(content);
  if (tokens.length === 0 || score === 0) return 0;
  const normalised = score / (MAX_WORD_SCORE * Math.sqrt(tokens.length));
  return Math.max(-1, Math.min(1, Math.round(normalised * 1000) / 1000));
}
