import type { Document } from '../document/read-document';
import { findActorGroups } from './find-actor-groups';
import { makeClause } from './make-clause';
import { findClauseStances } from './find-clause-stances';
import type { StanceCast } from './find-stance-actors';
import { findStanceTriggers } from './find-stance-triggers';
import { PLURAL_ANAPHORS } from './lexicons/plural-anaphors';
import { STATEMENT_ANAPHORS } from './lexicons/statement-anaphors';
import type { ActorGroup, StanceActor } from './stance-actor';
import type { StanceEvidence } from './stance-evidence';

/** What anaphors refer back to: the last plural group of countries, the last sentence's holders. */
interface Antecedents {
  readonly plural: readonly string[];
  readonly holders: readonly string[];
}

/**
 * Finds `both countries`, `the two sides` … (the last plural group of countries named) and `the
 * comments`, `the move` … (the holders of the previous sentence's stances), each as a group.
 */
function findAnaphorGroups(doc: Document, first: number, end: number, antecedents: Antecedents): ActorGroup[] {
  const groups: ActorGroup[] = [];
  for (let index = first; index < end; index += 1) {
    for (const length of [3, 2]) {
      const words: string[] = [];
      for (let offset = 0; offset < length; offset += 1) words.push(doc.tokens[index + offset]?.normal ?? '');
      const phrase = words.join(' ');
      // `The comments were a rebuff …` opens its sentence; `denounced the move` is about a deed, not its doer.
      const isStatement = index === first && STATEMENT_ANAPHORS.has(phrase);
      const members = PLURAL_ANAPHORS.has(phrase) ? antecedents.plural : isStatement ? antecedents.holders : [];
      if (index + length > end || members.length === 0) continue;
      groups.push({ members, first: index, end: index + length, isPlace: false, isObject: false, isPossessor: false, isAdjective: false, isPeople: false });
      index += length - 1;
      break;
    }
  }
  return groups;
}

/** Returns the actors whose first token lies in `[first, end)`, scanning from `cursor` (actors are sorted). */
function actorsBetween(actors: readonly StanceActor[], cursor: number, first: number, end: number): { inRange: StanceActor[]; next: number } {
  let index = cursor;
  while (index < actors.length && (actors[index]?.first ?? 0) < first) index += 1;
  const inRange: StanceActor[] = [];
  while (index < actors.length && (actors[index]?.first ?? 0) < end) {
    inRange.push(actors[index] as StanceActor);
    index += 1;
  }
  return { inRange, next: index };
}

/**
 * Finds the stances each sentence states, with the groups of coordinated actors and the plural
 * anaphors (`both countries`) that refer back to the last group named. One pass over the sentences.
 * `speakers` gives, per sentence index, the party quoted in it: a stance word with no subject of its
 * own there is the speaker's (`“…,” he said, calling for cooperation with X`).
 */
export function findStanceEvidence(doc: Document, cast: StanceCast, speakers: ReadonlyMap<number, string> = new Map()): StanceEvidence[] {
  const evidence: StanceEvidence[] = [];
  let cursor = 0;
  let plural: readonly string[] = [];
  let holders: readonly string[] = [];
  doc.sentences.forEach((sentence, sentenceIndex) => {
    const { inRange, next } = actorsBetween(cast.actors, cursor, sentence.firstToken, sentence.endToken);
    cursor = next;
    const groups = [...findActorGroups(doc, inRange), ...findAnaphorGroups(doc, sentence.firstToken, sentence.endToken, { plural: plural.length >= 2 ? plural : [], holders })]
      .sort((a, b) => a.first - b.first);
    const triggers = findStanceTriggers(doc, sentence.firstToken, sentence.endToken);
    const found = triggers.length === 0 ? [] : findClauseStances(makeClause(doc, sentence.firstToken, sentence.endToken, sentenceIndex, groups, triggers, speakers.get(sentenceIndex)));
    evidence.push(...found);
    holders = [...new Set(found.map((item) => item.holder))];
    for (const group of groups) if (group.members.length >= 2 && !group.isPlace && !group.isPeople) plural = group.members;
  });
  return evidence;
}
