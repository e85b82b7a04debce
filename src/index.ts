export { annotate, attributeQuotes, scoreStances, tagEntities } from './annotate';
export type {
  AnnotateOptions, Annotation, EntityMention, EntityType, KnownEntity, Quote, QuoteKind, Speaker, Span,
  Stance, StancePolarity,
} from './types';
