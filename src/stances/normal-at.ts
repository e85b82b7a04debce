import type { Clause } from './make-clause';

/** The lower-cased form of the token at `index`, or `''` past either end. */
export function normalAt(clause: Clause, index: number): string {
  return clause.doc.tokens[index]?.normal ?? '';
}
