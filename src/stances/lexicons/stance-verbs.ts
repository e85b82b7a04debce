import { STANCE_WORDS } from '../compile-stance-frames';
import type { StanceWord } from '../stance-word';

/**
 * The verb frames of `stance-frames.ts` by lemma: a view, not a list of its own. It stays at this
 * path because `targetSentiment` reads verb polarity from it.
 */
export const STANCE_VERBS: ReadonlyMap<string, StanceWord> = STANCE_WORDS.verbs;
