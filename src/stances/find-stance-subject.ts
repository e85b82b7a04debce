import { INFINITIVE_SPEECH_VERBS } from '../quotes/lexicons/speech-verbs';
import { bracketOpening } from './bracket-opening';
import type { Clause } from './make-clause';
import { CLAUSE_BOUNDARY, CLOSING_BRACKET, COMMA, isMarked, NEGATION, RELATIVE_PRONOUN, SPEECH_VERB, THIRD_PERSON, VERB } from './mark-stance-words';
import { normalAt } from './normal-at';
import type { ActorGroup } from './stance-actor';
import type { StanceArgument } from './stance-argument';

// How far back a stance word reaches for its subject, in tokens (bounded: linear, and no leaking
// into the previous clause).
const MAX_SUBJECT_DISTANCE = 14;
// A possessor holds only a stance noun it owns (`Tehran's close ally`), a few words after it.
const MAX_POSSESSOR_DISTANCE = 5;
// The search reads the words it stops at, passes or counts from the document's marks (markStanceWords):
// one bit test per token instead of a look-up in each list.

/** A speech verb ends the backward search (`X said Y backs Z`), unless it takes an infinitive (`X vowed to back Z`). */
function isSpeechBoundary(clause: Clause, index: number): boolean {
  if (!isMarked(clause.marks, index, SPEECH_VERB)) return false;
  return !(INFINITIVE_SPEECH_VERBS.has(clause.doc.tokens[index]?.lemma ?? '') && normalAt(clause, index + 1) === 'to');
}

/**
 * A clause boundary ends the backward search, save a relative pronoun: it ends an object (`X, which
 * backs Y`), but the subject of a relative clause is the noun before it, so the search goes on past it.
 */
function isBackwardBoundary(clause: Clause, index: number): boolean {
  const isBoundary = isMarked(clause.marks, index, CLAUSE_BOUNDARY) && !isMarked(clause.marks, index, RELATIVE_PRONOUN);
  return isBoundary || isSpeechBoundary(clause, index);
}

function canBeSubject(clause: Clause, group: ActorGroup, from: number, allowObjects: boolean): boolean {
  // A name right before a stance noun modifies it and holds it (`Chilean support for X`).
  if (group.end === from && clause.doc.tokens[from]?.pos === 'NOUN') return true;
  if (group.isPossessor) {
    const owned = clause.doc.tokens[from];
    return owned !== undefined && owned.pos !== 'VERB' && from - group.end <= MAX_POSSESSOR_DISTANCE;
  }
  return allowObjects || !group.isObject;
}

/**
 * Adds the parties said to be among a group (`X and Y were among the 15 Council voters to back Z`):
 * they share the group's stance.
 */
function withMembersAmong(clause: Clause, group: ActorGroup): ActorGroup {
  let index = group.first - 1;
  while (index > clause.first && (normalAt(clause, index) === 'the' || clause.doc.tokens[index]?.pos === 'NUM')) index -= 1;
  if (normalAt(clause, index) !== 'among' || clause.doc.tokens[index - 1]?.lemma !== 'be') return group;
  const members = clause.groupEndingAt.get(index - 2);
  if (members === undefined) return group;
  return { ...group, members: [...new Set([...members.members, ...group.members])] };
}

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * The party an appositive describes, when `group` only modifies the appositive's noun (`Norway, a
 * NATO member, criticised …`): the party before the comma, not NATO, is the subject.
 */
function findApposedHead(clause: Clause, group: ActorGroup, from: number): ActorGroup | undefined {
  const article = group.first - 1;
  if (!ARTICLES.has(normalAt(clause, article)) || normalAt(clause, article - 1) !== ',') return undefined;
  let closes = false;
  for (let index = group.end; index < from; index += 1) if (normalAt(clause, index) === ',') closes = true;
  return closes ? clause.groupEndingAt.get(article - 2) : undefined;
}

// Words that make their clause a supposition (`if X attacked Y`), which states no stance.
const HYPOTHETICALS: ReadonlySet<string> = new Set(['if', 'unless', 'whether']);
// Words that open a clause of time or condition, whose subject is its own (`after X upheld Y`).
const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'until', 'once', 'if']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);
// The longest common noun phrase read before a verb (`the federal district court`).
const MAX_NOUN_PHRASE = 4;

/**
 * Whether a verb's subject is a common noun phrase right before it (`the new rules weaken X`) or
 * opens a clause of time (`after the court upheld X`): then no party further back is its subject.
 */
function hasCommonNounSubject(clause: Clause, verb: number): boolean {
  let index = verb - 1;
  while (index > clause.first && (clause.doc.tokens[index]?.pos === 'ADV' || clause.doc.tokens[index]?.pos === 'AUX')) index -= 1;
  const group = clause.groupEndingAt.get(index);
  // `after the court upheld X`: the subject opens a clause of time, whatever party it is resolved to.
  if (group !== undefined) return SUBORDINATORS.has(normalAt(clause, normalAt(clause, group.first - 1) === 'the' ? group.first - 2 : group.first - 1));
  if (clause.doc.tokens[index]?.pos !== 'NOUN') return false;
  for (let at = index - 1; at >= clause.first && index - at <= MAX_NOUN_PHRASE; at -= 1) {
    if (clause.groupEndingAt.has(at)) return false;
    // `the court this month rejected X`: a phrase of time after a party is no subject.
    if (DETERMINERS.has(normalAt(clause, at))) return !clause.groupEndingAt.has(at - 1);
    const pos = clause.doc.tokens[at]?.pos;
    if (pos !== 'NOUN' && pos !== 'ADJ') return false;
  }
  return false;
}

/** The person a place qualifies (`Gov. X of Ohio lauded Y`): X, not Ohio, is the subject. */
function findQualifiedPerson(clause: Clause, group: ActorGroup): ActorGroup | undefined {
  if (normalAt(clause, group.first - 1) !== 'of') return undefined;
  const person = clause.groupEndingAt.get(group.first - 2);
  return person?.isPeople === true ? person : undefined;
}

/**
 * Finds the subject of a stance word: the nearest group to its left in the clause, past relative
 * pronouns (`X, which backs Y`) and auxiliaries, counting negations on the way (`X does not back Y`).
 * A third-person pronoun subject (`it launched a campaign against Y`) stands for the clause's first group.
 * With `allowObjects`, a group after a preposition counts (`demands from X that Y step down`).
 * Returns `null` when the subject is there but is no party (`Syria's people`), `undefined` when none is found.
 */
