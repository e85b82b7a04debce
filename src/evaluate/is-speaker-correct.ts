import type { Span, Speaker } from '../types';
import { normaliseEntityName } from './normalise-entity-name';
import type { CatalogIndex } from './types';

function overlaps(a: Span, b: Span): boolean {
  return Math.min(a.end, b.end) > Math.max(a.start, b.start);
}

/**
 * Whether a predicted speaker is the gold one: where the gold names an entity, the predicted
 * entity names the same one after alias normalisation; where it does not (an unnamed source such
 * as `a Kremlin spokesman`), the mention spans overlap; where the gold gives no source at all, the
 * prediction gives none either: no mention and no entity (the reference scorer `score-gold.mjs`).
 */
export function isSpeakerCorrect(gold: Speaker, predicted: Speaker, index: CatalogIndex): boolean {
  if (gold.entity !== null) {
    return predicted.entity !== null
      && normaliseEntityName(index, predicted.entity) === normaliseEntityName(index, gold.entity);
  }
  if (gold.mention === null) return predicted.mention === null && predicted.entity === null;
  if (predicted.mention === null) return false;
  return overlaps(gold.mention, predicted.mention);
}
