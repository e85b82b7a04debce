import { makePrf } from './make-prf';
import { normaliseStanceParty } from './normalise-stance-party';
import type { CatalogIndex, Prf, StanceScores } from './types';

/** The fields of a stance that are scored; gold stances and predicted `Stance`s both fit. */
export interface ScoredStance {
  /** The canonical name of the holder. */
  readonly holder: string;
  /** The canonical name of the target. */
  readonly target: string;
  /** The polarity. */
  readonly polarity: string;
}

function scoreSets(gold: ReadonlySet<string>, predicted: ReadonlySet<string>): Prf {
  let tp = 0;
  for (const key of predicted) if (gold.has(key)) tp += 1;
  return makePrf(tp, predicted.size - tp, gold.size - tp);
}

function keySets(stances: readonly ScoredStance[], index: CatalogIndex): { triples: Set<string>; pairs: Set<string> } {
  const triples = new Set<string>();
  const pairs = new Set<string>();
  for (const stance of stances) {
    // Gold has only support/oppose; a neutral prediction claims no stance, so it is neither right nor wrong.
    if (stance.polarity !== 'support' && stance.polarity !== 'oppose') continue;
    const pair = [normaliseStanceParty(index, stance.holder), normaliseStanceParty(index, stance.target)];
    pairs.add(JSON.stringify(pair));
    triples.add(JSON.stringify([...pair, stance.polarity]));
  }
  return { triples, pairs };
}

/**
 * Scores stances as sets of (holder, target, polarity) triples and of (holder, target) pairs,
 * after alias normalisation where capitals, seats of government and ministries count as their
 * country, so `Moscow` and `Russia` holding the same stance count once.
 */
export function scoreStances(
  gold: readonly ScoredStance[], predicted: readonly ScoredStance[], index: CatalogIndex,
): StanceScores {
  const goldKeys = keySets(gold, index);
  const predictedKeys = keySets(predicted, index);
  return {
    triples: scoreSets(goldKeys.triples, predictedKeys.triples),
    pairs: scoreSets(goldKeys.pairs, predictedKeys.pairs),
  };
}
