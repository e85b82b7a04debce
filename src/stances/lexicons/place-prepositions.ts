/**
 * Prepositions whose object is a place or a time, not the party a stance is about (`a campaign in
 * Syria`, `talks in Moscow`): an entity after them is neither holder nor target of a stance word.
 */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'into', 'at', 'on', 'over', 'across', 'near', 'inside', 'outside', 'throughout', 'within',
  'during', 'after', 'before', 'until', 'via', 'around', 'beyond', 'toward', 'towards', 'from', 'by',
]);
