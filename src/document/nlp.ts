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

/** The part of wink-nlp's core model that reading a text changes. */
interface CoreModel {
  readonly features: Record<string, LearnableFeature>;
}

/** A wink-nlp instance together with the core model it learns into. */
interface WinkReader {
  readonly nlp: WinkNLP;
  readonly lexeme: LearnableFeature;
  /** The learnable features other than the lexeme (prefix, suffix, shape). */
  readonly otherFeatures: readonly LearnableFeature[];
}

// presswork reads tokens, sentences and POS tags (lemmas come from the model on demand). wink-nlp's
// own entities, negation and sentiment would cost a third of its reading time and nothing
// downstream looks at them, so the pipe runs only sentence boundaries and tagging.
const PIPE: readonly string[] = Object.freeze(['sbd', 'pos']);

// Every word wink-nlp forgets still leaves a few packed numbers behind in a table of wink's that
// presswork cannot reach (see `forgetLearnedWords`). Past this many, the instance is rebuilt from a
// fresh core model (about 70 ms), which keeps a long-running worker's memory bounded.
const MAX_FORGOTTEN_WORDS = 400_000;

// The only mutable module-level state in presswork. Created on first use, so that importing the
// package costs nothing, and then kept, because loading the model takes about 70 ms and 100 MB.
// Each worker thread has its own.
let reader: WinkReader | undefined;

function createReader(): WinkReader {
  let core: CoreModel | undefined;
  // wink-nlp keeps its core model private; wrapping the loader is the one way to reach the tables
  // that reading a text changes, without touching wink-nlp's code.
  const observedModel = { ...model, core: () => (core = (model.core as () => CoreModel)()) };
  const nlp = winkNLP(observedModel as unknown as typeof model, [...PIPE]);
  if (core === undefined) throw new Error('presswork: wink-nlp did not load its core model');
  const learnable = Object.values(core.features).filter((feature) => typeof feature.intrinsicSize === 'number');
  return {
    nlp,
    lexeme: core.features.lexeme as LearnableFeature,
    otherFeatures: learnable.filter((feature) => feature !== core?.features.lexeme),
  };
}

/**
 * Makes wink-nlp forget the words and feature values it learned while reading one text.
 *
 * wink-nlp adds every out-of-vocabulary word it reads to its lexicon, and its tokenizer then treats
 * that word as known: after `Trump's.` has been read once, `Trump's` is no longer split into
 * `Trump` + `'s` in any later text (wink-nlp issue #143). Forgetting after each text makes every
 * text read as by a fresh instance, so `annotate()` does not depend on what the process read before.
 *
 * The lexeme list itself cannot shrink: wink keeps the features of learned words in a private
 * array indexed by position in that list, so positions are never reused; only the look-up entries
 * go. Prefix, suffix and shape values are referenced only from that private array, by the entries
 * of words already forgotten, so their tables return to the model's own size.
 */
function forgetLearnedWords(current: WinkReader, firstLearned: number): void {
  const { lexeme } = current;
  for (let index = firstLearned; index < lexeme.index; index += 1) {
    const word = lexeme.list[index];
    if (word !== undefined) delete lexeme.hash[word];
  }
  for (const feature of current.otherFeatures) {
    for (let index = feature.intrinsicSize; index < feature.index; index += 1) {
      const value = feature.list[index];
      if (value !== undefined) delete feature.hash[value];
    }
    feature.list.length = feature.intrinsicSize;
    feature.index = feature.intrinsicSize;
  }
}

function getReader(): WinkReader {
  if (reader !== undefined && reader.lexeme.index - reader.lexeme.intrinsicSize > MAX_FORGOTTEN_WORDS) {
    reader = undefined;
  }
  reader ??= createReader();
  return reader;
}

/** What `readWithWink` hands to its callback: the wink-nlp document, `its`, and a test for learned words. */
export interface WinkReading {
  readonly doc: WinkDocument;
  readonly its: WinkIts;
  /** Whether wink-nlp's model did not know this token value before the current text. */
  readonly isLearnedWord: (value: string) => boolean;
}

/**
 * Reads a text with the process-wide wink-nlp instance (loading the model on the first call), hands
 * the reading to `extract`, and then makes wink-nlp forget what the text taught it. Everything that
 * is needed from the wink-nlp document must be taken out inside `extract`.
 */
export function readWithWink<T>(text: string, extract: (reading: WinkReading) => T): T {
  const current = getReader();
  const firstLearned = current.lexeme.index;
  try {
    const isLearnedWord = (value: string): boolean => (current.lexeme.hash[value] ?? -1) >= current.lexeme.intrinsicSize;
    return extract({ doc: current.nlp.readDoc(text), its: current.nlp.its, isLearnedWord });
  } finally {
    forgetLearnedWords(current, firstLearned);
  }
}
