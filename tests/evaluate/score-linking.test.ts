import { describe, expect, it } from 'vitest';
import { buildCatalogIndex } from '../../src/evaluate/build-catalog-index';
import { scoreLinking } from '../../src/evaluate/score-linking';
import type { EntityMention } from '../../src/types';

const CATALOG = buildCatalogIndex([
  { name: 'Angela Weber', type: 'PERSON', aliases: ['Weber', 'Angela Weber'] },
  { name: 'Tom Weber', type: 'PERSON', aliases: ['Tom Weber'] },
]);

// Positions stand in for spans: linking only compares start/end and the entity names.
function at(start: number, entity: string): EntityMention {
  return { start, end: start + 1, text: 'x', type: 'PERSON', entity };
}

describe('scoreLinking', () => {
  it('gives 1 when predicted clusters equal the gold ones, whatever their names', () => {
    const gold = [at(0, 'Angela Weber'), at(5, 'Angela Weber'), at(9, 'Tom Weber')];
    const predicted = [at(0, 'Weber'), at(5, 'Weber'), at(9, 'Tom')];
    expect(scoreLinking(gold, predicted, CATALOG)).toMatchObject({ mentions: 3, precision: 1, recall: 1, f1: 1 });
  });

  it('normalises gold names through the catalog before clustering', () => {
    const gold = [at(0, 'Angela Weber'), at(5, 'weber')];
    const predicted = [at(0, 'A'), at(5, 'A')];
    expect(scoreLinking(gold, predicted, CATALOG).f1).toBe(1);
  });

  it('lowers precision when two gold entities are merged', () => {
    // Gold {0,5} {9}; predicted {0,5,9}: precision per mention 2/3, 2/3, 1/3; recall 1, 1, 1.
    const gold = [at(0, 'Angela Weber'), at(5, 'Angela Weber'), at(9, 'Tom Weber')];
    const predicted = [at(0, 'Weber'), at(5, 'Weber'), at(9, 'Weber')];
    const scores = scoreLinking(gold, predicted, CATALOG);
    expect(scores.precision).toBeCloseTo(5 / 9);
    expect(scores.recall).toBe(1);
  });

  it('lowers recall when one gold entity is split', () => {
    // Gold {0,5}; predicted {0} {5}: recall 1/2 each, precision 1 each.
    const scores = scoreLinking([at(0, 'Angela Weber'), at(5, 'Angela Weber')], [at(0, 'Angela'), at(5, 'Weber')], CATALOG);
    expect(scores).toMatchObject({ precision: 1, recall: 0.5 });
  });

  it('scores only mentions whose span is in both gold and prediction', () => {
    const gold = [at(0, 'Angela Weber'), at(5, 'Angela Weber')];
    const predicted = [at(0, 'A'), { ...at(5, 'B'), end: 9 }, at(20, 'A')];
    expect(scoreLinking(gold, predicted, CATALOG)).toMatchObject({ mentions: 1, f1: 1 });
  });
});
