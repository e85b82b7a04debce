// The evaluation harness shared by `npm run eval` and `presswork eval`: pure, browser-safe metrics.
export { evaluateCorpus, type EvaluatedDocument } from './evaluate-corpus';
export { formatScores } from './format-scores';
export { buildCatalogIndex } from './build-catalog-index';
export { evaluateDocument, type ScoredAnnotation } from './evaluate-document';
export { scoreNer } from './score-ner';
export { scoreLinking } from './score-linking';
export { scoreQuotes } from './score-quotes';
export { scoreStances, type ScoredStance } from './score-stances';
export { matchQuotes, type QuoteMatch } from './match-quotes';
export type {
  CatalogIndex, CorpusScores, DocumentScores, LinkingScores, NerScores, Prf, QuoteScores, Ratio, StanceScores,
} from './types';
export { listMistakes, type DocumentMistakes, type MistakePair } from './list-mistakes';
export { formatMistakes } from './format-mistakes';
