/**
 * Words that open a contrasting clause (`X praised Y but condemned Z`): what follows them is what
 * the sentence asserts, so a target's portrayal leans on the clause after them (NewsMTSC-style
 * target sentiment; Liu 2012, "but-clauses").
 */
export const CONTRAST_WORDS: ReadonlySet<string> = new Set([
  'but', 'however', 'yet', 'although', 'though', 'while', 'whereas', 'despite', 'nevertheless', 'nonetheless',
]);
