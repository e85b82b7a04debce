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

const spanLength = (span: Span): number => span.end - span.start;

/**
 * Matches each predicted quote, in order, to the still unmatched gold quote whose content it
 * overlaps most, provided the overlap is at least half of the shorter content. On a tie (a partial
 * quote inside an indirect one overlaps both wholly) the gold quote closest in length wins, so the
 * partial prediction takes the partial gold quote.
 */
export function matchQuotes(gold: readonly Quote[], predicted: readonly Quote[]): QuoteMatch[] {
  const used = new Set<number>();
  const matches: QuoteMatch[] = [];
  predicted.forEach((quote, predictedIndex) => {
    let best = -1;
    let bestOverlap = 0;
    let bestDifference = Infinity;
    gold.forEach((candidate, goldIndex) => {
      if (used.has(goldIndex) || !isQuoteOverlap(quote.content, candidate.content)) return;
      const overlap = overlapLength(quote.content, candidate.content);
      const difference = Math.abs(spanLength(candidate.content) - spanLength(quote.content));
      if (overlap > bestOverlap || (overlap === bestOverlap && difference < bestDifference)) {
        best = goldIndex;
        bestOverlap = overlap;
        bestDifference = difference;
      }
    });
    if (best >= 0) {
      used.add(best);
      matches.push({ gold: best, predicted: predictedIndex });
    }
  });
  return matches;
}
