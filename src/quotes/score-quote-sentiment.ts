import SENTIMENT_ENGLISH from 'sentiment/languages/en/index.js';
import { AFINN_SCORES } from '../lexicons/afinn-scores';

/** Scores a text with the AFINN lexicon of the `sentiment` package: the summed score and the number of words. */
export type SentimentAnalyzer = (text: string) => { score: number; wordCount: number };

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
 * Where the words `sentiment` splits a text into lie in its lower-cased form, as `[start, end, start, end, …]`,
 * exactly as its tokenizer splits them: line feeds and the marks above read as spaces, a run of two or more
 * white-space characters as one space, trimmed, and split at spaces (so a lone tab stays inside a word).
 * One pass over the text, where the package's four regular expressions copied every quote four times; this
 * runs on every quote. Bounds, not strings: most words are never cut out (see mayHaveScore).
 */
function sentimentWordBounds(lower: string): number[] {
  const bounds: number[] = [];
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
      bounds.push(tokenStart, index);
      tokenStart = -1;
    }
    index = runEnd;
  }
  // Trailing white space was trimmed; an empty or blank text is one empty word, as `''.split(' ')` gives.
  if (tokenStart !== -1) bounds.push(tokenStart, trimmedEnd(lower));
  return bounds.length === 0 ? [0, 0] : bounds;
}

function trimmedEnd(text: string): number {
  let end = text.length;
  while (end > 0 && readingOf(text.charCodeAt(end - 1)) !== WORD) end -= 1;
  return end;
}

// One bit per value of a word's 16-bit hash, set for the hash of every AFINN word.
const FILTER_BITS = 16;

/** FNV-1a over the code units of `text` from `start` to `end`, cut to its top FILTER_BITS bits. */
function wordHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 16777619);
  return hash >>> (32 - FILTER_BITS);
}

/**
 * The hashes of the AFINN words, as bits. Most words of a quote have no score, and cutting each one out and
 * looking it up among the 4,000 words of the map cost more than all the rest of the scoring (a fresh string,
 * its hash, and a probe that misses the cache). A word whose bit is clear is surely not in AFINN; about 6%
 * of the bits are set, and only the words whose bit is set are cut out and looked up.
 */
const AFINN_HASH_BITS: Uint32Array = (() => {
  const bits = new Uint32Array((1 << FILTER_BITS) / 32);
  for (const word of AFINN_SCORES.keys()) {
    const hash = wordHash(word, 0, word.length);
    bits[hash >>> 5] = (bits[hash >>> 5] ?? 0) | (1 << (hash & 31));
  }
  return bits;
})();

function mayHaveScore(lower: string, start: number, end: number): boolean {
  const hash = wordHash(lower, start, end);
  return ((AFINN_HASH_BITS[hash >>> 5] ?? 0) & (1 << (hash & 31))) !== 0;
}

/**
 * Creates the AFINN analyzer: the `sentiment` package's `analyze` (its table, its tokenizer, and its
 * scoring strategy, which flips a word after a negator), with the tokenizer done in one pass. The
 * scores are whole numbers, so adding them in text order gives the package's sum (it adds from the last word).
 */
export function createSentimentAnalyzer(): SentimentAnalyzer {
  const { scoringStrategy } = SENTIMENT_ENGLISH;
  return (text) => {
    const lower = text.toLowerCase();
    const bounds = sentimentWordBounds(lower);
    let score = 0;
    for (let word = 0; word < bounds.length; word += 2) {
      const start = bounds[word] ?? 0;
      const end = bounds[word + 1] ?? 0;
      if (!mayHaveScore(lower, start, end)) continue;
      const token = lower.slice(start, end);
      const wordScore = AFINN_SCORES.get(token);
      if (wordScore === undefined) continue;
      // The strategy reads only the word before (a negator: `sentiment/languages/en/scoring-strategy.js`),
      // so it gets just that word and this one; recheck that file when `sentiment` is upgraded.
      const neighbours = word === 0 ? [token] : [lower.slice(bounds[word - 2], bounds[word - 1]), token];
      score += scoringStrategy.apply(neighbours, neighbours.length - 1, wordScore);
    }
    return { score, wordCount: bounds.length / 2 };
  };
}

/**
 * The AFINN sentiment of a quote's content, in [-1, 1]: the summed word scores divided by
 * 5·√(word count), then clamped. The sum of n independent word scores grows like √n, so this keeps a
 * long quote with one harsh word milder than a short one, without diluting it to nothing as the
 * per-word mean (`comparative`) does; 5 is the largest score AFINN gives a single word.
 */
export function scoreQuoteSentiment(analyze: SentimentAnalyzer, content: string): number {
  const { score, wordCount } = analyze(content);
  if (wordCount === 0 || score === 0) return 0;
  const normalised = score / (MAX_WORD_SCORE * Math.sqrt(wordCount));
  return Math.max(-1, Math.min(1, Math.round(normalised * 1000) / 1000));
}
