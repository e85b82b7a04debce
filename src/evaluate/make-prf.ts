import type { Prf } from './types';

/**
 * Turns match counts into precision, recall and F1. Empty against empty is perfect (1); predicting
 * nothing against some gold, or something against no gold, is 0 on every measure, so a stage that
 * returns nothing never reads as precise.
 */
export function makePrf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}
