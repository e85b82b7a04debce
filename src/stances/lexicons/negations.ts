/**
 * Words that negate the stance word after them in the same clause (`never backed`, `cannot be
 * trusted`, `does not target`), lower-cased as wink-nlp normalises them (`n't` → `not`).
 */
export const NEGATIONS: ReadonlySet<string> = new Set([
  'not', 'never', 'no', 'cannot', 'neither', 'nor', 'without', 'refuse', 'refused', 'refuses', "n't",
]);
