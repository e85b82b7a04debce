import type { ItemSentence } from 'wink-nlp';
import { getNlp } from './nlp';
import { TITLE_ABBREVIATIONS } from './lexicons/title-abbreviations';
import { locateTokens } from './offsets';

/** Universal part-of-speech tags, as wink-nlp assigns them. */
export type PartOfSpeech =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

/** One token of the document, with its offsets in the original text. */
export interface Token {
  /** The position of the token in `Document.tokens`. */
  readonly index: number;
  /** The UTF-16 offset of the token's first code unit in the original text. */
  readonly start: number;
  /** The UTF-16 offset just past the token in the original text. */
  readonly end: number;
  /** The token exactly as written (`text.slice(start, end)`). */
  readonly value: string;
  /** The lower-cased, contraction-expanded form (`n't` → `not`). */
  readonly normal: string;
  /** The dictionary form (`said` → `say`). */
  readonly lemma: string;
  /** The part of speech. */
  readonly pos: PartOfSpeech;
  /** wink-nlp's token type: `word`, `punctuation`, `number`, `tabCRLF`, `emoji`, … */
  readonly type: string;
  /** The index of the sentence the token belongs to. */
  readonly sentence: number;
}

/** One sentence: its character span and its tokens as a half-open range of token indices. */
export interface Sentence {
  /** The UTF-16 offset where the sentence starts. */
  readonly start: number;
  /** The UTF-16 offset just past the sentence. */
  readonly end: number;
  /** The index of the sentence's first token. */
  readonly firstToken: number;
  /** The index just past the sentence's last token. */
  readonly endToken: number;
}

/** The one reading of an article that every stage shares. */
export interface Document {
  /** The article, exactly as given. */
  readonly text: string;
  /** Every token, line breaks included (as `tabCRLF` tokens), in text order. */
  readonly tokens: readonly Token[];
  /** The sentences, in text order, covering every token. */
  readonly sentences: readonly Sentence[];
}

const SENTENCE_FINAL = /[.!?…:"”’)\]]$/u;
const LINE_START = /^[\p{Lu}\p{N}"“‘'(\[•*–—-]/u;

function isLineBreak(token: { type: string; value: string }): boolean {
  return token.type === 'tabCRLF' && /[\n\r\u2028\u2029]/u.test(token.value);
}

/**
 * Decides whether a line break ends a sentence. wink-nlp ignores single newlines, so a headline,
 * a dateline or a list of related headlines would merge with the text after it. A blank line always
 * ends a sentence; a single break ends one unless it looks like hard wrapping (the next line goes
 * on in lower case after a line that did not end a sentence).
 */
function isSentenceBreak(lineBreak: string, previous: string | undefined, next: string | undefined): boolean {
  if (previous === undefined || next === undefined) return false;
  if ((lineBreak.match(/\n|\r(?!\n)|\u2028|\u2029/gu) ?? []).length >= 2) return true;
  return SENTENCE_FINAL.test(previous) || LINE_START.test(next);
}

interface RawToken { value: string; normal: string; lemma: string; pos: PartOfSpeech; type: string }

function splitAtLineBreaks(tokens: readonly RawToken[], winkSentences: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const [first, last] of winkSentences) {
    let start = first;
    for (let i = first; i <= last; i += 1) {
      const token = tokens[i];
      if (token === undefined || !isLineBreak(token)) continue;
      if (isSentenceBreak(token.value, tokens[i - 1]?.value, tokens[i + 1]?.value) && i > start) {
        ranges.push([start, i]);
        start = i + 1;
      }
    }
    if (start <= last) ranges.push([start, last + 1]);
  }
  return ranges;
}

// wink-nlp writes `Gen.` as one token but `Maj.` as two (`Maj`, `.`); both end in a title.
function endsWithTitle(tokens: readonly RawToken[], last: number): boolean {
  const lastToken = tokens[last];
  if (lastToken === undefined) return false;
  if (TITLE_ABBREVIATIONS.has(lastToken.normal)) return true;
  const beforeLast = tokens[last - 1];
  return lastToken.value === '.' && beforeLast !== undefined && TITLE_ABBREVIATIONS.has(`${beforeLast.normal}.`);
}

/** Rejoins sentences that wink-nlp ended after a title abbreviation (`Maj.` | `Gen. Qasem Soleimani`). */
function mergeAfterTitles(tokens: readonly RawToken[], winkSentences: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const [first, last] of winkSentences) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && endsWithTitle(tokens, previous[1])) {
      previous[1] = last;
    } else {
      merged.push([first, last]);
    }
  }
  return merged;
}

function trimLineBreaks(tokens: readonly RawToken[], range: [number, number]): [number, number] {
  let [first, end] = range;
  while (first < end && tokens[first]?.type === 'tabCRLF') first += 1;
  while (end > first && tokens[end - 1]?.type === 'tabCRLF') end -= 1;
  return [first, end];
}

function readWinkDocument(text: string): { raw: RawToken[]; winkSentences: Array<[number, number]> } {
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const normals = tokens.out(its.normal) as string[];
  // wink's typings want model add-ons for `its.lemma`; the lite model provides them at run time.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.value) as string[];
  const tags = tokens.out(its.pos) as PartOfSpeech[];
  const types = tokens.out(its.type) as string[];
  const raw = values.map((value, i) => ({
    value, normal: normals[i] ?? value, lemma: lemmas[i] ?? value, pos: tags[i] ?? 'X', type: types[i] ?? 'unk',
  }));
  const winkSentences: Array<[number, number]> = [];
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    winkSentences.push([first, last]);
  });
  return { raw, winkSentences };
}

/** Reads the text with wink-nlp once and returns the shared, read-only Document. */
export function readDocument(text: string): Document {
  const { raw, winkSentences } = readWinkDocument(text);
  const located = locateTokens(text, raw.map((token) => token.value));
  const sentenceOfToken = new Int32Array(raw.length);
  const sentences: Sentence[] = [];
  for (const range of splitAtLineBreaks(raw, mergeAfterTitles(raw, winkSentences))) {
    const [firstToken, endToken] = trimLineBreaks(raw, range);
    if (firstToken >= endToken) continue;
    const start = located[firstToken]?.start ?? 0;
    const end = located[endToken - 1]?.end ?? start;
    for (let i = range[0]; i < range[1]; i += 1) sentenceOfToken[i] = sentences.length;
    sentences.push({ start, end, firstToken, endToken });
  }
  const tokens: Token[] = raw.map((token, index) => {
    const { start, end } = located[index] ?? { start: 0, end: 0 };
    return { ...token, index, start, end, value: text.slice(start, end), sentence: sentenceOfToken[index] ?? 0 };
  });
  return { text, tokens, sentences };
}
