import type { Clause } from './make-clause';
import { findAgentStance } from './find-agent-stance';
import { findApposedGroup } from './find-apposed-group';
import { findLateSubject } from './find-late-subject';
import { findSharedSubject } from './find-shared-subject';
import { findStanceObject } from './find-stance-object';
import { findReportingSpeakers, findStanceSubject } from './find-stance-subject';
import { negationSign } from './negation-sign';
import { normalAt } from './normal-at';
import type { ActorGroup } from './stance-actor';
import type { StanceArgument } from './stance-argument';
import type { StanceTrigger } from './find-stance-triggers';
import type { StanceEvidence } from './stance-evidence';

// Lexicon strengths run from 1 to 3; evidence strength is that over 3, in (0, 1].
const MAX_STRENGTH = 3;
// How far back a negation reaches a stance word that has no subject in its clause.
const MAX_NEGATION_REACH = 6;

interface Relation {
  readonly holders: readonly string[];
  readonly targets: readonly string[];
  readonly sign: 1 | -1;
  readonly both: boolean;
  readonly trigger: StanceTrigger;
  readonly chain: readonly StanceTrigger[];
}

function toEvidence(clause: Clause, relation: Relation): StanceEvidence[] {
  const strength = Math.max(relation.trigger.word.strength, ...relation.chain.map((inner) => inner.word.strength)) / MAX_STRENGTH;
  const among = relation.holders === relation.targets ? 'among:' : '';
  const rule = `${among}${relation.trigger.word.target}:${relation.trigger.lemma}`;
  const evidence: StanceEvidence[] = [];
  const add = (holder: string, target: string): void => {
    if (holder !== target) evidence.push({ holder, target, sign: relation.sign, strength, sentence: clause.sentence, rule });
  };
  for (const holder of relation.holders) {
    for (const target of relation.targets) {
      add(holder, target);
      if (relation.both) add(target, holder);
    }
  }
  return evidence;
}

/** Every member of a plural group relates to every other (`Russia and Iran cooperate`). */
function amongMembers(members: readonly string[], sign: 1 | -1, trigger: StanceTrigger, chain: readonly StanceTrigger[]): Relation {
  return { holders: members, targets: members, sign, both: false, trigger, chain };
}

/** The holders of a stance word at `from`: its subject, else the speakers it is reported under, else the clause's speaker. */
function holdersOf(clause: Clause, subject: StanceArgument | null | undefined, from: number): readonly string[] {
  if (subject === null) return [];
  if (subject !== undefined) return subject.group.members;
  const speakers = findReportingSpeakers(clause, from);
  if (speakers !== undefined) return speakers.members;
  return clause.defaultHolder === undefined ? [] : [clause.defaultHolder];
}

/** A word whose target stands before it: `demands that X step down`, `X cannot be trusted`. */
function relateSubjectTarget(clause: Clause, trigger: StanceTrigger): Relation | undefined {
  const target = findStanceSubject(clause, trigger.first, true);
  if (target === undefined || target === null) return undefined;
  const holder = findStanceSubject(clause, target.group.first, true);
  const sign = (trigger.word.polarity * negationSign(clause, holder?.group.end ?? clause.first, trigger.first)) as 1 | -1;
  return { holders: holdersOf(clause, holder, target.group.first), targets: target.group.members, sign, both: false, trigger, chain: [] };
}

/** The `by` group of a passive stance verb (`X, backed by Y`), past one article or adverb. */
function findAgent(clause: Clause, trigger: StanceTrigger): ActorGroup | undefined {
  if (clause.doc.tokens[trigger.first]?.pos !== 'VERB') return undefined;
  for (let index = trigger.end; index < Math.min(clause.end, trigger.end + 2); index += 1) {
    if (normalAt(clause, index) !== 'by') continue;
    const next = normalAt(clause, index + 1) === 'the' ? index + 2 : index + 1;
    return clause.groupAt.get(next);
  }
  return undefined;
}

/**
 * A passive stance verb: the agent after `by` holds it, the subject before it is the target
 * (`X, who is backed by Y`), or the agent's members relate among themselves (`signed by both sides`).
 */
function relatePassive(clause: Clause, trigger: StanceTrigger, agent: ActorGroup): Relation | undefined {
  if (trigger.word.reciprocal !== 'never' && agent.members.length >= 2) {
    return amongMembers(agent.members, trigger.word.polarity, trigger, []);
  }
  const subject = findStanceSubject(clause, trigger.first, true);
  if (subject == null) return undefined;
  const sign = (trigger.word.polarity * subject.sign) as 1 | -1;
  return { holders: agent.members, targets: subject.group.members, sign, both: trigger.word.reciprocal === 'always', trigger, chain: [] };
}

/** `X and Y blamed each other`: a stance among the subject's members. */
function isReciprocalObject(clause: Clause, trigger: StanceTrigger): boolean {
  const pair = `${normalAt(clause, trigger.end)} ${normalAt(clause, trigger.end + 1)}`;
  return pair === 'each other' || pair === 'one another';
}

// Verbs whose subject receives the stance a noun after them names (`drew criticism from Y`, `won the backing of Y`).
const RECEIVING_LEMMAS: ReadonlySet<string> = new Set(['draw', 'face', 'receive', 'get', 'win', 'earn', 'attract', 'gain', 'secure', 'garner', 'court']);
// At most this many words (articles, adjectives) stand between such a verb and its noun (`won the strong backing`).
const MAX_RECEIVED_GAP = 3;

