import type { Clause } from './make-clause';
import { isMarked, NEGATION } from './mark-stance-words';

/** Counts the negations between two token indices, as a sign (negations are read from the document's marks). */
export function negationSign(clause: Clause, from: number, to: number): 1 | -1 {
  let sign: 1 | -1 = 1;
  for (let index = Math.max(from, clause.first); index < to; index += 1) {
    if (isMarked(clause.marks, index, NEGATION)) sign = (-sign) as 1 | -1;
  }
  return sign;
}
