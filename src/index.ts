export { annotate, attributeQuotes, scoreStances, tagEntities } from './annotate';
export type {
  AnnotateOptions, Annotation, EntityMention, EntityType, KnownEntity, LexiconStanceFrame, Lexicons, Quote, QuoteKind,
  Speaker, Span, Stance, StancePolarity,
} from './types';
export { toBrat, type BratRelationType } from './formats/to-brat';
export { toConll } from './formats/to-conll';
export {
  toWebAnnotation, type TextPositionSelector, type TextQuoteSelector, type WebAnnotation, type WebAnnotationBody,
  type WebAnnotationCollection, type WebAnnotationOptions, type WebAnnotationTarget,
} from './formats/to-web-annotation';
export { renderHtml, type RenderHtmlOptions } from './formats/render-html';
export { targetSentiment, type TargetSentiment } from './stances/target-sentiment';
export { annotateCorpus, type CorpusAnnotation, type CorpusDocument, type CorpusEntity, type CorpusMention } from './annotate-corpus';
export { createAnnotator, type Annotator, type AnnotatorOptions } from './create-annotator';
