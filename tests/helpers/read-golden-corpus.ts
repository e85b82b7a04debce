import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GoldAnnotation, GoldEntity, GoldenDocument } from '../../src/fixtures/types';

/** The repository's `seeds/` folder (articles) and `seeds/gold/` (their gold, entities.json, GUIDELINES.md). */
export const SEEDS_DIRECTORY = resolve(__dirname, '../../seeds');
export const GOLD_DIRECTORY = join(SEEDS_DIRECTORY, 'gold');

/** Reads the golden corpus from disk: every `seeds/<id>.txt` with its `seeds/gold/<id>.json`, sorted by id. */
export function readGoldenCorpus(): { documents: GoldenDocument[]; entities: GoldEntity[] } {
  const ids = readdirSync(SEEDS_DIRECTORY).filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -4)).sort();
  const documents = ids.map((id) => ({
    id,
    text: readFileSync(join(SEEDS_DIRECTORY, `${id}.txt`), 'utf8'),
    gold: JSON.parse(readFileSync(join(GOLD_DIRECTORY, `${id}.json`), 'utf8')) as GoldAnnotation,
  }));
  const entities = JSON.parse(readFileSync(join(GOLD_DIRECTORY, 'entities.json'), 'utf8')) as GoldEntity[];
  return { documents, entities };
}
