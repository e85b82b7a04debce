import type { Ratio } from './types';

/** Builds a ratio; with nothing to judge it is 1 (nothing got wrong), like an empty `Prf` side. */
export function makeRatio(correct: number, total: number): Ratio {
  return { correct, total, value: total === 0 ? 1 : correct / total };
}
