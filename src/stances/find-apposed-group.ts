import type { Clause } from './make-clause';
import { normalAt } from './normal-at';
import type { ActorGroup } from './stance-actor';

/** Finds the group a noun in apposition describes (`Jordan -- a U.S. ally`): the group before its modifier. */
export function findApposedGroup(clause: Clause, modifierFirst: number): ActorGroup | undefined {
  const lower = Math.max(clause.first, modifierFirst - 4);
  for (let index = modifierFirst - 1; index >= lower; index -= 1) {
    const group = clause.groupEndingAt.get(index);
    if (group !== undefined) return group.isPlace ? undefined : group;
    if (!/^(?:,|-+|—|–|a|an|the)$/u.test(normalAt(clause, index))) return undefined;
  }
  return undefined;
}
