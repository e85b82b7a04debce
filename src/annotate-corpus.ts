import { annotateWith } from './annotate';
import { linkCorpusEntities, type CorpusEntity, type CorpusMention } from './entities/link-corpus-entities';
import { assertOptions, assertString, typeName } from './errors';
import { DEFAULT_LEXICONS, type CompiledLexicons } from './lexicons/compiled-lexicons';
import type { AnnotateOptions, Annotation } from './types';

export type { CorpusEntity, CorpusMention };

/** One article of a corpus. */
export interface CorpusDocument {
  /** The caller's id for the article, used in every corpus mention; ids should be unique. */
  readonly id: string;
  /** The article. */
  readonly text: string;
}

/** What `annotateCorpus` returns. */
export interface CorpusAnnotation {
  /** Each article's annotation, in input order, with entity names shared across the corpus. */
  readonly documents: ReadonlyArray<{ readonly id: string; readonly annotation: Annotation }>;
  /** Every entity of the corpus, with its aliases and every mention. */
  readonly entities: readonly CorpusEntity[];
}

function assertDocuments(value: unknown): asserts value is readonly CorpusDocument[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`presswork: \`docs\` must be an array of { id, text }, received ${typeName(value)}`);
  }
  value.forEach((item: unknown, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new TypeError(`presswork: \`docs[${index}]\` must be an object, received ${typeName(item)}`);
    }
    const document = item as Record<string, unknown>;
    assertString(document['id'], `docs[${index}].id`);
    assertString(document['text'], `docs[${index}].text`);
  });
}

/**
 * Annotates every article of a corpus and links entities across them, so that each real entity
 * has one canonical name with every alias and mention (`Weber` in one article, `Anna Weber`
 * in another). Each article's mentions carry that corpus-wide name in `entity`.
 */
export function annotateCorpus(docs: readonly CorpusDocument[], options?: AnnotateOptions): CorpusAnnotation {
  return annotateCorpusWith(DEFAULT_LEXICONS, docs, options);
}

/** `annotateCorpus` with the given compiled lexicons. */
export function annotateCorpusWith(lexicons: CompiledLexicons, docs: readonly CorpusDocument[], options?: AnnotateOptions): CorpusAnnotation {
  assertDocuments(docs);
  assertOptions(options);
  const annotated = docs.map((document) => ({ id: document.id, annotation: annotateWith(lexicons, document.text, options) }));
  const entities = linkCorpusEntities(annotated.map(({ id, annotation }) => ({ id, entities: annotation.entities })));
  const corpusName = new Map<string, string>();
  for (const entity of entities) {
    for (const mention of entity.mentions) corpusName.set(`${mention.id}\u0000${mention.start}:${mention.end}`, entity.name);
  }
  const documents = annotated.map(({ id, annotation }) => ({
    id,
    annotation: {
      ...annotation,
      entities: annotation.entities.map((mention) => ({ ...mention, entity: corpusName.get(`${id}\u0000${mention.start}:${mention.end}`) ?? mention.entity })),
    },
  }));
  return { documents, entities };
}
