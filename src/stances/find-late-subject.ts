import type { Clause } from './make-clause';
import { normalAt } from './normal-at';
import type { ActorGroup } from './stance-actor';
import type { StanceArgument } from './stance-argument';

// How far after the object a copula may introduce a late subject.
const MAX_PREDICATE_DISTANCE = 6;

/** Finds the subject group after a copula when the subject comes last (`Chief among X's foes is Y`). */
function findInvertedSubject(clause: Clause, from: number): ActorGroup | undefined {
  const limit = Math.min(clause.end, from + MAX_PREDICATE_DISTANCE);
  for (let index = from; index < limit; index += 1) {
    if (clause.doc.tokens[index]?.lemma !== 'be') continue;
    const next = normalAt(clause, index + 1) === 'the' ? index + 2 : index + 1;
    return clause.groupAt.get(next);
  }
  return undefined;
}

/** Falls back on an inverted subject after the object (`Chief among those opposed to X is Y`). */
export function findLateSubject(clause: Clause, object: StanceArgument): StanceArgument | undefined {
  const group = findInvertedSubject(clause, object.group.end);
  return group === undefined ? undefined : { group, sign: 1, chain: [] };
}
