import type { Quote } from '../types';

/**
 * Names who said a quote, for display and export: the canonical entity, else the description of an
 * unnamed source, else the words of the mention itself; `null` only when nothing at all is known.
 */
export function speakerName(quote: Quote): string | null {
  const { speaker } = quote;
  return speaker.entity ?? speaker.description ?? speaker.mention?.text ?? null;
}
