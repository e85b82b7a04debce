import type { GoldAnnotation } from '../../src/fixtures/types';
import type { Annotation } from '../../src/types';

/** Turns a gold annotation into an `Annotation`, as if presswork had predicted it perfectly. */
export function goldAsAnnotation(text: string, gold: GoldAnnotation): Annotation {
  return {
    text,
    sentences: [],
    entities: gold.entities,
    quotes: gold.quotes,
    stances: gold.stances.map((stance) => ({ ...stance, score: stance.polarity === 'support' ? 1 : -1 })),
  };
}
