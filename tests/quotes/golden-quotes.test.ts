import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document/read-document';
import { buildCatalogIndex, scoreQuotes } from '../../src/evaluate/index';
import { goldenCorpus, goldenEntities } from '../../src/fixtures';
import { attributeDocumentQuotes } from '../../src/quotes/attribute-document-quotes';
import type { Quote } from '../../src/types';

// Quote attribution on its own: the gold entity mentions go in, so these floors measure this stage
// and not the entity tagger (tests/golden.test.ts scores the whole pipeline). Floors are the last
// measured values rounded down; raise them in the commit that earns more. Partial recall and end to end
// were lowered once (issue 14) when matching began to follow score-gold.mjs: a tie goes to the gold
// quote listed first, so a partial quote inside a missed indirect one now counts against both.
const FLOORS = { detectionF1: 0.99, directRecall: 1, partialRecall: 0.95, speaker: 0.98, endToEndF1: 0.96 };

const index = buildCatalogIndex(goldenEntities);
const documents = goldenCorpus.map((document) => ({
  document,
  predicted: attributeDocumentQuotes(readDocument(document.text), document.gold.entities),
}));
const gold: Quote[] = [];
const predicted: Quote[] = [];
// Offsets are shifted per article so one corpus-wide score can be taken without cross-article matches.
let shift = 0;
const shifted = (quote: Quote, by: number): Quote => ({
  ...quote,
  content: { ...quote.content, start: quote.content.start + by, end: quote.content.end + by },
  speaker: { ...quote.speaker, mention: quote.speaker.mention === null ? null : { ...quote.speaker.mention, start: quote.speaker.mention.start + by, end: quote.speaker.mention.end + by } },
});
for (const { document, predicted: quotes } of documents) {
  gold.push(...document.gold.quotes.map((quote) => shifted(quote, shift)));
  predicted.push(...quotes.map((quote) => shifted(quote, shift)));
  shift += document.text.length + 1;
}
const scores = scoreQuotes(gold, predicted, index);

describe('quote attribution on the golden corpus (gold entities)', () => {
  it(`detects quotes with F1 ≥ ${FLOORS.detectionF1}`, () => expect(scores.detection.f1).toBeGreaterThanOrEqual(FLOORS.detectionF1));
  it(`recalls direct quotes ≥ ${FLOORS.directRecall}`, () => expect(scores.recallByKind.direct.value).toBeGreaterThanOrEqual(FLOORS.directRecall));
  it(`recalls partial quotes ≥ ${FLOORS.partialRecall}`, () => expect(scores.recallByKind.partial.value).toBeGreaterThanOrEqual(FLOORS.partialRecall));
  it(`attributes matched quotes to the right speaker ≥ ${FLOORS.speaker}`, () => expect(scores.speaker.value).toBeGreaterThanOrEqual(FLOORS.speaker));
  it(`gets quote, kind and speaker right end to end with F1 ≥ ${FLOORS.endToEndF1}`, () => expect(scores.endToEnd.f1).toBeGreaterThanOrEqual(FLOORS.endToEndF1));

  it('gives every predicted span the text it covers', () => {
    for (const { document, predicted: quotes } of documents) {
      for (const quote of quotes) {
        for (const span of [quote.content, quote.cue, quote.speaker.mention]) {
          if (span !== null) expect(document.text.slice(span.start, span.end)).toBe(span.text);
        }
      }
    }
  });

  it.todo('003: `“This threat should be neutralised …”` (2164–2232) follows an attributed remark in its paragraph; the gold leaves it unattributed, the continuation rule gives it to that speaker');
  it.todo('000: the uncued continuation `Russia and Iran are against …` (803–1012) is an indirect quote of the Kremlin spokesman');
});
