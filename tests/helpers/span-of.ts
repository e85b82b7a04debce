import type { Span } from '../../src/types';

/** The span of the `occurrence`-th (0-based) occurrence of `fragment` in `text`; throws if absent, so a typo fails loudly. */
export function spanOf(text: string, fragment: string, occurrence = 0): Span {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) {
    start = text.indexOf(fragment, start + 1);
    if (start < 0) throw new Error(`"${fragment}" (#${occurrence}) not in "${text}"`);
  }
  return { start, end: start + fragment.length, text: fragment };
}
