import type { Document } from '../document/read-document';
import { findActorGroups } from './find-actor-groups';
import { makeClause } from './make-clause';
import { findClauseStances } from './find-clause-stances';
import { findNamingStances, findNamingVerbs } from './find-naming-stances';
import type { StanceCast } from './find-stance-actors';
import { findStanceTriggers, type StanceTrigger } from './find-stance-triggers';
import type { StanceTriggerWords } from '../lexicons/compiled-lexicons';
import { ORGANISATION_ANAPHORS, PLURAL_ANAPHORS } from './lexicons/plural-anaphors';
import { STATEMENT_ANAPHORS } from './lexicons/statement-anaphors';
import { ANAPHOR_SECOND, ANAPHOR_START, isMarked, type StanceWordMarks } from './mark-stance-words';
import type { ActorGroup, StanceActor } from './stance-actor';
import type { StanceEvidence } from './stance-evidence';

/** What anaphors refer back to: the last plural group of parties and of organisations, the last sentence's holders. */
interface Antecedents {
  readonly plural: readonly string[];
  readonly organisations: readonly string[];
  readonly holders: readonly string[];
}

// The longest anaphor, in words (`the two organizations`).
const MAX_ANAPHOR_WORDS = 3;

/**
 * Finds `both countries`, `the two sides` … (the last plural group of countries named) and `the
 * comments`, `the move` … (the holders of the previous sentence's stances), each as a group.
 */
function findAnaphorGroups(doc: Document, marks: StanceWordMarks, first: number, end: number, antecedents: Antecedents): ActorGroup[] {
  const groups: ActorGroup[] = [];
  if (antecedents.plural.length === 0 && antecedents.organisations.length === 0 && antecedents.holders.length === 0) return groups;
  for (let index = first; index < end; index += 1) {
    // Only a word an anaphor starts with, before one an anaphor has second, builds a key.
    if (!isMarked(marks, index, ANAPHOR_START) || !isMarked(marks, index + 1, ANAPHOR_SECOND)) continue;
    const start = doc.tokens[index]?.normal ?? '';
    for (let length = MAX_ANAPHOR_WORDS; length >= 2; length -= 1) {
      let phrase = start;
      for (let offset = 1; offset < length; offset += 1) phrase += ` ${doc.tokens[index + offset]?.normal ?? ''}`;
      // `The comments were a rebuff …` opens its sentence; `denounced the move` is about a deed, not its doer.
      const isStatement = index === first && STATEMENT_ANAPHORS.has(phrase);
      const members = PLURAL_ANAPHORS.has(phrase) ? antecedents.plural
        : ORGANISATION_ANAPHORS.has(phrase) ? antecedents.organisations : isStatement ? antecedents.holders : [];
      if (index + length > end || members.length === 0) continue;
      groups.push({ members, first: index, end: index + length, isPlace: false, isObject: false, isPossessor: false, isAdjective: false, isPeople: false, isOrganisations: false });
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

/** The triggers that start outside every actor's name: a stance word inside one (`Fire Department`, `Ban Ki-moon`) states nothing. */
function outsideNames(triggers: StanceTrigger[], actors: readonly StanceActor[]): StanceTrigger[] {
  if (triggers.length === 0 || actors.length === 0) return triggers;
  return triggers.filter((trigger) => !actors.some((actor) => trigger.first >= actor.first && trigger.first < actor.end));
}

/**
 * Finds the stances each sentence states, with the groups of coordinated actors and the plural
 * anaphors (`both countries`) that refer back to the last group named. One pass over the sentences.
 * `speakers` gives, per sentence index, the party quoted in it: a stance word with no subject of its
 * own there is the speaker's (`“…,” he said, calling for cooperation with X`).
 */
export function findStanceEvidence(
  doc: Document, cast: StanceCast, speakers: ReadonlyMap<number, string>, words: StanceTriggerWords, marks: StanceWordMarks,
): StanceEvidence[] {
  const evidence: StanceEvidence[] = [];
  let cursor = 0;
  let plural: readonly string[] = [];
  let organisations: readonly string[] = [];
  let holders: readonly string[] = [];
  doc.sentences.forEach((sentence, sentenceIndex) => {
    const { inRange, next } = actorsBetween(cast.actors, cursor, sentence.firstToken, sentence.endToken);
    cursor = next;
    const anaphors = findAnaphorGroups(doc, marks, sentence.firstToken, sentence.endToken, { plural: plural.length >= 2 ? plural : [], organisations, holders });
    const actorGroups = findActorGroups(doc, marks, inRange);
    // Actor groups come in text order; anaphors interleave with them.
    const groups = anaphors.length === 0 ? actorGroups : [...actorGroups, ...anaphors].sort((a, b) => a.first - b.first);
    const triggers = outsideNames(findStanceTriggers(doc, sentence.firstToken, sentence.endToken, words, marks), inRange);
    const namings = groups.length < 2 ? [] : findNamingVerbs(marks, sentence.firstToken, sentence.endToken);
    const clause = triggers.length === 0 && namings.length === 0 ? undefined
      : makeClause(doc, marks, sentence.firstToken, sentence.endToken, sentenceIndex, groups, triggers, speakers.get(sentenceIndex));
    const found = clause === undefined ? [] : namings.length === 0 ? findClauseStances(clause) : [...findClauseStances(clause), ...findNamingStances(clause, namings)];
    for (const item of found) evidence.push(item);
    holders = found.length === 0 ? [] : [...new Set(found.map((item) => item.holder))];
    for (const group of groups) {
      if (group.members.length >= 2 && !group.isPlace && !group.isPeople) plural = group.members;
      if (group.members.length >= 2 && group.isOrganisations) organisations = group.members;
    }
  });
  return evidence;
}
