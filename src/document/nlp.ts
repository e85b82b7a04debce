import winkNLP from 'wink-nlp';
import type { Document as WinkDocument } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkNLP = ReturnType<typeof winkNLP>;
type WinkIts = WinkNLP['its'];

/** One learnable feature of wink-nlp's core model: a value ↔ index table that grows as words are read. */
interface LearnableFeature {
  readonly hash: Record<string, number>;
  readonly list: string[];
  index: number;
  readonly intrinsicSize: number;
}

/** wink-nlp's tokenizer rules: `rtc` holds the patterns its recursive tokenizer splits unknown chunks with. */
interface TokenizerRules {
  readonly rtc: ReadonlyArray<readonly [string, string, number]>;
}

/** The part of wink-nlp's core model that reading a text changes, and the rules it reads with. */
interface CoreModel {
  readonly features: Record<string, LearnableFeature>;
  /** How a word's features are packed: per feature `[word, mask, shift, …]`. */
  readonly packing: { readonly layout: Record<string, readonly number[]> };
  readonly trex: TokenizerRules;
  readonly tcat: { readonly hash: Record<string, number> };
}

/** A wink-nlp instance together with the core model it learns into. */
export interface WinkReader {
  readonly nlp: WinkNLP;
  readonly lexeme: LearnableFeature;
  /** The learnable features other than the lexeme (prefix, suffix, shape). */
  readonly otherFeatures: ReadonlyArray<{ readonly feature: LearnableFeature; readonly rebuildAt: number }>;
  /** Whether a learned word can stay learned without changing how any later text is read. */
  readonly isInertWord: (word: string) => boolean;
  /** The abbreviations (`U.S.`, `u.s.`) kept learned, forgotten before a text that writes one without its last point. */
  readonly keptAbbreviations: Set<string>;
  /** What has been read out of wink-nlp per word so far; it lives exactly as long as the lexicon. */
  readonly words: WordMemory;
}

/** What wink-nlp says about one word (one lexeme id) with one tag, the same wherever the pair occurs. */
export interface WordFacts {
  readonly value: string;
  readonly normal: string;
  readonly type: string;
  readonly lemma: string;
}

/**
 * Facts read out of wink-nlp once per distinct word and tag instead of once per token, keyed by
 * `wordId * 32 + tag number`. wink's lexeme id names one word for the life of the instance:
 * forgotten words are never given their id again (see `forgetLearnedWords`), and a rebuilt
 * instance starts a new memory.
 */
export type WordMemory = Map<number, WordFacts>;

// presswork reads tokens, sentences and POS tags (lemmas come from the model on demand). wink-nlp's
// own entities, negation and sentiment would cost a third of its reading time and nothing
// downstream looks at them, so the pipe runs only sentence boundaries and tagging.
const PIPE: readonly string[] = Object.freeze(['sbd', 'pos']);

// Every word wink-nlp learns, kept or forgotten, leaves a few packed numbers behind in a table of
// wink's that presswork cannot reach (see `forgetLearnedWords`). Past this many, the instance is
// rebuilt from a fresh core model (about 70 ms), which keeps a long-running worker's memory bounded.
const MAX_LEARNED_WORDS = 400_000;

// wink packs a word's prefix, suffix and shape as indices into bit fields of fixed width (prefix 13
// bits, shape 14, suffix 19). The tables of those values grow with the words read; the instance is
// rebuilt while one more text could still add this many values before an index spilled into its
// neighbour's bits.
const VALUES_ONE_TEXT_MAY_ADD = 2_000;

/** The largest index a feature's bit field holds, read from the model's packing layout. */
function largestIndexOf(core: CoreModel, name: string): number {
  const [, mask = 0, shift = 0] = core.packing.layout[name] ?? [];
  return mask >>> shift;
}

// A word made only of these letters is one `word` token wherever wink-nlp's tokenizer meets it,
// learned or not (the first pattern of its linear tokenizer), so keeping it learned changes nothing.
const LATIN_WORD = /^[a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]+$/;

