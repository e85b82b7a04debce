import { stanceWord, type StanceWord } from '../stance-word';

/**
 * Stance phrases of two or three words, keyed by their lower-cased lemmas joined by one space; they
 * are matched before single words, so `fight alongside` (support) wins over `fight` (oppose).
 * `step down`, `phase out` and `be trusted` predicate of the target before them (`demands that X
 * step down`, `X cannot be trusted`).
 */
export const STANCE_PHRASES: ReadonlyMap<string, StanceWord> = new Map([
  ['fight alongside', stanceWord(1, 3)], ['fight with', stanceWord(1, 3)], ['side with', stanceWord(1, 2)],
  ['stand by', stanceWord(1, 2)], ['stand with', stanceWord(1, 2)], ['shore up', stanceWord(1, 2)],
  ['work together', stanceWord(1, 2, 'group', 'none')], ['side together', stanceWord(1, 2, 'group', 'none')],
  ['work closely', stanceWord(1, 2, 'group', 'none')], ['agree with', stanceWord(1, 2)],
  ['regime change', stanceWord(-1, 2)], ['hit out', stanceWord(-1, 2)], ['lash out', stanceWord(-1, 2)],
  ['turn against', stanceWord(-1, 2)], ['crack down', stanceWord(-1, 2)],
  ['step down', stanceWord(-1, 2, 'never', 'subject')], ['phase out', stanceWord(-1, 2, 'never', 'subject')],
  ['be trust', stanceWord(1, 2, 'never', 'subject')], ['be trusted', stanceWord(1, 2, 'never', 'subject')],
]);
