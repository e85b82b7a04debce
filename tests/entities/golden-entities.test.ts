import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from '../../src/evaluate/index';
import { annotate } from '../../src/index';
import type { EntityType } from '../../src/types';
import { readGoldenCorpus } from '../helpers/read-golden-corpus';

// Entity floors on the golden corpus: each is the last measured value rounded down to two decimals
// (`npm run eval` prints them), raised in the commit that earns it. The seeds were read while the
// rules were written, so these guard against regressions; they do not measure accuracy on unseen news.
const STRICT_F1_FLOOR = 0.98;
const LINKING_B3_F1_FLOOR = 0.99;
const TYPE_F1_FLOORS: Readonly<Record<EntityType, number>> = { PERSON: 0.98, ORG: 0.98, GPE: 0.98, LOC: 0.99, NORP: 0.98 };

const { documents, entities } = readGoldenCorpus();
const scores = evaluateCorpus(documents.map((document) => ({ ...document, predicted: annotate(document.text) })), entities);

describe('entity tagging on the golden corpus', () => {
  it('keeps NER strict micro-F1 at or above its floor', () => {
    expect(scores.total.ner.strict.f1).toBeGreaterThanOrEqual(STRICT_F1_FLOOR);
  });

  it.each(Object.entries(TYPE_F1_FLOORS) as Array<[EntityType, number]>)('keeps the F1 of %s at or above %s', (type, floor) => {
    expect(scores.total.ner.byType[type].f1).toBeGreaterThanOrEqual(floor);
  });

  it('keeps alias-linking B³ F1 at or above its floor', () => {
    expect(scores.total.linking.f1).toBeGreaterThanOrEqual(LINKING_B3_F1_FLOOR);
  });

  it.todo('reads the typo `Ambassador to Russian` (002, 3666-3673) as the GPE Russia, as the gold does');
  it.todo('finds the province pair `Sistan and Baluchestan` (004, 3651-3673)');
});