// A number (`2016`, `250,000`, `3.5`) is one `number` token wherever the tokenizer meets it: no
// word pattern starts with a digit, and none of wink's other patterns takes digits alone. Numbers
// were nearly half of what news articles made wink-nlp forget and learn again in every text.
const PLAIN_NUMBER = /^\d+(?:[.,]\d+)*$/;

// Abbreviations of letters and points (`U.S.`, `e.g.`, `J.`) are one token wherever the tokenizer
// meets them, with one exception: a reader that has already met `U.S` (without its last point) in the
// same text splits `U.S.` into `U.S` + `.`, where a kept `U.S.` would be read whole. So they are kept
// learned, and forgotten again before any text that writes such a stem (STEM_OF_ABBREVIATION).
const ABBREVIATION = /^(?:[A-Za-z]\.)+$/;
// `U.S` is a stem when a letter, a point and a letter end it: the point is looked for first, because
// this runs over every text, and a letter before it tested last (the same matches as
// /(?:\p{L}\.)+\p{L}(?![\p{L}\p{N}.])/u, about ten times faster on news).
const STEM_OF_ABBREVIATION = /\.(?=\p{L}(?![\p{L}\p{N}.]))(?<=\p{L}\.)/u;

// The only mutable module-level state in presswork. Created on first use, so that importing the
// package costs nothing, and then kept, because loading the model takes about 70 ms and 100 MB.
// Each worker thread has its own.
let reader: WinkReader | undefined;

// wink-eng-lite-web-model's metaCER() stores JSON.stringify of its data back into that data on every
// call, so the data doubles with each wink-nlp instance built from the model: on ordinary news the
// reader was rebuilt about every 0.4 MB (see VALUES_ONE_TEXT_MAY_ADD), and around the twentieth
// rebuild the process grew past 900 MB and then threw a RangeError (or aborted). Every instance gets
// this first call's result; the call only encodes 4 KB, so making it at import costs nothing.
const CUSTOM_ENTITY_META: unknown = (model.metaCER as unknown as () => unknown)();

/** A fresh wink-nlp instance on a fresh core model. Exported for tests; presswork itself keeps one (see getReader). */
export function createReader(): WinkReader {
  let core: CoreModel | undefined;
  // wink-nlp keeps its core model private; wrapping the loader is the one way to reach the tables
  // that reading a text changes, without touching wink-nlp's code.
  const observedModel = {
    ...model,
    core: () => (core = (model.core as () => CoreModel)()),
    metaCER: () => CUSTOM_ENTITY_META,
  };
  const nlp = winkNLP(observedModel as unknown as typeof model, [...PIPE]);
  if (core === undefined) throw new Error('presswork: wink-nlp did not load its core model');
  const loaded: CoreModel = core;
  return {
    nlp,
    lexeme: loaded.features.lexeme as LearnableFeature,
    otherFeatures: Object.entries(loaded.features)
      .filter(([name, feature]) => typeof feature.intrinsicSize === 'number' && name !== 'lexeme')
      .map(([name, feature]) => ({ feature, rebuildAt: largestIndexOf(loaded, name) - VALUES_ONE_TEXT_MAY_ADD })),
    isInertWord: makeInertWordTest(loaded),
    words: new Map(),
    keptAbbreviations: new Set(),
  };
}

/**
 * A test for the learned words that may stay learned: Latin letters only, and no part of them taken
 * by one of the recursive tokenizer's non-word patterns (`USD` is split off as a currency, so a
 * learned `USD` would carry that type into texts where a fresh instance reads a plain word); such
 * words joined by hyphens; and plain numbers. Abbreviations are not inert (a learned `U.S.` is read
 * whole where a fresh instance that has just learned `U.S` splits it): they are kept apart, see ABBREVIATION.
 */
function makeInertWordTest(core: CoreModel): (word: string) => boolean {
  const wordCategory = core.tcat.hash.word;
  const otherPatterns = core.trex.rtc
    .filter(([, , category]) => category !== wordCategory)
    .map(([source, flags]) => new RegExp(source, flags.replace('g', '')));
  const isInertLatin = (word: string): boolean => LATIN_WORD.test(word) && !otherPatterns.some((pattern) => pattern.test(word));
  // `anti-war`, `so-called`: letters joined by hyphens are one `word` token like the letters alone.
  const isInertCompound = (word: string): boolean => word.includes('-') && word.split('-').every(isInertLatin);
  return (word) => isInertLatin(word) || PLAIN_NUMBER.test(word) || isInertCompound(word);
}

