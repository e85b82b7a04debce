import type { Document } from '../document/read-document';
import type { StanceTrigger } from './find-stance-triggers';
import type { StanceWordMarks } from './mark-stance-words';
import type { ActorGroup } from './stance-actor';

/** A stretch of tokens searched for stances: a sentence, or a quote's content. */
export interface Clause {
  /** The document. */
  readonly doc: Document;
  /** The document's stance word marks (see markStanceWords). */
  readonly marks: StanceWordMarks;
  /** The index of the first token. */
  readonly first: number;
  /** The index just past the last token. */
  readonly end: number;
  /** The index of the sentence the evidence belongs to. */
  readonly sentence: number;
  /** The actor groups, in text order. */
  readonly groups: readonly ActorGroup[];
  /** The stance words, in text order. */
  readonly triggers: readonly StanceTrigger[];
  /** The group starting at each token index. */
  readonly groupAt: ReadonlyMap<number, ActorGroup>;
  /** The group whose last token is at each token index. */
  readonly groupEndingAt: ReadonlyMap<number, ActorGroup>;
  /** The trigger starting at each token index. */
  readonly triggerAt: ReadonlyMap<number, StanceTrigger>;
  /** Who holds a stance that has no holder in the clause: the speaker of a quote. */
  readonly defaultHolder: string | undefined;
}

/** Indexes groups and triggers by token so that every look-up in a clause is a hash look-up. */
export function makeClause(
  doc: Document, marks: StanceWordMarks, first: number, end: number, sentence: number, groups: readonly ActorGroup[],
  triggers: readonly StanceTrigger[], defaultHolder?: string,
): Clause {
  const groupAt = new Map<number, ActorGroup>();
  const groupEndingAt = new Map<number, ActorGroup>();
  for (const group of groups) {
    groupAt.set(group.first, group);
    groupEndingAt.set(group.end - 1, group);
  }
  const triggerAt = new Map<number, StanceTrigger>();
  for (const trigger of triggers) triggerAt.set(trigger.first, trigger);
  return { doc, marks, first, end, sentence, groups, triggers, groupAt, groupEndingAt, triggerAt, defaultHolder };
}
