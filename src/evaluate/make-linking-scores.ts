import type { LinkingScores } from './types';

/** Builds B³ linking scores from per-mention sums; with no mention scored, B³ is 1. */
export function makeLinkingScores(mentions: number, precisionSum: number, recallSum: number): LinkingScores {
  const precision = mentions === 0 ? 1 : precisionSum / mentions;
  const recall = mentions === 0 ? 1 : recallSum / mentions;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { mentions, precisionSum, recallSum, precision, recall, f1 };
}