export function findStanceSubject(clause: Clause, from: number, allowObjects = false): StanceArgument | null | undefined {
  let sign: 1 | -1 = 1;
  let lower = Math.max(clause.first, from - MAX_SUBJECT_DISTANCE);
  // A stance noun's subject never lies beyond a stance verb, which claims it (`X thanked Y for the deal`).
  const isNoun = clause.doc.tokens[from]?.pos !== 'VERB';
  // A finite verb only: `an ad attacking X` and `a network financed by X` modify their noun, which is no subject.
  const isFinite = !isNoun && !allowObjects && !(clause.doc.tokens[from]?.normal ?? '').endsWith('ing');
  if (isFinite && hasCommonNounSubject(clause, from)) return null;
  // The antecedent of a relative pronoun is its clause's subject wherever it stands (`praised X, which backs Y`).
  let isAntecedent = false;
  for (let index = from - 1; index >= lower; index -= 1) {
    // A party label after a name (`X (D-Ohio) criticised Y`) stands between the subject and its verb.
    const label = isMarked(clause.marks, index, CLOSING_BRACKET) ? bracketOpening(clause, index) : -1;
    if (label !== -1 && clause.groupEndingAt.has(label - 1)) {
      lower = Math.max(clause.first, lower - (index - label + 1));
      index = label;
      continue;
    }
    if (isBackwardBoundary(clause, index)) return undefined;
    const group = clause.groupEndingAt.get(index);
    if (group !== undefined && canBeSubject(clause, group, from, allowObjects || (isAntecedent && !group.isPlace))) {
      const head = findApposedHead(clause, group, from) ?? findQualifiedPerson(clause, group) ?? group;
      // `what would happen if X slapped tariffs on Y`: a supposition states no one's stance.
      if (HYPOTHETICALS.has(normalAt(clause, head.first - 1))) return null;
      return { group: withMembersAmong(clause, head), sign, chain: [] };
    }
    if (isMarked(clause.marks, index, RELATIVE_PRONOUN)) isAntecedent = true;
    else if (!isMarked(clause.marks, index, COMMA)) isAntecedent = false;
    if (group !== undefined) {
      // `Syria's people could decide …`: the subject is the people, not a party.
      if (group.isPossessor && !group.isObject) return null;
      index = group.first;
      continue;
    }
    if (isNoun && isMarked(clause.marks, index, VERB) && clause.triggerAt.has(index)) return null;
    if (isMarked(clause.marks, index, THIRD_PERSON)) {
      const subject = clause.groups.find((candidate) => candidate.first < index && !candidate.isObject && !candidate.isPossessor);
      return subject === undefined ? null : { group: subject, sign, chain: [] };
    }
    if (isMarked(clause.marks, index, NEGATION)) sign = (-sign) as 1 | -1;
  }
  return undefined;
}

// Words between a speaker and the speech verb (`X and Y all said`, `X also told`).
const SPEAKER_GAP_WORDS: ReadonlySet<string> = new Set(['all', 'both', 'each', 'also', 'later', 'then']);

/** The group right before a speech verb (`X, Y and Z all suggested`), past adverbs and party labels. */
function findSpeakerGroup(clause: Clause, verb: number): ActorGroup | undefined {
  let index = verb - 1;
  while (index > clause.first) {
    const token = clause.doc.tokens[index];
    const label = token?.normal === ')' ? bracketOpening(clause, index) : -1;
    if (token !== undefined && (token.pos === 'ADV' || token.pos === 'AUX' || SPEAKER_GAP_WORDS.has(token.normal))) index -= 1;
    else if (label !== -1) index = label - 1;
    else break;
  }
  const group = clause.groupEndingAt.get(index);
  return group === undefined || group.isObject || group.isPossessor ? undefined : group;
}

/**
 * The speakers of the speech verb a subjectless stance word is reported under (`X, Y and Z all said
 * that the claims could ground a case against W`): every member of a coordinated source holds it.
 */
export function findReportingSpeakers(clause: Clause, from: number): ActorGroup | undefined {
  const lower = Math.max(clause.first, from - MAX_SUBJECT_DISTANCE);
  for (let index = from - 1; index >= lower; index -= 1) {
    if (isSpeechBoundary(clause, index)) return findSpeakerGroup(clause, index);
    if (isMarked(clause.marks, index, CLAUSE_BOUNDARY) && !isMarked(clause.marks, index, RELATIVE_PRONOUN)) return undefined;
  }
  return undefined;
}
