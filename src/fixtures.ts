import { GOLDEN_DOCUMENTS, GOLDEN_ENTITIES } from './fixtures/golden-corpus.data';
import type { GoldenDocument, GoldEntity } from './fixtures/types';

export type { GoldAnnotation, GoldEntity, GoldStance, GoldenDocument } from './fixtures/types';

/** The five seed articles with their gold annotations, for downstream tests. */
export const goldenCorpus: readonly GoldenDocument[] = GOLDEN_DOCUMENTS;

/** The golden corpus's canonical entities with their aliases (`entities.json`). */
export const goldenEntities: readonly GoldEntity[] = GOLDEN_ENTITIES;
