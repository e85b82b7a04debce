import type { Annotation, EntityMention } from '../types';
import { tokenizeForConll } from './tokenize-for-conll';

// The entities overlapping [start, end), found from a cursor into the sorted list, so a whole
// article is tagged in one pass instead of scanning every entity for every sentence.
function entitiesWithin(entities: readonly EntityMention[], cursor: { index: number }, start: number, end: number): EntityMention[] {
  while (cursor.index < entities.length && (entities[cursor.index]?.end ?? 0) <= start) cursor.index += 1;
  const within: EntityMention[] = [];
  for (let index = cursor.index; index < entities.length; index += 1) {
    const entity = entities[index];
    if (entity === undefined || entity.start >= end) break;
    within.push(entity);
  }
  return within;
}

/**
 * Writes an annotation's entities as CoNLL-style BIO: one `token<TAB>tag` line per token (`B-PERSON`,
 * `I-PERSON`, `O`, …) and a blank line after each sentence. Tokens are the sentence's words, split
 * at whitespace, at entity boundaries and before and after punctuation, so reading the tags back
 * in order gives each entity's exact span. A sentence without tokens writes nothing.
 */
export function toConll(annotation: Annotation): string {
  const { text } = annotation;
  const entities = [...annotation.entities].sort((a, b) => a.start - b.start);
  const cursor = { index: 0 };
  const blocks: string[] = [];
  for (const sentence of annotation.sentences) {
    const within = entitiesWithin(entities, cursor, sentence.start, sentence.end);
    const lines: string[] = [];
    let previous: EntityMention | undefined;
    let next = 0;
    for (const token of tokenizeForConll(text, sentence, within)) {
      // Tokens and entities are both in text order, so one cursor finds each token's entity.
      while (next < within.length && (within[next]?.end ?? 0) <= token.start) next += 1;
      const candidate = within[next];
      const entity = candidate !== undefined && candidate.start <= token.start && token.end <= candidate.end ? candidate : undefined;
      const tag = entity === undefined ? 'O' : `${entity === previous ? 'I' : 'B'}-${entity.type}`;
      lines.push(`${text.slice(token.start, token.end)}\t${tag}`);
      previous = entity;
    }
    if (lines.length > 0) blocks.push(`${lines.join('\n')}\n`);
  }
  return blocks.join('\n');
}
