import { bracketOpening } from './bracket-opening';
import type { Clause } from './make-clause';
import { normalAt } from './normal-at';
import type { ActorGroup } from './stance-actor';

/** Finds the group a noun in apposition describes (`Jordan -- a U.S. ally`): the group before its modifier. */
export function findApposedGroup(clause: Clause, modifierFirst: number): ActorGroup | undefined {
  let lower = Math.max(clause.first, modifierFirst - 5);
  for (let index = modifierFirst - 1; index >= lower; index -= 1) {
    // A party label or an age in brackets after the name stands between it and the apposition.
    if (normalAt(clause, index) === ')') {
      const opening = bracketOpening(clause, index);
      if (opening === -1) return undefined;
      lower = Math.max(clause.first, lower - (index - opening + 1));
      index = opening;
      continue;
    }
    const group = clause.groupEndingAt.get(index);
    if (group !== undefined) return group.isPlace ? undefined : group;
    // `X, one of Y's allies` is apposed like `X, an ally of Y`.
    if (!/^(?:,|-+|—|–|a|an|the|one|of)$/u.test(normalAt(clause, index))) return undefined;
  }
  return undefined;
}
