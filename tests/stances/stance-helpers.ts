import { readDocument } from '../../src/document/read-document';
import { scoreDocumentStances } from '../../src/stances/score-document-stances';
import type { AnnotateOptions, EntityMention, EntityType, Quote, Stance } from '../../src/types';

/** An entity the test names by hand: its surface form, type and canonical name (the surface by default). */
export type HandEntity = readonly [surface: string, type: EntityType, entity?: string];

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** Builds entity mentions for every whole-word occurrence of each surface, longest first, never overlapping. */
export function mentionsIn(text: string, entities: readonly HandEntity[]): EntityMention[] {
  const mentions: EntityMention[] = [];
  const taken = new Array<boolean>(text.length).fill(false);
  for (const [surface, type, entity] of [...entities].sort((a, b) => b[0].length - a[0].length)) {
    for (let start = text.indexOf(surface); start !== -1; start = text.indexOf(surface, start + 1)) {
      const end = start + surface.length;
      if (isWordChar(text[start - 1]) || isWordChar(text[end]) || taken.slice(start, end).some(Boolean)) continue;
      taken.fill(true, start, end);
      mentions.push({ start, end, text: surface, type, entity: entity ?? surface });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** A quote made by hand: the content is the first occurrence of `content`, said by `speaker`. */
export function quoteOf(text: string, content: string, speaker: string | null, mention?: string): Quote {
  const start = text.indexOf(content);
  const mentionStart = mention === undefined ? -1 : text.indexOf(mention);
  return {
    kind: 'direct',
    content: { start, end: start + content.length, text: content },
    speaker: {
      mention: mention === undefined ? null : { start: mentionStart, end: mentionStart + mention.length, text: mention },
      entity: speaker,
      description: null,
    },
    cue: null,
  };
}

/** Runs stance scoring on hand-made entities and quotes. */
export function stancesOf(text: string, entities: readonly HandEntity[], quotes: readonly Quote[] = [], options?: AnnotateOptions): Stance[] {
  return scoreDocumentStances(readDocument(text), mentionsIn(text, entities), quotes, options);
}

/** The stances as sorted `holder > target: polarity` lines, easy to compare in a table. */
export function stanceLines(stances: readonly Stance[]): string[] {
  return stances.map((stance) => `${stance.holder} > ${stance.target}: ${stance.polarity}`).sort();
}
