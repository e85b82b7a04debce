import type { Span } from '../../src/types';

/** The parts of a gold or predicted annotation that carry spans. */
interface Spanned {
  readonly sentences?: readonly Span[];
  readonly entities: readonly Span[];
  readonly quotes: readonly { readonly content: Span; readonly speaker: { readonly mention: Span | null }; readonly cue: Span | null }[];
  readonly stances: readonly { readonly evidence: readonly Span[] }[];
}

/** Every span of an annotation, each named by where it sits (`quotes[3].cue`), for offset checks. */
export function collectSpans(annotation: Spanned): [string, Span][] {
  const spans: [string, Span][] = [];
  (annotation.sentences ?? []).forEach((span, index) => spans.push([`sentences[${index}]`, span]));
  annotation.entities.forEach((span, index) => spans.push([`entities[${index}]`, span]));
  annotation.quotes.forEach((quote, index) => {
    spans.push([`quotes[${index}].content`, quote.content]);
    if (quote.speaker.mention !== null) spans.push([`quotes[${index}].speaker.mention`, quote.speaker.mention]);
    if (quote.cue !== null) spans.push([`quotes[${index}].cue`, quote.cue]);
  });
  annotation.stances.forEach((stance, index) =>
    stance.evidence.forEach((span, evidence) => spans.push([`stances[${index}].evidence[${evidence}]`, span])));
  return spans;
}

/** The spans whose offsets do not slice to their text, or fall outside it; empty when all hold. */
export function findBadSpans(text: string, annotation: Spanned): string[] {
  return collectSpans(annotation)
    .filter(([, span]) => !(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0
      && span.start <= span.end && span.end <= text.length && text.slice(span.start, span.end) === span.text))
    .map(([where, span]) => `${where} ${span.start}-${span.end} ${JSON.stringify(span.text)} ≠ ${JSON.stringify(text.slice(span.start, span.end))}`);
}
