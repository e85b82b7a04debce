import { readDocument } from '../../src/document/read-document';
import { attributeDocumentQuotes } from '../../src/quotes/attribute-document-quotes';
import type { EntityMention, EntityType, Quote } from '../../src/types';

/** A name to mark in a test sentence: its surface form, canonical entity and type. */
export type TestName = readonly [surface: string, entity: string, type: EntityType];

/** Marks every occurrence of the given names (longest first, never overlapping), as an entity tagger would. */
export function mentionsOf(text: string, names: readonly TestName[]): EntityMention[] {
  const mentions: EntityMention[] = [];
  const longestFirst = [...names].sort((a, b) => b[0].length - a[0].length);
  for (const [surface, entity, type] of longestFirst) {
    for (let start = text.indexOf(surface); start !== -1; start = text.indexOf(surface, start + 1)) {
      const end = start + surface.length;
      if (mentions.some((mention) => start < mention.end && end > mention.start)) continue;
      mentions.push({ start, end, text: surface, type, entity });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** Runs quote attribution on a text with the given names marked. */
export function quotesOf(text: string, names: readonly TestName[] = []): Quote[] {
  return attributeDocumentQuotes(readDocument(text), mentionsOf(text, names));
}
