/** How a stance word relates its holder and its target, compiled from a stance frame. */
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
  /** The preposition that belongs to the frame and introduces its object (`against` in `lawsuit against X`), if any. */
  readonly preposition: string | undefined;
  /** Whether the word describes a hostile act: `also` states a stance too, `only` composes but states none alone. */
  readonly act: 'also' | 'only' | undefined;
  /** Whether the target must follow right after the word, past one article. */
  readonly isDirect: boolean;
  /** Whether the word is a noun naming its holder (`critic`, `lawyer`), whose possessor or modifier is the target. */
  readonly isAgent: boolean;
}
