import { firstIndexAtLeast } from '../document/first-index-at-least';
import type { EntityMention, EntityType } from '../types';
import type { Coreference } from './types';

// A reference points back at most this many sentences; beyond that the reader has lost the thread too.
export const REFERENCE_WINDOW_SENTENCES = 4;
// How many mentions a look-back may pass; a fixed bound keeps every look-back constant-time.
export const LOOK_BACK_MENTIONS = 80;

/** The index of the last entity mention that starts before `offset`, or -1. */
export function lastMentionBefore(coreference: Pick<Coreference, 'entities'>, offset: number): number {
  return firstIndexAtLeast(coreference.entities, offset, (mention) => mention.start) - 1;
}

/** The sentence that holds the character at `offset`: the last that starts at or before it (0 when none does). */
export function sentenceAtOffset(coreference: Pick<Coreference, 'doc'>, offset: number): number {
  return Math.max(0, firstIndexAtLeast(coreference.doc.sentences, offset + 1, (sentence) => sentence.start) - 1);
}

/**
 * The first mention that passes `test` in the nearest sentence before token `index` that has one (the
 * first mention of a sentence stands in for its subject), within the reference window.
 */
export function firstMentionOfNearestSentence(coreference: Coreference, index: number, test: (mention: EntityMention) => boolean): EntityMention | undefined {
  const sentence = coreference.doc.tokens[index]?.sentence ?? 0;
  const last = lastMentionBefore(coreference, coreference.doc.tokens[index]?.start ?? 0);
  let best: EntityMention | undefined;
  let bestSentence = -1;
  for (let m = last; m >= 0 && last - m < LOOK_BACK_MENTIONS; m -= 1) {
    const mention = coreference.entities[m];
    if (mention === undefined) break;
    const mentionSentence = sentenceAtOffset(coreference, mention.start);
    if (sentence - mentionSentence >= REFERENCE_WINDOW_SENTENCES || (bestSentence !== -1 && mentionSentence < bestSentence)) break;
    if (test(mention)) {
      best = mention;
      bestSentence = mentionSentence;
    }
  }
  return best;
}

/** The latest mention of `type` before token `index`, within the look-back bound. */
export function lastMentionOfType(coreference: Coreference, index: number, test: (type: EntityType, mention: EntityMention) => boolean): EntityMention | undefined {
  const last = lastMentionBefore(coreference, coreference.doc.tokens[index]?.start ?? 0);
  for (let m = last; m >= 0 && last - m < LOOK_BACK_MENTIONS; m -= 1) {
    const mention = coreference.entities[m];
    if (mention !== undefined && test(mention.type, mention)) return mention;
  }
  return undefined;
}
