import { stanceWord, type StanceWord } from '../stance-word';

/**
 * Nouns, adjectives and prepositions that state a stance, keyed by lower-cased form and by lemma
 * (`allies` and `ally` both match). The holder is the subject or the possessor (`Tehran's ally`,
 * `Iranian support for X`), the target the `of`/`for`/`to` object or the apposition (`an ally, X`).
 * `against` is kept because news states opposition with it more than with any verb (`a coalition
 * against X`, `united against X`). Reciprocal nouns (`allies`, `unity`, `coordination`) relate both
 * ways. Adjectives that predicate of their target (`X is trustworthy`) look for it before them.
 */
export const STANCE_NOUNS: ReadonlyMap<string, StanceWord> = new Map([
  // support
  ['ally', stanceWord(1, 3, 'always')], ['allies', stanceWord(1, 3, 'always')],
  ['backer', stanceWord(1, 3)], ['backing', stanceWord(1, 2)], ['supporter', stanceWord(1, 3)],
  ['support', stanceWord(1, 2)], ['supportive', stanceWord(1, 2)], ['aid', stanceWord(1, 2)],
  ['protector', stanceWord(1, 2)],
  ['partner', stanceWord(1, 2, 'always')], ['partnership', stanceWord(1, 2, 'group')],
  ['alliance', stanceWord(1, 3, 'group')], ['axis', stanceWord(1, 2, 'group')],
  ['cooperation', stanceWord(1, 2, 'group')], ['coordination', stanceWord(1, 2, 'group')],
  ['unity', stanceWord(1, 2, 'group')], ['solidarity', stanceWord(1, 2, 'group')],
  ['united', stanceWord(1, 2, 'group', 'none')], ['jointly', stanceWord(1, 1, 'group', 'none')],
  ['together', stanceWord(1, 1, 'group', 'none')],
  ['contract', stanceWord(1, 1, 'group')], ['agreement', stanceWord(1, 1, 'group')],
  ['deal', stanceWord(1, 1, 'group')], ['deals', stanceWord(1, 1, 'group')],
  ['alongside', stanceWord(1, 2)], ['trustworthy', stanceWord(1, 2, 'never', 'subject')],
  ['friend', stanceWord(1, 2, 'always')], ['friendly', stanceWord(1, 1)],
  // oppose
  ['against', stanceWord(-1, 2)], ['opposed', stanceWord(-1, 2)], ['opponent', stanceWord(-1, 2)],
  ['foe', stanceWord(-1, 3)], ['enemy', stanceWord(-1, 3)],
  ['rival', stanceWord(-1, 2)], ['archrival', stanceWord(-1, 3)],
  ['critic', stanceWord(-1, 2)], ['critical', stanceWord(-1, 1)], ['hostile', stanceWord(-1, 2)],
  ['removal', stanceWord(-1, 2)], ['ouster', stanceWord(-1, 3)], ['overthrow', stanceWord(-1, 3)],
  ['sanctions', stanceWord(-1, 2)], ['airstrikes', stanceWord(-1, 3)], ['plot', stanceWord(-1, 1)],
  ['untrustworthy', stanceWord(-1, 2, 'never', 'subject')], ['rebuff', stanceWord(-1, 2)], ['rejection', stanceWord(-1, 2)],
  ['condemnation', stanceWord(-1, 3)], ['denunciation', stanceWord(-1, 3)], ['praise', stanceWord(1, 2)],
]);
