import type { Document } from '../document/read-document';
import { findActorGroups } from './find-actor-groups';
import { makeClause } from './make-clause';
import { findClauseStances } from './find-clause-stances';
import { findNamingStances, findNamingVerbs } from './find-naming-stances';
import type { StanceCast } from './find-stance-actors';
import { findStanceTriggers } from './find-stance-triggers';
import { DEFAULT_LEXICONS, type StanceTriggerWords } from '../lexicons/compiled-lexicons';
import { ORGANISATION_ANAPHORS, PLURAL_ANAPHORS } from './lexicons/plural-anaphors';
import { STATEMENT_ANAPHORS } from './lexicons/statement-anaphors';
import type { ActorGroup, StanceActor } from './stance-actor';
import type { StanceEvidence } from './stance-evidence';

/** What anaphors refer back to: the last plural group of parties and of organisations, the last sentence's holders. */
interface Antecedents {
  readonly plural: readonly string[];
  readonly organisations: readonly string[];
  readonly holders: readonly string[];
}

// Every word sequence an anaphor starts with, up to a space (`the`, `the two`, `both`): an anaphor can
// only start at a token whose normal form is one of them, so the others build no key.
const ANAPHOR_STARTS: ReadonlySet<string> = new Set(
  [...PLURAL_ANAPHORS, ...ORGANISATION_ANAPHORS, ...STATEMENT_ANAPHORS].flatMap((phrase) => [...phrase.matchAll(/ /gu)].map((space) => phrase.slice(0, space.index))),
);

// Every anaphor's second word (`two`, `comments`): most `the` are followed by none, and build no key.
const ANAPHOR_SECONDS: ReadonlySet<string> = new Set(
  [...PLURAL_ANAPHORS, ...ORGANISATION_ANAPHORS, ...STATEMENT_ANAPHORS].map((phrase) => phrase.split(' ')[1] ?? ''),
);

// The longest anaphor, in words (`the two organizations`).
const MAX_ANAPHOR_WORDS = 3;

/**
 * Finds `both countries`, `the two sides` … (the last plural group of countries named) and `the
 * comments`, `the move` … (the holders of the previous sentence's stances), each as a group.
 */
function findAnaphorGroups(doc: Document, first: number, end: number, antecedents: Antecedents): ActorGroup[] {
  const groups: ActorGroup[] = [];
  if (antecedents.plural.length === 0 && antecedents.organisations.length === 0 && antecedents.holders.length === 0) return groups;
  for (let index = first; index < end; index += 1) {
    const start = doc.tokens[index]?.normal ?? '';
    if (!ANAPHOR_STARTS.has(start) || !ANAPHOR_SECONDS.has(doc.tokens[index + 1]?.normal ?? '')) continue;
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

/**
 * Finds the stances each sentence states, with the groups of coordinated actors and the plural
 * anaphors (`both countries`) that refer back to the last group named. One pass over the sentences.
 * `speakers` gives, per sentence index, the party quoted in it: a stance word with no subject of its
 * own there is the speaker's (`“…,” he said, calling for cooperation with X`).
 */
export function findStanceEvidence(
  doc: Document, cast: StanceCast, speakers: ReadonlyMap<number, string> = new Map(), words: StanceTriggerWords = DEFAULT_LEXICONS.stanceWords,
): StanceEvidence[] {
  const evidence: StanceEvidence[] = [];
  let cursor = 0;
  let plural: readonly string[] = [];
  let organisations: readonly string[] = [];
  let holders: readonly string[] = [];
  doc.sentences.forEach((sentence, sentenceIndex) => {
    const { inRange, next } = actorsBetween(cast.actors, cursor, sentence.firstToken, sentence.endToken);
    cursor = next;
    const anaphors = findAnaphorGroups(doc, sentence.firstToken, sentence.endToken, { plural: plural.length >= 2 ? plural : [], organisations, holders });
    const actorGroups = findActorGroups(doc, inRange);
    // Actor groups come in text order; anaphors interleave with them.
    const groups = anaphors.length === 0 ? actorGroups : [...actorGroups, ...anaphors].sort((a, b) => a.first - b.first);
    // A stance word inside a name (`Fire Department`, `Ban Ki-moon`) states nothing.
    const triggers = findStanceTriggers(doc, sentence.firstToken, sentence.endToken, words)
      .filter((trigger) => !inRange.some((actor) => trigger.first >= actor.first && trigger.first < actor.end));
    const namings = groups.length < 2 ? [] : findNamingVerbs({ doc }, sentence.firstToken, sentence.endToken);
    const clause = triggers.length === 0 && namings.length === 0 ? undefined
      : makeClause(doc, sentence.firstToken, sentence.endToken, sentenceIndex, groups, triggers, speakers.get(sentenceIndex));
    const found = clause === undefined ? [] : [...findClauseStances(clause), ...findNamingStances(clause, namings)];
    evidence.push(...found);
    holders = found.length === 0 ? [] : [...new Set(found.map((item) => item.holder))];
    for (const group of groups) {
      if (group.members.length >= 2 && !group.isPlace && !group.isPeople) plural = group.members;
      if (group.members.length >= 2 && group.isOrganisations) organisations = group.members;
    }
  });
  return evidence;
}
