import { spanOfSentence } from './document/accessors';
import { readDocument } from './document/read-document';
import { tagDocumentEntities } from './entities/tag-document-entities';
import { assertOptions, assertString } from './errors';
import { DEFAULT_LEXICONS, type CompiledLexicons } from './lexicons/compiled-lexicons';
import { attributeDocumentQuotes, attributeQuotesWithCoreference } from './quotes/attribute-document-quotes';
import { scoreDocumentStances } from './stances/score-document-stances';
import type { AnnotateOptions, Annotation, EntityMention, Quote, Stance } from './types';

// The recipe. Each public function reads the text with wink-nlp exactly once and hands that one
// Document to every stage it needs: entities → quotes (which use entities) → stances (which use both).
// The `…With` forms take the compiled lexicons every stage reads; the exported functions pass
// presswork's own, and `createAnnotator` binds a caller's.

/** `annotate` with the given compiled lexicons. */
export function annotateWith(lexicons: CompiledLexicons, text: string, options?: AnnotateOptions): Annotation {
  assertString(text, 'text');
  assertOptions(options);
  const doc = readDocument(text);
  const entities = tagDocumentEntities(doc, options, lexicons);
  // One coreference stage: the quotes resolve it and the stances read the same links.
  const { quotes, coreference } = attributeQuotesWithCoreference(doc, entities, options, lexicons);
  const stances = scoreDocumentStances(doc, entities, quotes, options, lexicons, coreference);
  const sentences = doc.sentences.map((sentence) => spanOfSentence(doc, sentence));
  return { text, sentences, entities, quotes, stances };
}

/** `tagEntities` with the given compiled lexicons. */
export function tagEntitiesWith(lexicons: CompiledLexicons, text: string, options?: AnnotateOptions): EntityMention[] {
  assertString(text, 'text');
  assertOptions(options);
  return tagDocumentEntities(readDocument(text), options, lexicons);
}

/** `attributeQuotes` with the given compiled lexicons. */
export function attributeQuotesWith(lexicons: CompiledLexicons, text: string, options?: AnnotateOptions): Quote[] {
  assertString(text, 'text');
  assertOptions(options);
  const doc = readDocument(text);
  return attributeDocumentQuotes(doc, tagDocumentEntities(doc, options, lexicons), options, lexicons);
}

/** `scoreStances` with the given compiled lexicons. */
export function scoreStancesWith(lexicons: CompiledLexicons, text: string, options?: AnnotateOptions): Stance[] {
  assertString(text, 'text');
  assertOptions(options);
  const doc = readDocument(text);
  const entities = tagDocumentEntities(doc, options, lexicons);
  const { quotes, coreference } = attributeQuotesWithCoreference(doc, entities, options, lexicons);
  return scoreDocumentStances(doc, entities, quotes, options, lexicons, coreference);
}

/** Annotates an article: its sentences, entity mentions, quotes and stances. */
export function annotate(text: string, options?: AnnotateOptions): Annotation {
  return annotateWith(DEFAULT_LEXICONS, text, options);
}

/** Finds every named-entity mention, linked to its canonical entity. */
export function tagEntities(text: string, options?: AnnotateOptions): EntityMention[] {
  return tagEntitiesWith(DEFAULT_LEXICONS, text, options);
}

/** Finds every quote with its speaker and reporting cue. */
export function attributeQuotes(text: string, options?: AnnotateOptions): Quote[] {
  return attributeQuotesWith(DEFAULT_LEXICONS, text, options);
}

/** Finds who supports or opposes whom, with a score in [-1, 1] and the evidence spans. */
export function scoreStances(text: string, options?: AnnotateOptions): Stance[] {
  return scoreStancesWith(DEFAULT_LEXICONS, text, options);
}
