import type { Clause } from './make-clause';
import { findStanceSubject } from './find-stance-subject';
import { normalAt } from './normal-at';
import type { StanceArgument } from './stance-argument';
import type { StanceTrigger } from './find-stance-triggers';

const VERBAL: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/** Whether the verb at `index` is finite: no `-ing` form (`removing`) and no infinitive (`to remove`). */
function isFiniteVerb(clause: Clause, index: number): boolean {
  const token = clause.doc.tokens[index];
  return token !== undefined && VERBAL.has(token.pos) && !token.normal.endsWith('ing') && normalAt(clause, index - 1) !== 'to';
}

/** The nearest finite verb before `index` in the clause, or -1. */
function previousFiniteVerb(clause: Clause, index: number): number {
  for (let at = index - 1; at >= clause.first; at -= 1) if (isFiniteVerb(clause, at)) return at;
  return -1;
}

const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who']);
const AUXILIARY_TAGS: ReadonlySet<string> = new Set(['AUX', 'ADV', 'PART']);

/**
 * Whether the verb is in a relative clause whose antecedent is no party (`a deal that would
 * guarantee X and protect Y`): its subject is the thing, and a party further back is none of it.
 */
function hasThingAntecedent(clause: Clause, verb: number): boolean {
  let index = verb - 1;
  while (index > clause.first && AUXILIARY_TAGS.has(clause.doc.tokens[index]?.pos ?? '')) index -= 1;
  if (!RELATIVES.has(normalAt(clause, index))) return false;
  const before = normalAt(clause, index - 1) === ',' ? index - 2 : index - 1;
  return !clause.groupEndingAt.has(before);
}

/** `X joined Y in condemning Z`: X and Y both condemn Z. `in` stands at `preposition`. */
function findJoinedSubjects(clause: Clause, preposition: number): StanceArgument | undefined {
  const joined = clause.groupEndingAt.get(preposition - 1);
  const verb = joined === undefined ? -1 : joined.first - 1;
  if (joined === undefined || clause.doc.tokens[verb]?.lemma !== 'join') return undefined;
  const subject = findStanceSubject(clause, verb);
  const members = subject == null ? joined.members : [...new Set([...subject.group.members, ...joined.members])];
  return { group: { ...joined, members }, sign: subject?.sign ?? 1, chain: [] };
}

/**
 * The subject a stance verb shares with the predicate before it, when it has none of its own: a
 * participle clause after a comma (`X ruled against Y, dealing a blow to Z`) and a coordinated
 * predicate (`X criticised Y and called for sanctions on Z`) both take the subject of the nearest
 * finite verb before them; `X joined Y in condemning Z` gives X and Y. Returns `undefined` for any other stance word.
 */
export function findSharedSubject(clause: Clause, trigger: Pick<StanceTrigger, 'first'>): StanceArgument | null | undefined {
  const token = clause.doc.tokens[trigger.first];
  if (token === undefined || token.pos !== 'VERB') return undefined;
  let before = trigger.first - 1;
  while (before > clause.first && clause.doc.tokens[before]?.pos === 'ADV') before -= 1;
  const joiner = normalAt(clause, before);
  if (joiner === 'in' && token.normal.endsWith('ing')) return findJoinedSubjects(clause, before);
  const isParticiple = joiner === ',' && token.normal.endsWith('ing');
  if (!isParticiple && joiner !== 'and') return undefined;
  const verb = previousFiniteVerb(clause, before);
  if (verb === -1) return undefined;
  return hasThingAntecedent(clause, verb) ? null : findStanceSubject(clause, verb);
}