/** Whether a stance noun is the object of a verb of receiving, so its holder is named after it. */
function isReceivedNoun(clause: Clause, trigger: StanceTrigger): boolean {
  if (clause.doc.tokens[trigger.first]?.pos !== 'NOUN') return false;
  for (let index = trigger.first - 1; index >= clause.first && trigger.first - index <= MAX_RECEIVED_GAP + 1; index -= 1) {
    const token = clause.doc.tokens[index];
    if (token === undefined) return false;
    if (RECEIVING_LEMMAS.has(token.lemma)) return token.pos === 'VERB';
    if (token.pos !== 'DET' && token.pos !== 'ADJ' && token.pos !== 'ADV') return false;
  }
  return false;
}

/** The sign of negations before a stance word that has no subject to count them (`no nation should interfere with X`). */
function subjectlessSign(clause: Clause, trigger: StanceTrigger): 1 | -1 {
  return negationSign(clause, trigger.first - MAX_NEGATION_REACH, trigger.first);
}

/**
 * A word whose target is its object (`backs X`, `allies of X`), or that relates the members of its
 * own subject (`Russia and Iran cooperate`). Reciprocal words relate both ways only when nothing
 * stands between them and the target: `allies of X` does, `allies against X` does not.
 */
function relateObjectTarget(clause: Clause, trigger: StanceTrigger): Relation[] {
  const { word } = trigger;
  const agent = findAgent(clause, trigger);
  if (agent !== undefined) {
    const passive = relatePassive(clause, trigger, agent);
    return passive === undefined ? [] : [passive];
  }
  const object = word.target === 'object' ? findStanceObject(clause, trigger) : undefined;
  const chain = object?.chain ?? [];
  const shared = findSharedSubject(clause, trigger);
  const found = shared === undefined ? findStanceSubject(clause, trigger.first) : shared ?? undefined;
  const subject = found === undefined && object !== undefined ? findLateSubject(clause, object) : found;
  const subjectSign = subject?.sign ?? subjectlessSign(clause, trigger);
  // `X did not criticise Y` denies a criticism; it states no support (`did not back Y` does state opposition).
  if (subjectSign === -1 && word.polarity === -1 && chain.length === 0 && object?.sign !== -1) return [];
  const sign = (word.polarity * (object?.sign ?? 1) * subjectSign) as 1 | -1;
  const holders = holdersOf(clause, subject, trigger.first);
  const targets = object?.group.members.filter((name) => !holders.includes(name)) ?? [];
  const isDirect = chain.length === 0;
  const relations: Relation[] = [];
  if (object === undefined && holders.length >= 2 && isReciprocalObject(clause, trigger)) return [amongMembers(holders, sign, trigger, chain)];
  if (word.reciprocal === 'group' && holders.length >= 2) {
    relations.push(amongMembers(holders, sign, trigger, chain));
    if (!isDirect && targets.length > 0) relations.push({ holders, targets, sign, both: false, trigger, chain });
    return relations;
  }
  if (word.reciprocal !== 'never' && subject == null && object !== undefined && object.group.members.length >= 2) {
    return [amongMembers(object.group.members, sign, trigger, chain)];
  }
  if (targets.length > 0 && holders.length > 0) {
    const both = isDirect && (word.reciprocal === 'always' || (word.reciprocal === 'group' && subject !== undefined));
    // `X drew criticism from Y`, `X won the backing of Y`: the subject receives the stance its object holds.
    if (isDirect && isReceivedNoun(clause, trigger)) return [{ holders: targets, targets: holders, sign, both, trigger, chain }];
    return [{ holders, targets, sign, both, trigger, chain }];
  }
  // Only a noun that names a party takes its target in apposition (`Jordan, a U.S. ally`); a verb does not.
  const isNoun = clause.doc.tokens[trigger.first]?.pos !== 'VERB';
  const apposed = subject == null || object !== undefined || !isNoun ? undefined : findApposedGroup(clause, subject.group.first);
  if (apposed !== undefined) return [{ holders, targets: apposed.members, sign, both: word.reciprocal !== 'never', trigger, chain }];
  return relations;
}

/** An agent noun: the party it names holds it toward the party it is about (`Y, a critic of X`, `X lawyer Y`). */
function relateAgent(clause: Clause, trigger: StanceTrigger): Relation | undefined {
  const found = findAgentStance(clause, trigger);
  if (found === undefined) return undefined;
  const sign = (trigger.word.polarity * found.target.sign) as 1 | -1;
  return { holders: found.holder.members, targets: found.target.group.members, sign, both: false, trigger, chain: found.target.chain };
}

/**
 * Finds the stances one clause states, trigger by trigger from left to right. A stance word met
 * inside another's object composes into it (`oppose attempts to dump X`) and fires nothing alone.
 */
export function findClauseStances(clause: Clause): StanceEvidence[] {
  const consumed = new Set<StanceTrigger>();
  const evidence: StanceEvidence[] = [];
  for (const trigger of clause.triggers) {
    if (consumed.has(trigger)) continue;
    if (trigger.word.act === 'only') continue;
    const relations = trigger.word.target === 'subject' ? [relateSubjectTarget(clause, trigger)]
      : trigger.word.isAgent ? [relateAgent(clause, trigger)] : relateObjectTarget(clause, trigger);
    for (const relation of relations) {
      if (relation === undefined) continue;
      // Inner stance words composed into a stance fire nothing alone; unused, they get their own turn.
      for (const inner of relation.chain) consumed.add(inner);
      evidence.push(...toEvidence(clause, relation));
    }
  }
  return evidence;
}
