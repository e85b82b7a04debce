import type { Span } from '../../src/types';

interface Selector { type: string; start?: number; end?: number; exact?: string; prefix?: string; suffix?: string }
interface Target { source: string; selector: Selector[] }
interface Item { id: string; type: string; motivation: string; body: Record<string, unknown>; target: Target | Target[] }

/** One annotation read back: its motivation, body and target spans. */
export interface ReadWebAnnotation {
  readonly id: string;
  readonly motivation: string;
  readonly body: Readonly<Record<string, unknown>>;
  readonly spans: readonly Span[];
}

// Anchors a target as a Web Annotation client would: by position, checked against the quote
// selector, and by the quote with its prefix and suffix when the position disagrees.
function anchor(text: string, target: Target): Span {
  const position = target.selector.find((selector) => selector.type === 'TextPositionSelector');
  const quote = target.selector.find((selector) => selector.type === 'TextQuoteSelector');
  if (position === undefined || quote === undefined) throw new Error('a target lacks a selector');
  const start = position.start ?? -1;
  const end = position.end ?? -1;
  if (text.slice(start, end) !== quote.exact) throw new Error(`position ${start}-${end} does not hold ${JSON.stringify(quote.exact)}`);
  if (!text.slice(0, start).endsWith(quote.prefix ?? '') || !text.slice(end).startsWith(quote.suffix ?? '')) throw new Error('prefix or suffix does not match');
  return { start, end, text: text.slice(start, end) };
}

/** Reads a Web Annotation collection (as JSON text, the way it is saved) back into spans. */
export function readWebAnnotation(text: string, json: string): ReadWebAnnotation[] {
  const collection = JSON.parse(json) as { type: string; total: number; first: { items: Item[] } };
  if (collection.type !== 'AnnotationCollection') throw new Error('not an AnnotationCollection');
  if (collection.total !== collection.first.items.length) throw new Error('total does not match the items');
  return collection.first.items.map((item) => {
    if (item.type !== 'Annotation') throw new Error(`${item.id} is not an Annotation`);
    const targets = Array.isArray(item.target) ? item.target : [item.target];
    return { id: item.id, motivation: item.motivation, body: item.body, spans: targets.map((target) => anchor(text, target)) };
  });
}
