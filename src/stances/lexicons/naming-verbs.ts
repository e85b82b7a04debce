/**
 * Verbs that name or describe a party with a predicate (`X called Y a "disgrace"`, `X described Y's
 * conduct as "outrageous"`): the words of the predicate carry the stance, not the verb. Each maps to
 * whether its predicate needs `as` before it. General English; `call` for a phone call or a
 * `call for` is told apart by what follows the object.
 */
export const NAMING_VERBS: ReadonlyMap<string, boolean> = new Map([
  ['call', false], ['brand', false], ['dub', false], ['label', false], ['deem', false],
  ['describe', true], ['characterize', true], ['characterise', true], ['portray', true], ['depict', true],
  ['dismiss', true], ['view', true], ['regard', true],
]);
