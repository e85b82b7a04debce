/**
 * Words and marks that end the clause a stance word can reach across: a holder or a target is never
 * looked for beyond them. Contrast (`but`, `while`) starts a new stance; `who`/`which` start a
 * relative clause whose subject is the noun before it, so the search for a target stops there.
 */
export const CLAUSE_BOUNDARIES: ReadonlySet<string> = new Set([
  ';', ':', '.', '!', '?', '(', ')', '—', '–', 'but', 'that', 'while', 'whereas', 'although', 'though',
  'however', 'yet', 'who', 'which', 'whom', 'whose', 'where', 'when', 'because', 'since', 'unless',
]);
