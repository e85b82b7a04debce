import { describe, expect, it } from 'vitest';
import { indexSpansByToken, tokenIndexAtOffset, tokenIndexAtOffsetFrom } from '../../src/document/accessors';
import { readDocument } from '../../src/document/read-document';

// `Rome  is far.` → tokens Rome (0–4), is (6–8), far (9–12), . (12–13)
const doc = readDocument('Rome  is far.');

describe('tokenIndexAtOffset', () => {
  it.each([
    ['before the first token', -5, 0],
    ['at the first token', 0, 0],
    ['inside a token', 2, 1],
    ['between two tokens', 5, 1],
    ['at a token', 9, 2],
    ['at the last token', 12, 3],
    ['past the end', 40, 4],
  ])('finds the first token starting at or after an offset %s', (_name, offset, expected) => {
    expect(tokenIndexAtOffset(doc, offset)).toBe(expected);
  });

  it('reads the same starts as the tokens carry', () => {
    expect([...doc.tokenStarts]).toEqual(doc.tokens.map((token) => token.start));
    expect(doc.tokens.map((token) => token.value)).toEqual(['Rome', 'is', 'far', '.']);
  });

  it('finds nothing in an empty document', () => {
    expect(tokenIndexAtOffset(readDocument(''), 0)).toBe(0);
  });
});

describe('tokenIndexAtOffsetFrom', () => {
  it('finds what tokenIndexAtOffset finds for offsets walked in text order, each from the answer before', () => {
    let from = 0;
    for (let offset = -2; offset <= 15; offset += 1) {
      const found = tokenIndexAtOffsetFrom(doc, offset, from);
      expect(found).toBe(tokenIndexAtOffset(doc, offset));
      from = found;
    }
  });
});

describe('indexSpansByToken', () => {
  it('gives each token the index of the span that covers it, and -1 outside every span', () => {
    const doc = readDocument('Ada Lovelace met Charles Babbage.');
    const index = indexSpansByToken(doc, [{ start: 0, end: 12 }, { start: 17, end: 32 }]);
    expect([...index]).toEqual([0, 0, -1, 1, 1, -1]);
  });

  it('indexes spans given out of text order as it indexes them in order', () => {
    const doc = readDocument('Ada Lovelace met Charles Babbage.');
    const index = indexSpansByToken(doc, [{ start: 17, end: 32 }, { start: 0, end: 12 }]);
    expect([...index]).toEqual([1, 1, -1, 0, 0, -1]);
  });
});
