import { tokenIndexAtOffset } from '../document/accessors';
import { actorsIn } from './actors-in';
import { findSpeakerParty } from './find-speaker-party';
import type { Document } from '../document/read-document';
import type { Quote } from '../types';
import { makeClause, type Clause } from './make-clause';
import { findActorGroups } from './find-actor-groups';
import { findClauseStances } from './find-clause-stances';
import type { StanceCast } from './find-stance-actors';
import { findStanceSubject } from './find-stance-subject';
import { findStanceTriggers } from './find-stance-triggers';
import { FIRST_PERSON_PRONOUNS } from './lexicons/first-person-pronouns';
import { HOSTILE_ACTS } from './lexicons/hostile-acts';
import type { StanceActor } from './stance-actor';
import type { StanceEvidence } from './stance-evidence';

// A hostile act the speaker ascribes to someone is a mild stance: the speaker reports, not declares.
const PORTRAYAL_STRENGTH = 2 / 3;

function withFirstPerson(doc: Document, actors: readonly StanceActor[], first: number, end: number, speaker: string): StanceActor[] {
  const pronouns: StanceActor[] = [];
  for (let index = first; index < end; index += 1) {
    if (FIRST_PERSON_PRONOUNS.has(doc.tokens[index]?.normal ?? '')) {
      pronouns.push({ name: speaker, first: index, end: index + 1, type: 'PRON', isAdjective: false });
    }
  }
  return [...actors, ...pronouns].sort((a, b) => a.first - b.first);
}

function hasTriggerBetween(clause: Clause, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (clause.triggerAt.has(index)) return true;
  return false;
}

/** The speaker opposes whoever the quote says commits a hostile act (`“X plots to dominate the region”`). */
function findPortrayals(clause: Clause, speaker: string): StanceEvidence[] {
  const evidence: StanceEvidence[] = [];
  for (const trigger of clause.triggers) {
    if (!HOSTILE_ACTS.has(trigger.lemma)) continue;
    const subject = findStanceSubject(clause, trigger.first);
    // Only the doer itself: in `X is against attempts to dictate`, X does not dictate.
    if (subject == null || hasTriggerBetween(clause, subject.group.end, trigger.first)) continue;
    for (const target of subject.group.members) {
      if (target === speaker) continue;
      evidence.push({ holder: speaker, target, sign: -1, strength: PORTRAYAL_STRENGTH, sentence: clause.sentence, rule: `quote:${trigger.lemma}` });
    }
  }
  return evidence;
}

/**
 * Finds the stances quoted speakers hold by what they say: a stance word in the quote with no
 * holder of its own, or with `we`/`us` as holder, is the speaker's; so is hostility they ascribe.
 */
export function findQuoteStances(doc: Document, cast: StanceCast, quotes: readonly Quote[]): StanceEvidence[] {
  const evidence: StanceEvidence[] = [];
  for (const quote of quotes) {
    const speaker = findSpeakerParty(doc, cast, quote);
    const first = tokenIndexAtOffset(doc, quote.content.start);
    const end = tokenIndexAtOffset(doc, quote.content.end);
    const sentence = doc.tokens[first]?.sentence;
    if (speaker === undefined || end <= first || sentence === undefined) continue;
    const actors = withFirstPerson(doc, actorsIn(cast.actors, first, end), first, end, speaker);
    const clause = makeClause(doc, first, end, sentence, findActorGroups(doc, actors), findStanceTriggers(doc, first, end), speaker);
    // The speaker's own stances, and relations among a group the speaker is part of (`between us and X`).
    const own = findClauseStances(clause)
      .filter((item) => item.holder === speaker || (item.target === speaker && item.rule.startsWith('among:')));
    evidence.push(...own.map((item) => ({ ...item, rule: `quote:${item.rule}` })));
    // Only the speaker's own words portray: an indirect quote's clause is the reporter's paraphrase
    // and may run on into what others did (`X urged Y to stop, while Z threatened W`).
    if (quote.kind !== 'indirect') evidence.push(...findPortrayals(clause, speaker));
  }
  return evidence;
}
