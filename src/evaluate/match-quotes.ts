import type { Quote, Span } from '../types';

/** A gold quote and the predicted quote matched to it, by index. */
export interface QuoteMatch {
  /** The index of the gold quote. */
  readonly gold: number;
  /** The index of the predicted quote. */
  readonly predicted: number;
}

function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Whether two contents overlap by at least half of the shorter one (issue 2, quote detection). */
function isQuoteOverlap(a: Span, b: Span): boolean {
  const overlap = overlapLength(a, b);
  return overlap > 0 && 2 * overlap >= Math.min(a.end - a.start, b.end - b.start);
}

/**
 * Matches each predicted quote, in order, to the still unmatched gold quote whose content it
 * overlaps most, provided the overlap is at least half of the shorter content. On a tie the first
 * gold quote wins, as in the reference scorer `score-gold.mjs`: a partial prediction inside an
 * indirect gold quote listed first takes the indirect one, so an indirect quote missed around a
 * partial one costs a match, as the guidelines (each partial quote is also its own record) demand.
 */
export function matchQuotes(gold: readonly Quote[], predicted: readonly Quote[]): QuoteMatch[] {
  const used = new Set<number>();
  const matches: QuoteMatch[] = [];
  predicted.forEach((quote, predictedIndex) => {
    let best = -1;
    let bestOverlap = 0;
    gold.forEach((candidate, goldIndex) => {
      if (used.has(goldIndex) || !isQuoteOverlap(quote.content, candidate.content)) return;
      const overlap = overlapLength(quote.content, candidate.content);
      if (overlap > bestOverlap) {
        best = goldIndex;
        bestOverlap = overlap;
      }
    });
    if (best >= 0) {
      used.add(best);
      matches.push({ gold: best, predicted: predictedIndex });
    }
  });
  return matches;
}
