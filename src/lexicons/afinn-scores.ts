// `sentiment` merges its emoji scores into the English table when it loads: imported first, so the
// map below holds them too.
import 'sentiment';
import SENTIMENT_ENGLISH from 'sentiment/languages/en/index.js';

/**
 * The AFINN table of the `sentiment` package (a lower-cased word → -5..5), as a map made once at load.
 * The quote and stance stages look up fresh strings read from the text, which cost more among the
 * thousands of properties of the package's object than in a map.
 */
export const AFINN_SCORES: ReadonlyMap<string, number> = new Map(Object.entries(SENTIMENT_ENGLISH.labels));
