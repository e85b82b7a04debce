import type { GoldAnnotation } from '../fixtures/types';
import type { Annotation } from '../types';
import { scoreLinking } from './score-linking';
import { scoreNer } from './score-ner';
import { scoreQuotes } from './score-quotes';
import { scoreStances } from './score-stances';
import type { CatalogIndex, DocumentScores } from './types';

/** The parts of a prediction that are scored: an `Annotation` fits. */
export type ScoredAnnotation = Pick<Annotation, 'entities' | 'quotes' | 'stances'>;

/** Scores one article's prediction against its gold. */
export function evaluateDocument(
  id: string, gold: GoldAnnotation, predicted: ScoredAnnotation, index: CatalogIndex,
): DocumentScores {
  return {
    id,
    ner: scoreNer(gold.entities, predicted.entities),
    linking: scoreLinking(gold.entities, predicted.entities, index),
    quotes: scoreQuotes(gold.quotes, predicted.quotes, index),
    stances: scoreStances(gold.stances, predicted.stances, index),
  };
}
