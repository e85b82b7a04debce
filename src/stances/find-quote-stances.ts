import { tokenIndexAtOffset } from '../document/accessors';
import type { Document } from '../document/read-document';
import type { Quote } from '../types';
import { actorsIn } from './actors-in';
import { findActorGroups } from './find-actor-groups';
import { findClauseStances } from './find-clause-stances';
import type { StanceCast } from './find-stance-actors';
import { findStanceTriggers } from './find-stance-triggers';
import type { StanceTriggerWords } from '../lexicons/compiled-lexicons';
import { findStanceObject } from './find-stance-object';
import { findStanceSubject } from './find-stance-subject';
import { makeClause, type Clause } from './make-clause';
import { FIRST_PERSON, isMarked, SECOND_PERSON, type StanceWordMarks } from './mark-stance-words';
import type { StanceActor } from './stance-actor';
import type { StanceEvidence } from './stance-evidence';
import { scoreTargetSentiment } from './target-sentiment';

// `targetSentiment` reads how the quote portrays an entity; below this floor the portrayal is
// too weak or too unsure to count as the speaker's stance (its scores cluster near 0 on neutral text).
const SENTIMENT_FLOOR = 0.45;
// A portrayal is weaker evidence than a stance word: the speaker describes, not declares, so one
// quote scores at most this much and the document's other statements can outweigh it.
const PORTRAYAL_STRENGTH = 0.5;

// A place in a quote is mostly where or for whom something happens (`a win for X's voters`), not the
// party judged, and a nationality is rarely the one judged either: portrayals are of people and organisations.
const PORTRAYED_TYPES: ReadonlySet<string> = new Set(['PERSON', 'ORG']);

/** The party a quote is told to: the one named right after a `tell` cue. */
function findAddressee(doc: Document, cast: StanceCast, quote: Quote): StanceActor | undefined {
  if (quote.cue === null) return undefined;
  const cue = tokenIndexAtOffset(doc, quote.cue.start);
  if (doc.tokens[cue]?.lemma !== 'tell') return undefined;
  const addressee = actorsIn(cast.actors, cue + 1, cue + 2)[0];
  return addressee?.type === 'PERSON' || addressee?.type === 'ORG' ? addressee : undefined;
}

/** The quote's named parties, with `we`/`us` standing for the speaker and `you` for the addressee. */
function withPersons(marks: StanceWordMarks, actors: readonly StanceActor[], first: number, end: number, speaker: string, addressee: StanceActor | undefined): readonly StanceActor[] {
  const pronouns: StanceActor[] = [];
  for (let index = first; index < end; index += 1) {
    if (isMarked(marks, index, FIRST_PERSON)) {
      pronouns.push({ name: speaker, first: index, end: index + 1, type: 'PRON', isAdjective: false });
    } else if (addressee !== undefined && isMarked(marks, index, SECOND_PERSON)) {
      // `you` in a quote told to someone (`"You should resign," X told Y`) is Y.
      pronouns.push({ ...addressee, first: index, end: index + 1 });
    }
  }
  return pronouns.length === 0 ? actors : [...actors, ...pronouns].sort((a, b) => a.first - b.first);
}

function hasTriggerBetween(clause: Clause, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (clause.triggerAt.has(index)) return true;
  return false;
}

/** The speaker opposes whoever the quote says commits a hostile act (`“X plots to dominate the region”`). */
function findHostileDoers(clause: Clause, speaker: string): StanceEvidence[] {
  const evidence: StanceEvidence[] = [];
  for (const trigger of clause.triggers) {
    if (trigger.word.act === undefined) continue;
    const subject = findStanceSubject(clause, trigger.first);
    // Only the doer itself: in `X is against attempts to dictate`, X does not dictate.
    if (subject == null || hasTriggerBetween(clause, subject.group.end, trigger.first)) continue;
    for (const target of subject.group.members) {
      if (target !== speaker) evidence.push({ holder: speaker, target, sign: -1, strength: PORTRAYAL_STRENGTH, sentence: clause.sentence, rule: `quote:act:${trigger.lemma}` });
    }
  }
  return evidence;
}

/** The parties a stance word of the quote is about: stance is not sentiment, so the victim of an act is not portrayed. */
function findReached(clause: Clause): Set<string> {
  const reached = new Set<string>();
  for (const trigger of clause.triggers) {
    for (const name of findStanceObject(clause, trigger)?.group.members ?? []) reached.add(name);
  }
  return reached;
}

