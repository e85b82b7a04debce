import type { ItemToken } from 'wink-nlp';
import { readWithWink, type WinkReading, type WordFacts } from './nlp';
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
  /**
   * Every token's start offset (`tokens[i].start`), packed: finding the token at an offset is a
   * binary search, run for every mention and quote, and one typed array keeps it in cache where
   * hopping between token objects does not. A typed array cannot be frozen: never write to it.
   */
  readonly tokenStarts: Int32Array;
}

const SENTENCE_FINAL = /[.!?…:"”’)\]]$/u;
const LINE_START = /^[\p{Lu}\p{N}"“‘'(\[•*–—-]/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/u;
const LINE_BREAKS = /\n|\r(?!\n)|\u2028|\u2029/gu;

/** wink-nlp's output for one text, one array per token property (no per-token objects yet). */
interface WinkColumns {
  readonly values: readonly string[];
  readonly normals: readonly string[];
  readonly lemmas: readonly string[];
  readonly tags: readonly PartOfSpeech[];
  readonly types: readonly string[];
  /** wink-nlp's sentences as inclusive token ranges; they never leave this module. */
  readonly winkSentences: ReadonlyArray<readonly [number, number]>;
}

function isLineBreak(columns: WinkColumns, index: number): boolean {
  return columns.types[index] === 'tabCRLF' && LINE_BREAK.test(columns.values[index] ?? '');
}

/**
 * Decides whether a line break ends a sentence. wink-nlp ignores single newlines, so a headline,
 * a dateline or a list of related headlines would merge with the text after it. A blank line always
 * ends a sentence; a single break ends one unless it looks like hard wrapping (the next line goes
 * on in lower case after a line that did not end a sentence).
 */
function isSentenceBreak(lineBreak: string, previous: string | undefined, next: string | undefined): boolean {
  if (previous === undefined || next === undefined) return false;
  if ((lineBreak.match(LINE_BREAKS) ?? []).length >= 2) return true;
  return SENTENCE_FINAL.test(previous) || LINE_START.test(next);
}

function splitAtLineBreaks(columns: WinkColumns, winkSentences: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const { values } = columns;
  const ranges: Array<[number, number]> = [];
  for (const [first, last] of winkSentences) {
    let start = first;
    for (let i = first; i <= last; i += 1) {
      if (!isLineBreak(columns, i)) continue;
      if (isSentenceBreak(values[i] ?? '', values[i - 1], values[i + 1]) && i > start) {
        ranges.push([start, i]);
        start = i + 1;
      }
    }
    if (start <= last) ranges.push([start, last + 1]);
  }
  return ranges;
}

// wink-nlp writes `Gen.` as one token but `Maj.` as two (`Maj`, `.`); both end in a title.
function endsWithTitle(columns: WinkColumns, last: number): boolean {
  const lastNormal = columns.normals[last];
  if (lastNormal === undefined) return false;
  if (TITLE_ABBREVIATIONS.has(lastNormal)) return true;
  const beforeLast = columns.normals[last - 1];
  return columns.values[last] === '.' && beforeLast !== undefined && TITLE_ABBREVIATIONS.has(`${beforeLast}.`);
}

/**
 * A sentence never starts with a closing bracket, a comma or a semicolon, nor in lower case after an abbreviation or a bracket
 * (`(D-Calif.)` | `said`, `the E.U.` | `by March`).
 */
function isInsideBrackets(columns: WinkColumns, previousLast: number, first: number): boolean {
  if (/^[),;]$/u.test(columns.values[first] ?? '')) return true;
  const last = columns.values[previousLast] ?? '';
  const abbreviation = last === '.' && /^(?:\p{Lu}\.?)+$/u.test(columns.values[previousLast - 1] ?? '');
  return (last === ')' || abbreviation || /^(?:\p{Lu}\.)+$/u.test(last)) && /^\p{Ll}/u.test(columns.values[first] ?? '');
}

/**
 * Rejoins sentences that wink-nlp ended after a title abbreviation (`Maj.` | `Gen. John Smith`) or
 * inside parentheses (`Rep. Jane Roe (D-Calif.)` | `said`).
 */
function mergeAfterTitles(columns: WinkColumns): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  // How many brackets the sentence so far left open (`(D-N.` | `Y.)` is one sentence); short brackets only.
  let open = 0;
  for (const [first, last] of columns.winkSentences) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && (open > 0 || endsWithTitle(columns, previous[1]) || isInsideBrackets(columns, previous[1], first))) {
      previous[1] = last;
    } else {
      merged.push([first, last]);
      open = 0;
    }
    for (let index = first; index <= last; index += 1) {
      if (columns.values[index] === '(') open += 1;
      else if (columns.values[index] === ')') open = Math.max(0, open - 1);
    }
    // A bracket left open over a whole sentence is damage, not an abbreviation: stop carrying it.
    if (last - first > 40) open = 0;
  }
  return merged;
}

