import type { GoldAnnotation, GoldEntity } from '../fixtures/types';
import { buildCatalogIndex } from './build-catalog-index';
import { evaluateDocument, type ScoredAnnotation } from './evaluate-document';
import { sumScores } from './sum-scores';
import type { CorpusScores } from './types';

/** One article to score: its id, text, gold annotation and presswork's (or any) prediction. */
export interface EvaluatedDocument {
  /** The article's id. */
  readonly id: string;
  /** The article's text. */
  readonly text: string;
  /** The gold annotation (`seeds/gold/<id>.json`). */
  readonly gold: GoldAnnotation;
  /** The prediction; an `Annotation` from `annotate()`. */
  readonly predicted: ScoredAnnotation;
}

/**
 * Scores predictions against gold for every article and in total (micro average). `catalog` is
 * the canonical entities with their aliases (`entities.json`), used to normalise names.
 */
export function evaluateCorpus(documents: readonly EvaluatedDocument[], catalog: readonly GoldEntity[]): CorpusScores {
  const index = buildCatalogIndex(catalog);
  const scores = documents.map((document) => evaluateDocument(document.id, document.gold, document.predicted, index));
  return { documents: scores, total: sumScores('total', scores) };
}
