import { describe, expect, it } from 'vitest';
import { buildCatalogIndex } from '../../src/evaluate/build-catalog-index';
import { scoreStances, type ScoredStance } from '../../src/evaluate/score-stances';

// The capital and seat of government here are ones the shared metonym table knows (GUIDELINES §Stances).
const CATALOG = buildCatalogIndex([
  { name: 'Russia', type: 'GPE', aliases: ['Russia', 'Russian Federation'] },
  { name: 'United States', type: 'GPE', aliases: ['U.S.', 'US', 'United States'] },
  { name: 'Moscow', type: 'GPE', aliases: ['Moscow'] },
  { name: 'Kremlin', type: 'ORG', aliases: ['Kremlin'] },
  { name: 'Freedom Front', type: 'ORG', aliases: ['Freedom Front', 'the Front'] },
]);

const stance = (holder: string, target: string, polarity: string): ScoredStance => ({ holder, target, polarity });

const GOLD = [stance('Russia', 'Freedom Front', 'support'), stance('United States', 'Freedom Front', 'oppose')];

describe('scoreStances', () => {
  it('gives 1 to a prediction equal to the gold', () => {
    expect(scoreStances(GOLD, GOLD, CATALOG)).toMatchObject({ triples: { f1: 1 }, pairs: { f1: 1 } });
  });

  it.each([
    ['an alias', stance('U.S.', 'the Front', 'oppose')],
    ['a different case', stance('united states', 'freedom front', 'oppose')],
    ['a capital for its country', stance('Moscow', 'Freedom Front', 'support')],
    ['a seat of government for its country', stance('the Kremlin', 'Freedom Front', 'support')],
  ])('normalises %s before matching', (_name, predicted) => {
    expect(scoreStances(GOLD, [predicted], CATALOG).triples).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it('counts a pair with the wrong polarity as a pair match but a triple miss', () => {
    const scores = scoreStances(GOLD, [stance('Russia', 'Freedom Front', 'oppose')], CATALOG);
    expect(scores.triples).toMatchObject({ tp: 0, fp: 1, fn: 2 });
    expect(scores.pairs).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it('counts predictions that normalise to the same triple once', () => {
    const predicted = [stance('Russia', 'Freedom Front', 'support'), stance('Moscow', 'Freedom Front', 'support')];
    expect(scoreStances(GOLD, predicted, CATALOG).triples).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it('does not swap holder and target', () => {
    expect(scoreStances(GOLD, [stance('Freedom Front', 'Russia', 'support')], CATALOG).pairs.tp).toBe(0);
  });

  it('leaves neutral predictions out: they claim no stance', () => {
    const scores = scoreStances(GOLD, [...GOLD, stance('Russia', 'United States', 'neutral')], CATALOG);
    expect(scores.triples).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });
});