function trimLineBreaks(types: readonly string[], range: [number, number]): [number, number] {
  let [first, end] = range;
  while (first < end && types[first] === 'tabCRLF') first += 1;
  while (end > first && types[end - 1] === 'tabCRLF') end -= 1;
  return [first, end];
}

// Every tag wink-nlp assigns, numbered for `wordKey`.
const TAG_NUMBERS: ReadonlyMap<string, number> = new Map(
  ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE']
    .map((tag, number) => [tag, number]));

/** One number for a word and a tag: the key of their facts in `WordMemory`. */
function wordKey(wordId: number, tag: string): number {
  return wordId * 32 + (TAG_NUMBERS.get(tag) ?? 31);
}

/** Reads one token's facts out of wink-nlp, the slow way: through a token item. */
function readTokenFacts(item: ItemToken, its: WinkReading['its']): WordFacts {
  return {
    value: item.out(its.value),
    normal: item.out(its.normal),
    type: item.out(its.type),
    // wink's typings want model add-ons for `its.lemma`; the lite model provides them at run time.
    lemma: item.out(its.lemma as unknown as typeof its.value),
  };
}

/**
 * Takes out of wink-nlp what presswork keeps of each token. A word's value, normal form and type
 * belong to the word, and its lemma to the word and its tag (wink computes it afresh on every
 * request), so they are read out of wink once per distinct word and tag and then taken from
 * `words`. Contractions are the exception: each expanded token (`do` + `n't`) carries its own normal
 * and lemma, so they are read token by token.
 */
function extractColumns({ doc, its, words }: WinkReading): WinkColumns {
  const tokens = doc.tokens();
  const ids = tokens.out(its.uniqueId) as unknown as number[];
  const contracted = tokens.out(its.contractionFlag) as unknown as boolean[];
  const tags = tokens.out(its.pos) as PartOfSpeech[];
  const count = ids.length;
  const values = new Array<string>(count);
  const normals = new Array<string>(count);
  const lemmas = new Array<string>(count);
  const types = new Array<string>(count);
  for (let index = 0; index < count; index += 1) {
    let facts: WordFacts | undefined;
    if (contracted[index]) {
      facts = readTokenFacts(tokens.itemAt(index), its);
    } else {
      const key = wordKey(ids[index] ?? -1, tags[index] ?? 'X');
      facts = words.get(key);
      if (facts === undefined) {
        facts = readTokenFacts(tokens.itemAt(index), its);
        words.set(key, facts);
      }
    }
    values[index] = facts.value;
    normals[index] = facts.normal;
    types[index] = facts.type;
    lemmas[index] = facts.lemma;
  }
  // The spans of the whole collection in one call, without an item object per sentence.
  const winkSentences = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  return { values, normals, lemmas, tags, types, winkSentences };
}

