import { PERSON_TITLES, TITLE_MODIFIERS } from '../entities/lexicons/titles';
import { ORGANISATION_HEADS } from '../entities/lexicons/organisation-heads';
import type { Gazetteer } from '../entities/lexicons/gazetteer';
import { DEMAND_PHRASAL_VERBS, FRAMING_VERBS, PHRASAL_REPORTING_VERBS, PHRASAL_SPEECH_VERBS, SAYING_IDIOMS, SPEECH_VERBS } from '../quotes/lexicons/speech-verbs';
import { STANCE_WORDS, type CompiledFrames } from '../stances/compile-stance-frames';
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
  return Object.freeze({
    ...frames,
    phraseStarts,
    triggerStarts: new Set([...phraseStarts, ...frames.verbs.keys(), ...frames.nouns.keys()]),
    maxPhraseLength: Math.max(1, ...phrases.map((phrase) => phrase.split(' ').length)),
  });
}

/** Every lemma that can make a reporting cue, given the speech verbs. */
export function cueLemmasOf(speechVerbs: ReadonlySet<string>): ReadonlySet<string> {
  return new Set(['quote', 'continue', ...speechVerbs, ...FRAMING_VERBS, ...PHRASAL_SPEECH_VERBS.keys(), ...PHRASAL_REPORTING_VERBS.keys(), ...DEMAND_PHRASAL_VERBS.keys(), ...SAYING_IDIOMS.keys()]);
}

// The same Set objects the stages read before lexicons could be passed in, so the default
// annotator does exactly the look-ups it always did.
/** presswork's own lexicons, compiled once at load. */
export const DEFAULT_LEXICONS: CompiledLexicons = Object.freeze({
  knownGazetteer: undefined,
  knownPeople: Object.freeze({ entities: [], bySurnameVariant: new Map() }),
  organisationHeads: ORGANISATION_HEADS,
  titles: PERSON_TITLES,
  titlePhraseWords: new Set([...PERSON_TITLES, ...TITLE_MODIFIERS]),
  speechVerbs: SPEECH_VERBS,
  cueLemmas: cueLemmasOf(SPEECH_VERBS),
  stanceWords: withTriggerStarts(STANCE_WORDS),
  notNames: new Set<string>(),
});
