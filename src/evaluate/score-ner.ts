import type { EntityMention, EntityType } from '../types';
import { countMatches } from './count-matches';
import { makePrf } from './make-prf';
import type { NerScores, Prf } from './types';

const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP'];

const spanKey = (mention: EntityMention): string => `${mention.start}:${mention.end}`;
const strictKey = (mention: EntityMention): string => `${mention.start}:${mention.end}:${mention.type}`;

function scoreKeys(gold: readonly string[], predicted: readonly string[]): Prf {
  const tp = countMatches(gold, predicted);
  return makePrf(tp, predicted.length - tp, gold.length - tp);
}

/** Scores predicted entity mentions against the gold: strict (span + type), per type, and span only. */
export function scoreNer(gold: readonly EntityMention[], predicted: readonly EntityMention[]): NerScores {
  const byType = {} as Record<EntityType, Prf>;
  for (const type of ENTITY_TYPES) {
    byType[type] = scoreKeys(
      gold.filter((mention) => mention.type === type).map(strictKey),
      predicted.filter((mention) => mention.type === type).map(strictKey),
    );
  }
  return {
    strict: scoreKeys(gold.map(strictKey), predicted.map(strictKey)),
    byType,
    spanOnly: scoreKeys(gold.map(spanKey), predicted.map(spanKey)),
  };
}
