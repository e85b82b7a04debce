import { PERSON_TITLES, TITLE_MODIFIERS } from '../entities/lexicons/titles';
import { ORGANISATION_HEADS } from '../entities/lexicons/organisation-heads';
import type { Gazetteer } from '../entities/lexicons/gazetteer';
import { DEMAND_PHRASAL_VERBS, FRAMING_VERBS, PHRASAL_REPORTING_VERBS, PHRASAL_SPEECH_VERBS, SAYING_IDIOMS, SPEECH_VERBS } from '../quotes/lexicons/speech-verbs';
import { STANCE_WORDS, type CompiledFrames } from '../stances/compile-stance-frames';
import { keyHash } from '../entities/name-keys';
import type { KnownEntity } from '../types';

/** The stance frames with what finding triggers derives from them, so it derives nothing per call. */
export interface StanceTriggerWords extends CompiledFrames {
  /** Every word sequence a phrase frame starts with, up to a space (`fight`, `fight alongside`). */
  readonly phraseStarts: ReadonlySet<string>;
  /** Every lemma or normal form a trigger can start with. */
  readonly triggerStarts: ReadonlySet<string>;
  /** The longest phrase frame, in words. */
  readonly maxPhraseLength: number;
}

/** The caller's known people, indexed so a document registers only those it may mention. */
export interface KnownPeople {
  /** Every known entity, in the caller's order. */
  readonly entities: readonly KnownEntity[];
  /** Each spelling variant of a known person's surname → the positions in `entities` of its people. */
  readonly bySurnameVariant: ReadonlyMap<string, readonly number[]>;
  /**
   * One bit per keyHash (modulo its length in bits), set for every key of `bySurnameVariant`: a
   * word whose variants' bits are all clear is no known surname's variant, found without building
   * a variant string or probing the large map (see knownPeopleIn). A set bit is only a maybe.
   */
  readonly variantFilter: Uint8Array;
}

/**
 * Every lexicon the stages read, built once and frozen: the library's own (`DEFAULT_LEXICONS`) or
 * those plus a caller's additions (`createAnnotator`). The stages receive it as an argument and
 * never read a module constant for these lists, so two annotators never see each other's words.
 */
export interface CompiledLexicons {
  /** The caller's known entities as a gazetteer, or `undefined` when there are none. */
  readonly knownGazetteer: Gazetteer | undefined;
  /** The caller's known entities, for linking people by surname. */
  readonly knownPeople: KnownPeople;
  /** Lower-cased words that end an organisation's name (`union`, `rovers`). */
  readonly organisationHeads: ReadonlySet<string>;
  /** Lower-cased person titles (`president`, `coach`). */
  readonly titles: ReadonlySet<string>;
  /** Titles and the words that qualify them, for one look-up per token in a title phrase. */
  readonly titlePhraseWords: ReadonlySet<string>;
  /** Lemmas of verbs of saying (`say`, `fume`). */
  readonly speechVerbs: ReadonlySet<string>;
  /** Every lemma that can start a reporting cue. */
  readonly cueLemmas: ReadonlySet<string>;
  /** The stance frames, compiled. */
  readonly stanceWords: StanceTriggerWords;
  /** Lower-cased words that are never part of a name, even capitalised (`Brexit`). */
  readonly notNames: ReadonlySet<string>;
}

/** Adds what finding triggers needs to the compiled frames. */
export function withTriggerStarts(frames: CompiledFrames): StanceTriggerWords {
  const phrases = [...frames.phrases.keys()];
  const phraseStarts = new Set(phrases.flatMap((phrase) => [...phrase.matchAll(/ /gu)].map((space) => phrase.slice(0, space.index))));
  // Every field named, not `...frames`: a spread object's hidden class depends on when it was made
  // (V8 sized the default's with one more in-object slot), and two classes at one property read make
  // the stages' look-ups polymorphic in a process that runs the default and an annotator.
  return Object.freeze({
    verbs: frames.verbs,
    nouns: frames.nouns,
    phrases: frames.phrases,
    phraseStarts,
    triggerStarts: new Set([...phraseStarts, ...frames.verbs.keys(), ...frames.nouns.keys()]),
    maxPhraseLength: Math.max(1, ...phrases.map((phrase) => phrase.split(' ').length)),
  });
}

// Bits of the variant filter per surname variant: with 16, about one word's variant in 16 that
// is no known one still finds its bit set (and costs a map look-up).
const FILTER_BITS_PER_VARIANT = 16;

function variantFilterOf(variants: Iterable<string>, count: number): Uint8Array {
  // A power of two, so that a hash's bit is found with a mask.
  const bits = count === 0 ? 0 : 2 ** Math.ceil(Math.log2(Math.max(8, count * FILTER_BITS_PER_VARIANT)));
  const filter = new Uint8Array(bits / 8);
  for (const variant of variants) {
    const bit = keyHash(variant) & (bits - 1);
    filter[bit >>> 3] = (filter[bit >>> 3] ?? 0) | (1 << (bit & 7));
  }
  return filter;
}

/** The known people and their surname index, in one shape for the default and every annotator. */
export function knownPeopleOf(entities: readonly KnownEntity[], bySurnameVariant: ReadonlyMap<string, readonly number[]>): KnownPeople {
  const variantFilter = variantFilterOf(bySurnameVariant.keys(), bySurnameVariant.size);
  return Object.freeze({ entities: Object.freeze([...entities]), bySurnameVariant, variantFilter });
}

/**
 * Builds the compiled object. The default and every annotator's lexicons are made here, by one
 * object literal, so they share one hidden class: the stages read them at the same property reads,
 * which stay monomorphic when both run in one process.
 */
export function compiledLexiconsOf(parts: CompiledLexicons): CompiledLexicons {
  return Object.freeze({
    knownGazetteer: parts.knownGazetteer,
    knownPeople: parts.knownPeople,
    organisationHeads: parts.organisationHeads,
    titles: parts.titles,
    titlePhraseWords: parts.titlePhraseWords,
    speechVerbs: parts.speechVerbs,
    cueLemmas: parts.cueLemmas,
    stanceWords: parts.stanceWords,
    notNames: parts.notNames,
  });
}

/** Every lemma that can make a reporting cue, given the speech verbs. */
export function cueLemmasOf(speechVerbs: ReadonlySet<string>): ReadonlySet<string> {
  return new Set(['quote', 'continue', ...speechVerbs, ...FRAMING_VERBS, ...PHRASAL_SPEECH_VERBS.keys(), ...PHRASAL_REPORTING_VERBS.keys(), ...DEMAND_PHRASAL_VERBS.keys(), ...SAYING_IDIOMS.keys()]);
}

// The same Set objects the stages read before lexicons could be passed in, so the default
// annotator does exactly the look-ups it always did.
/** presswork's own lexicons, compiled once at load. */
export const DEFAULT_LEXICONS: CompiledLexicons = compiledLexiconsOf({
  knownGazetteer: undefined,
  knownPeople: knownPeopleOf([], new Map()),
  organisationHeads: ORGANISATION_HEADS,
  titles: PERSON_TITLES,
  titlePhraseWords: new Set([...PERSON_TITLES, ...TITLE_MODIFIERS]),
  speechVerbs: SPEECH_VERBS,
  cueLemmas: cueLemmasOf(SPEECH_VERBS),
  stanceWords: withTriggerStarts(STANCE_WORDS),
  notNames: new Set<string>(),
});