// A possessive glued to a word that wink-nlp learned earlier in the same text: `Trump's.` at the end
// of a sentence teaches wink the word `Trump's`, and a later `Trump's wife` then stays one token.
const GLUED_POSSESSIVE = /^(\p{L}[\p{L}\p{M}.\-]*)(['’]s)$/u;

function endsInPossessive(value: string): boolean {
  // The length first: reading a code unit before the start would leave V8's fast path.
  if (value.length <= 2 || value.charCodeAt(value.length - 1) !== 0x73) return false;
  const apostrophe = value.charCodeAt(value.length - 2);
  return apostrophe === 0x27 || apostrophe === 0x2019;
}

// Nearly every word lacks an apostrophe before a final `s`, and the look-up in wink's lexicon is
// the costlier test: it comes last.
function isGluedPossessive(columns: WinkColumns, index: number, isLearnedWord: (value: string) => boolean): boolean {
  const value = columns.values[index] ?? '';
  return endsInPossessive(value) && columns.types[index] === 'word' && isLearnedWord(value);
}

/**
 * Splits the possessive `'s` off every word wink-nlp learned whole, so that a text reads the same
 * wherever in it a possessive first appears (a fresh wink-nlp splits `Trump's` as `Trump` + `'s`).
 */
function splitGluedPossessives(columns: WinkColumns, isLearnedWord: (value: string) => boolean): WinkColumns {
  // Most texts have none: a plain loop finds that out without building an array per text.
  let firstGlued = 0;
  while (firstGlued < columns.values.length && !isGluedPossessive(columns, firstGlued, isLearnedWord)) firstGlued += 1;
  if (firstGlued === columns.values.length) return columns;
  const glued = columns.values.map((value, index) =>
    index >= firstGlued && isGluedPossessive(columns, index, isLearnedWord) ? GLUED_POSSESSIVE.exec(value) : null);
  const split = {
    values: [] as string[], normals: [] as string[], lemmas: [] as string[],
    tags: [] as PartOfSpeech[], types: [] as string[], winkSentences: [] as Array<[number, number]>,
  };
  const newIndex = new Int32Array(columns.values.length + 1);
  for (let index = 0; index < columns.values.length; index += 1) {
    newIndex[index] = split.values.length;
    const match = glued[index];
    if (match) {
      const [, stem = '', possessive = ''] = match;
      split.values.push(stem, possessive);
      split.normals.push(stem.toLowerCase(), possessive.toLowerCase());
      split.lemmas.push(stem.toLowerCase(), possessive.toLowerCase());
      split.tags.push(columns.tags[index] ?? 'PROPN', 'PART');
      split.types.push('word', 'word');
    } else {
      split.values.push(columns.values[index] ?? '');
      split.normals.push(columns.normals[index] ?? '');
      split.lemmas.push(columns.lemmas[index] ?? '');
      split.tags.push(columns.tags[index] ?? 'X');
      split.types.push(columns.types[index] ?? 'unk');
    }
  }
  newIndex[columns.values.length] = split.values.length;
  for (const [first, last] of columns.winkSentences) {
    split.winkSentences.push([newIndex[first] ?? 0, (newIndex[last + 1] ?? 1) - 1]);
  }
  return split;
}

function readWinkColumns(text: string): WinkColumns {
  return readWithWink(text, (reading) => splitGluedPossessives(extractColumns(reading), reading.isLearnedWord));
}

/** Builds the sentences and records, for every token, the index of the sentence it belongs to. */
function buildSentences(columns: WinkColumns, starts: Int32Array, ends: Int32Array): { sentences: Sentence[]; sentenceOfToken: Int32Array } {
  const sentenceOfToken = new Int32Array(columns.values.length);
  const sentences: Sentence[] = [];
  // Tokens before this one have their sentence. A line break that ends a sentence lies in no range,
  // and belongs to the sentence before it (the first sentence, before any), not to sentence 0.
  let covered = 0;
  for (const range of splitAtLineBreaks(columns, mergeAfterTitles(columns))) {
    const [firstToken, endToken] = trimLineBreaks(columns.types, range);
    if (firstToken >= endToken) continue;
    const start = starts[firstToken] ?? 0;
    const end = ends[endToken - 1] ?? start;
    sentenceOfToken.fill(Math.max(0, sentences.length - 1), covered, range[0]);
    sentenceOfToken.fill(sentences.length, range[0], range[1]);
    covered = range[1];
    sentences.push({ start, end, firstToken, endToken });
  }
  sentenceOfToken.fill(Math.max(0, sentences.length - 1), covered);
  return { sentences, sentenceOfToken };
}

/**
 * A token, as an instance of a class rather than an object literal. V8 keeps an allocation site for
 * every object literal and, when most objects from one site outlive a young-generation collection,
 * starts allocating that site's objects straight in the old generation, for good. A long text keeps
 * its tokens alive through many collections, so after one 1 MB text every later article's tokens
 * went to the old generation and died there, which only a full collection reclaims: article-sized
 * texts read after a long one ran about 10% slower (bench: one 1 MB text, then the seed articles).
 * V8 does not track instances of a class this way, so they always start young. Objects that live as
 * long as their document and are made in large numbers (tokens, candidates, classified mentions)
 * are built this way.
 */
class DocumentToken implements Token {
  constructor(
    readonly index: number, readonly start: number, readonly end: number, readonly value: string,
    readonly normal: string, readonly lemma: string, readonly pos: PartOfSpeech, readonly type: string, readonly sentence: number,
  ) {}
}

/** Reads the text with wink-nlp once and returns the shared, read-only Document. */
export function readDocument(text: string): Document {
  const columns = readWinkColumns(text);
  const { starts, ends } = locateTokens(text, columns.values);
  const { sentences, sentenceOfToken } = buildSentences(columns, starts, ends);
  // One object of fixed shape per token, built in a plain loop: this runs once per token of every
  // article, and spreading an intermediate object here cost more than wink-nlp's own reading.
  const tokens: Token[] = new Array<Token>(columns.values.length);
  for (let index = 0; index < tokens.length; index += 1) {
    const start = starts[index] ?? 0;
    const end = ends[index] ?? 0;
    const value = columns.values[index] ?? '';
    tokens[index] = new DocumentToken(
      index, start, end,
      // A located token spans exactly wink's value, so that string (shared by every occurrence of the
      // word) serves instead of a fresh slice per token; an unlocated one has an empty span.
      end - start === value.length ? value : text.slice(start, end),
      columns.normals[index] ?? value,
      columns.lemmas[index] ?? value,
      columns.tags[index] ?? 'X',
      columns.types[index] ?? 'unk',
      sentenceOfToken[index] ?? 0,
    );
  }
  return { text, tokens, sentences, tokenStarts: starts };
}
