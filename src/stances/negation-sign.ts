import type { Clause } from './make-clause';
import { NEGATIONS } from './lexicons/negations';
import { normalAt } from './normal-at';

/** Counts the negations between two token indices, as a sign. */
export function negationSign(clause: Clause, from: number, to: number): 1 | -1 {
  let sign: 1 | -1 = 1;
  for (let index = Math.max(from, clause.first); index < to; index += 1) {
    if (NEGATIONS.has(normalAt(clause, index))) sign = (-sign) as 1 | -1;
  }
  return sign;
}