/**
 * Makes wink-nlp forget the words it learned while reading one text that could change how a later
 * text is read.
 *
 * wink-nlp adds every out-of-vocabulary word it reads to its lexicon, and its tokenizer then treats
 * that word as known: after `Trump's.` has been read once, `Trump's` is no longer split into
 * `Trump` + `'s` in any later text (wink-nlp issue #143). Forgetting such words after each text
 * makes every text read as by a fresh instance, so `annotate()` does not depend on what the process
 * read before. Plain words (`Kasowitz`) are kept: a fresh instance would learn them again with the
 * same features, and re-learning the names of an archive in every article was a quarter of
 * presswork's time per article.
 *
 * The lexeme list itself cannot shrink: wink keeps the features of learned words in a private
 * array indexed by position in that list, so positions are never reused; only the look-up entries
 * go. The prefix, suffix and shape tables stay as they are: kept words point into them, and an
 * index past the model's own values means "unknown" to the tagger whatever its number.
 */
function forgetLearnedWords(current: WinkReader, firstLearned: number): void {
  const { lexeme } = current;
  for (let index = firstLearned; index < lexeme.index; index += 1) {
    const word = lexeme.list[index];
    if (word === undefined || current.isInertWord(word)) continue;
    if (ABBREVIATION.test(word)) current.keptAbbreviations.add(word);
    else delete lexeme.hash[word];
  }
}

/** Before a text that writes an abbreviation without its last point, wink-nlp forgets the abbreviations it kept. */
function forgetAbbreviationsBefore(current: WinkReader, text: string): void {
  if (current.keptAbbreviations.size === 0 || !STEM_OF_ABBREVIATION.test(text)) return;
  for (const word of current.keptAbbreviations) delete current.lexeme.hash[word];
  current.keptAbbreviations.clear();
}

function hasOutgrownItsTables(current: WinkReader): boolean {
  return current.lexeme.index - current.lexeme.intrinsicSize > MAX_LEARNED_WORDS
    || current.otherFeatures.some(({ feature, rebuildAt }) => feature.index > rebuildAt);
}

// An archive of varied news meets a few hundred thousand distinct words; past this many remembered,
// the word memory starts again (about 100 bytes an entry), so a long-running worker stays bounded.
const MAX_REMEMBERED_WORDS = 200_000;

function getReader(): WinkReader {
  if (reader !== undefined && hasOutgrownItsTables(reader)) reader = undefined;
  reader ??= createReader();
  if (reader.words.size > MAX_REMEMBERED_WORDS) reader.words.clear();
  return reader;
}

/** What `readWithWink` hands to its callback: the wink-nlp document, `its`, and a test for learned words. */
export interface WinkReading {
  readonly doc: WinkDocument;
  readonly its: WinkIts;
  /** Whether wink-nlp's model did not know this token value before the current text. */
  readonly isLearnedWord: (value: string) => boolean;
  /** Facts already read out of this instance, per word. */
  readonly words: WordMemory;
}

/**
 * Reads a text with the process-wide wink-nlp instance (loading the model on the first call), hands
 * the reading to `extract`, and then makes wink-nlp forget what the text taught it. Everything that
 * is needed from the wink-nlp document must be taken out inside `extract`.
 */
export function readWithWink<T>(text: string, extract: (reading: WinkReading) => T): T {
  const current = getReader();
  forgetAbbreviationsBefore(current, text);
  const firstLearned = current.lexeme.index;
  try {
    const isLearnedWord = (value: string): boolean => (current.lexeme.hash[value] ?? -1) >= current.lexeme.intrinsicSize;
    return extract({ doc: current.nlp.readDoc(text), its: current.nlp.its, isLearnedWord, words: current.words });
  } finally {
    forgetLearnedWords(current, firstLearned);
  }
}
