import type { EntityMention } from '../types';
import { makeLinkingScores } from './make-linking-scores';
import { normaliseEntityName } from './normalise-entity-name';
import type { CatalogIndex, LinkingScores } from './types';

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * Scores alias linking with B³ over the mentions whose span is in both gold and prediction (NER
 * errors are scored by `scoreNer`, not twice). Gold clusters are the gold entities normalised
 * through the catalog; predicted clusters are the predicted `entity` strings as given.
 */
export function scoreLinking(
  gold: readonly EntityMention[], predicted: readonly EntityMention[], index: CatalogIndex,
): LinkingScores {
  const predictedBySpan = new Map<string, string>();
  for (const mention of predicted) {
    const key = `${mention.start}:${mention.end}`;
    if (!predictedBySpan.has(key)) predictedBySpan.set(key, mention.entity);
  }
  // Each scored mention as (gold cluster, predicted cluster); JSON keys keep the pair unambiguous.
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  for (const mention of gold) {
    const key = `${mention.start}:${mention.end}`;
    const predictedEntity = predictedBySpan.get(key);
    if (predictedEntity === undefined || seen.has(key)) continue;
    seen.add(key);
    pairs.push([normaliseEntityName(index, mention.entity), predictedEntity]);
  }
  const goldSizes = new Map<string, number>();
  const predictedSizes = new Map<string, number>();
  const overlapSizes = new Map<string, number>();
  for (const [goldCluster, predictedCluster] of pairs) {
    increment(goldSizes, goldCluster);
    increment(predictedSizes, predictedCluster);
    increment(overlapSizes, JSON.stringify([goldCluster, predictedCluster]));
  }
  let precisionSum = 0;
  let recallSum = 0;
  for (const [goldCluster, predictedCluster] of pairs) {
    const overlap = overlapSizes.get(JSON.stringify([goldCluster, predictedCluster])) ?? 0;
    precisionSum += overlap / (predictedSizes.get(predictedCluster) ?? 1);
    recallSum += overlap / (goldSizes.get(goldCluster) ?? 1);
  }
  return makeLinkingScores(pairs.length, precisionSum, recallSum);
}