// Words after which a party's portrayal is someone else's claim or a supposition, not the speaker's
// view: `by saying X is not a citizen`, `if X is not legitimate`.
const REPORTING_LEMMAS: ReadonlySet<string> = new Set(['say', 'claim', 'suggest', 'insist', 'allege', 'argue', 'if', 'whether']);
// How far back, in tokens, such a word still governs the party (`saying that President X`).
const MAX_REPORTING_DISTANCE = 4;

function isReportedOrHypothetical(doc: Document, first: number, sentence: number | undefined): boolean {
  for (let index = first - 1; index >= 0 && first - index <= MAX_REPORTING_DISTANCE; index -= 1) {
    const token = doc.tokens[index];
    if (token === undefined || token.sentence !== sentence || token.value === ',') return false;
    if (REPORTING_LEMMAS.has(token.lemma.toLowerCase()) || REPORTING_LEMMAS.has(token.normal)) return true;
  }
  return false;
}

/**
 * The speaker's stance toward each party the quote portrays (`"X is a fraud," Y said` → Y opposes X),
 * read with `targetSentiment` on the quote's own words, for the parties no stance word reached.
 */
function findPortrayals(doc: Document, quote: Quote, actors: readonly StanceActor[], speaker: string, sentence: number, reached: ReadonlySet<string>): StanceEvidence[] {
  const evidence: StanceEvidence[] = [];
  for (const actor of actors) {
    if (!PORTRAYED_TYPES.has(actor.type) || actor.isAdjective || actor.name === speaker || reached.has(actor.name)) continue;
    if (isReportedOrHypothetical(doc, actor.first, doc.tokens[actor.first]?.sentence)) continue;
    // Scored in the article's own sentence, already read: reading the quote again would tokenise and
    // tag it a second time for every party in it.
    const { score } = scoreTargetSentiment(doc, actor.first, actor.end);
    if (Math.abs(score) < SENTIMENT_FLOOR) continue;
    evidence.push({ holder: speaker, target: actor.name, sign: score > 0 ? 1 : -1, strength: Math.abs(score) * PORTRAYAL_STRENGTH, sentence, rule: 'quote:portrayal' });
  }
  return evidence;
}

/**
 * Finds the stances quoted speakers hold by what they say: a stance word in the quote with no
 * holder of its own, or with `we`/`us` as holder, is the speaker's; so is how the quote portrays
 * a party. `speakerOf` is the party look-up for a quote's speaker.
 */
export function findQuoteStances(
  doc: Document, cast: StanceCast, quotes: readonly Quote[], speakerOf: (quote: Quote) => string | undefined,
  words: StanceTriggerWords, marks: StanceWordMarks,
): StanceEvidence[] {
  const evidence: StanceEvidence[] = [];
  for (const quote of quotes) {
    const speaker = speakerOf(quote);
    const first = tokenIndexAtOffset(doc, quote.content.start);
    const end = tokenIndexAtOffset(doc, quote.content.end);
    const sentence = doc.tokens[first]?.sentence;
    if (speaker === undefined || end <= first || sentence === undefined) continue;
    const addressee = findAddressee(doc, cast, quote);
    const actors = withPersons(marks, actorsIn(cast.actors, first, end), first, end, speaker, addressee);
    const named = actors.filter((actor) => actor.type !== 'PRON');
    const triggers = findStanceTriggers(doc, first, end, words, marks);
    // A quote with no stance word states no stance of the speaker's own and names no hostile act: only its portrayals count.
    const clause = triggers.length === 0 ? undefined : makeClause(doc, marks, first, end, sentence, findActorGroups(doc, marks, actors), triggers, speaker);
    // The speaker's own stances, and relations among a group the speaker is part of (`between us and X`).
    const own = clause === undefined ? [] : findClauseStances(clause)
      .filter((item) => item.holder === speaker || (item.target === speaker && item.rule.startsWith('among:')));
    evidence.push(...own.map((item) => ({ ...item, rule: `quote:${item.rule}` })));
    // Only the speaker's own words portray: an indirect quote is the reporter's paraphrase.
    // A speaker who is no party of the cast (a nationality adjective) is a misread attribution far
    // more often than a people speaking; an indirect quote is the reporter's paraphrase.
    if (quote.kind === 'indirect' || !cast.names.has(speaker)) continue;
    const doers = clause === undefined ? [] : findHostileDoers(clause, speaker);
    const reached = clause === undefined ? new Set<string>() : findReached(clause);
    for (const item of [...own, ...doers]) reached.add(item.target);
    evidence.push(...doers, ...findPortrayals(doc, quote, named, speaker, sentence, reached));
  }
  return evidence;
}
