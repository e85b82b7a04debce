import type { Clause } from './make-clause';
import { normalAt } from './normal-at';

// The longest bracket read as a label after a name (`(D-Ohio)`, `(R-N.Y.)`, `(aged 54)`).
const MAX_BRACKET_TOKENS = 8;

/** The index of the `(` that opens the bracket closed at `close`, or -1 if none is near. */
export function bracketOpening(clause: Clause, close: number): number {
  for (let index = close - 1; index >= clause.first && close - index <= MAX_BRACKET_TOKENS; index -= 1) {
    if (normalAt(clause, index) === '(') return index;
  }
  return -1;
}
