import { annotateWith, attributeQuotesWith, scoreStancesWith, tagEntitiesWith } from './annotate';
import { annotateCorpusWith, type CorpusAnnotation, type CorpusDocument } from './annotate-corpus';
import { typeName } from './errors';
import { compileLexicons } from './lexicons/compile-lexicons';
import { targetSentiment, type TargetSentiment } from './stances/target-sentiment';
import type { AnnotateOptions, Annotation, EntityMention, Lexicons, Quote, Stance } from './types';

/** Options of `createAnnotator`. */
export interface AnnotatorOptions {
  /** The caller's additions to presswork's own lexicons. */
  readonly lexicons?: Lexicons;
}

/** The public functions, bound to one set of lexicons. */
export interface Annotator {
  /** `annotate` with the annotator's lexicons. */
  readonly annotate: (text: string, options?: AnnotateOptions) => Annotation;
  /** `annotateCorpus` with the annotator's lexicons. */
  readonly annotateCorpus: (docs: readonly CorpusDocument[], options?: AnnotateOptions) => CorpusAnnotation;
  /** `targetSentiment`: its model reads no lexicon, so it is the same function. */
  readonly targetSentiment: (text: string, target: { start: number; end: number }) => TargetSentiment;
  /** `tagEntities` with the annotator's lexicons. */
  readonly tagEntities: (text: string, options?: AnnotateOptions) => EntityMention[];
  /** `attributeQuotes` with the annotator's lexicons. */
  readonly attributeQuotes: (text: string, options?: AnnotateOptions) => Quote[];
  /** `scoreStances` with the annotator's lexicons. */
  readonly scoreStances: (text: string, options?: AnnotateOptions) => Stance[];
}

const OPTION_NAMES: ReadonlySet<string> = new Set(['lexicons']);

function assertAnnotatorOptions(value: unknown): asserts value is AnnotatorOptions | undefined {
  if (value === undefined) return;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`presswork: \`options\` must be an object, received ${typeName(value)}`);
  }
  for (const key of Object.keys(value)) {
    if (!OPTION_NAMES.has(key)) throw new TypeError(`presswork: unknown option \`options.${key}\`; expected lexicons`);
  }
}

/**
 * Checks and compiles a caller's lexicons once, and returns the public functions bound to them.
 * The lexicons are added to presswork's own in a fresh frozen object, so annotators never affect
 * each other or the exported `annotate`. A malformed entry throws a `TypeError` naming it.
 */
export function createAnnotator(options?: AnnotatorOptions): Annotator {
  assertAnnotatorOptions(options);
  const lexicons = compileLexicons(options?.lexicons);
  return Object.freeze({
    annotate: (text: string, callOptions?: AnnotateOptions) => annotateWith(lexicons, text, callOptions),
    annotateCorpus: (docs: readonly CorpusDocument[], callOptions?: AnnotateOptions) => annotateCorpusWith(lexicons, docs, callOptions),
    targetSentiment,
    tagEntities: (text: string, callOptions?: AnnotateOptions) => tagEntitiesWith(lexicons, text, callOptions),
    attributeQuotes: (text: string, callOptions?: AnnotateOptions) => attributeQuotesWith(lexicons, text, callOptions),
    scoreStances: (text: string, callOptions?: AnnotateOptions) => scoreStancesWith(lexicons, text, callOptions),
  });
}
