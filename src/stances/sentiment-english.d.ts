// `sentiment`'s English language module. Its `labels` object is the table `analyze` reads: AFINN-165,
// with the package's emoji scores merged into it when `sentiment` loads.
declare module 'sentiment/languages/en/index.js' {
  const english: {
    readonly labels: Readonly<Record<string, number>>;
    /** The word's score, flipped when a negator (`not`, `don't`) is the word before it. */
    readonly scoringStrategy: { apply(tokens: readonly string[], cursor: number, tokenScore: number): number };
  };
  export default english;
}
