import type { Span, Speaker } from '../types';
import { normaliseEntityName } from './normalise-entity-name';
import type { CatalogIndex } from './types';

function overlaps(a: Span, b: Span): boolean {
  return Math.min(a.end, b.end) > Math.max(a.start, b.start);
}

/**
 * Whether a predicted speaker is the gold one: where the gold names an entity, the predicted
 * entity names the same one after alias normalisation; where it does not (an unnamed source such
 * as `a Kremlin spokesman`), the mention spans overlap, or both quotes have no mention.
 */
export function isSpeakerCorrect(gold: Speaker, predicted: Speaker, index: CatalogIndex): boolean {
  if (gold.entity !== null) {
    return predicted.entity !== null
      && normaliseEntityName(index, predicted.entity) === normaliseEntityName(index, gold.entity);
  }
  if (gold.mention === null || predicted.mention === null) return gold.mention === predicted.mention;
  return overlaps(gold.mention, predicted.mention);
}
