import type { Annotation } from '../index';

/** The parts of an Annotation that `--only` can keep. */
export type Stage = 'entities' | 'quotes' | 'stances';

/**
 * Keeps the chosen stages of an annotation and empties the others, so every output keeps the
 * Annotation's shape (`quotes: []` rather than no `quotes`) and readers need no special case.
 */
export function selectStages(annotation: Annotation, stages: ReadonlySet<Stage>): Annotation {
  return {
    text: annotation.text,
    sentences: annotation.sentences,
    entities: stages.has('entities') ? annotation.entities : [],
    quotes: stages.has('quotes') ? annotation.quotes : [],
    stances: stages.has('stances') ? annotation.stances : [],
  };
}
