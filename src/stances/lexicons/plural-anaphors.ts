/**
 * Noun phrases that refer back to the last group of two or more parties (`Russia and Iran … Both
 * countries are allies of X`), keyed by their lower-cased words joined by one space.
 */
export const PLURAL_ANAPHORS: ReadonlySet<string> = new Set([
  'both countries', 'the two countries', 'both sides', 'the two sides', 'both nations', 'the two nations',
  'the nations', 'the countries', 'both governments', 'the two governments', 'the two leaders', 'both leaders',
  'the allies', 'the two allies', 'the pair',
]);
