export { annotateMany } from './annotate-many';
export type { AnnotateManyOptions, AnnotatedDocument, CorpusDocument } from './annotate-many';
