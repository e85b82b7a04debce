import { findApposedGroup } from './find-apposed-group';
import { findStanceObject } from './find-stance-object';
import { findStanceSubject } from './find-stance-subject';
import type { StanceTrigger } from './find-stance-triggers';
import type { Clause } from './make-clause';
import { negationSign } from './negation-sign';
import { normalAt } from './normal-at';
import type { ActorGroup } from './stance-actor';
import type { StanceArgument } from './stance-argument';

/** What an agent noun relates: the party it names and the party it is about. */
export interface AgentStance {
  readonly holder: ActorGroup;
  readonly target: StanceArgument;
}

// At most this many adjectives stand between a possessor and its agent noun (`X's longtime fiercest critic`).
const MAX_ADJECTIVES = 3;
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);
// Verbs that name the members of a plural agent noun after it (`X's critics include Y`, `X's lawyer is Y`).
const NAMING_LEMMAS: ReadonlySet<string> = new Set(['include', 'be']);
const COPULA_LEMMAS: ReadonlySet<string> = new Set(['be', 'become', 'remain']);
const COPULA_GAP_TAGS: ReadonlySet<string> = new Set(['ADV', 'AUX', 'DET', 'ADJ']);

/** The first token of the adjectives before the noun (`longtime fiercest critic` → `longtime`). */
function adjectivesStart(clause: Clause, trigger: StanceTrigger): number {
  let index = trigger.first;
  while (trigger.first - index < MAX_ADJECTIVES && index - 1 > clause.first && (clause.doc.tokens[index - 1]?.pos === 'ADJ' || clause.doc.tokens[index - 1]?.pos === 'ADV')) index -= 1;
  return index;
}

/**
 * The party a possessor or a name before the noun makes the target (`Google's critics`, `a Trump
 * lawyer`). A nationality adjective names the holders' side, not the target (`Republican critics`).
 */
function findModifierTarget(clause: Clause, first: number): ActorGroup | undefined {
  const isPossessive = POSSESSIVE_MARKS.has(normalAt(clause, first - 1));
  const group = clause.groupEndingAt.get(isPossessive ? first - 2 : first - 1);
  if (group === undefined || group.isPlace || (!isPossessive && group.isAdjective)) return undefined;
  return group;
}

/** The party named after the agent noun's phrase: `X lawyer Y`, `X's lawyer, Y,`, `X's critics include Y`. */
function findHolderAfter(clause: Clause, trigger: StanceTrigger, end: number): ActorGroup | undefined {
  if (end === trigger.end && clause.groupAt.has(end)) return clause.groupAt.get(end);
  const next = normalAt(clause, end) === ',' ? end + 1 : end;
  if (NAMING_LEMMAS.has(clause.doc.tokens[next]?.lemma ?? '')) {
    return clause.groupAt.get(normalAt(clause, next + 1) === 'the' ? next + 2 : next + 1);
  }
  const apposed = next === end ? undefined : clause.groupAt.get(next);
  // `A lawyer for X, Y, said`: the name closes its own apposition.
  return apposed !== undefined && /^[,.;:)]?$/u.test(normalAt(clause, apposed.end)) ? apposed : undefined;
}

/** The party the phrase starting at `first` is said of: `Y, a critic of X` or `Y is a critic of X`. */
function findHolderBefore(clause: Clause, first: number): ActorGroup | undefined {
  const apposed = findApposedGroup(clause, first);
  if (apposed !== undefined) return apposed;
  let index = first - 1;
  while (index > clause.first && COPULA_GAP_TAGS.has(clause.doc.tokens[index]?.pos ?? '') && !COPULA_LEMMAS.has(clause.doc.tokens[index]?.lemma ?? '')) index -= 1;
  if (!COPULA_LEMMAS.has(clause.doc.tokens[index]?.lemma ?? '')) return undefined;
  const subject = findStanceSubject(clause, index);
  return subject == null ? undefined : subject.group;
}

/**
 * Relates an agent noun, a noun that names its holder (`critic`, `backer`, `lawyer`): its target is
 * its possessor or the name before it (`Google's critics`, `a Trump lawyer`), else its object
 * (`a critic of X`, `a lawyer for X`); its holder is the party it is said of, named after it (`X
 * lawyer Y`, `X's critics include Y`) or before it (`Y, a critic of X`, `Y is X's fiercest critic`).
 * Returns `undefined` when either is missing: `X's critics` alone states no one's stance.
 */
export function findAgentStance(clause: Clause, trigger: StanceTrigger): AgentStance | undefined {
  const start = adjectivesStart(clause, trigger);
  const modifier = findModifierTarget(clause, start);
  const object = modifier === undefined ? findStanceObject(clause, trigger) : undefined;
  const target: StanceArgument | undefined = modifier === undefined ? object : { group: modifier, sign: 1, chain: [] };
  if (target === undefined) return undefined;
  const first = modifier?.first ?? start;
  const holder = findHolderAfter(clause, trigger, object?.group.end ?? trigger.end) ?? findHolderBefore(clause, first);
  if (holder === undefined || negationSign(clause, holder.end, trigger.first) === -1) return undefined;
  return { holder, target };
}
