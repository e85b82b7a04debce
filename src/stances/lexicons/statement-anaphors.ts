/**
 * Noun phrases that refer back to what the previous sentence's parties said or did (`Russia and
 * Iran will oppose X, an official said. The comments were a rebuff of …`): their holders hold the
 * stance, keyed by lower-cased words joined by one space.
 */
export const STATEMENT_ANAPHORS: ReadonlySet<string> = new Set([
  'the comments', 'the remarks', 'the statement', 'the statements', 'the move', 'the decision',
  'the pledge', 'the announcement', 'the declaration', 'the vow',
  // demonstratives point back the same way (`These comments drew …`)
  'these comments', 'those comments', 'these remarks', 'those remarks', 'this statement', 'that statement',
  'this move', 'that move', 'this decision', 'that decision', 'this announcement', 'this pledge',
]);
