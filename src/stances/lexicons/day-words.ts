/**
 * Words for a day, which news puts between a verb and its particle (`ruled Friday against`) and
 * before a possessive that makes a description definite (`Friday's ruling`).
 */
export const DAY_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
]);
