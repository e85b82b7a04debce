/** How a stance word relates its holder and its target. */
export interface StanceWord {
  /** The sign of the stance the word states: +1 supports, -1 opposes. */
  readonly polarity: 1 | -1;
  /** The strength of the word, 1 (mild: `agree`) to 3 (strong: `condemn`, `ally`). */
  readonly strength: 1 | 2 | 3;
  /**
   * Whether the word states the stance in both directions: `always` (`allies of`, `coordinate with`),
   * `group` (only among a plural subject: `Russia and Iran agreed`), or `never` (`backers of`).
   */
  readonly reciprocal: 'always' | 'group' | 'never';
  /**
   * Where the target stands: `object` after the word (`backed X`), `subject` before it
   * (`X should step down`, `X cannot be trusted`), or `none` for words that only relate the
   * members of their own subject (`jointly`).
   */
  readonly target: 'object' | 'subject' | 'none';
}

/** Builds a stance word; a helper so the lexicons read as one line per word. */
export function stanceWord(
  polarity: 1 | -1, strength: 1 | 2 | 3, reciprocal: StanceWord['reciprocal'] = 'never',
  target: StanceWord['target'] = 'object',
): StanceWord {
  return Object.freeze({ polarity, strength, reciprocal, target });
}
