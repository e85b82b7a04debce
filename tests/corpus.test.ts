import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenCorpus, goldenEntities } from '../src/fixtures';
import { findBadSpans } from './helpers/collect-spans';
import { GOLD_DIRECTORY, SEEDS_DIRECTORY, readGoldenCorpus } from './helpers/read-golden-corpus';

const { documents, entities } = readGoldenCorpus();
// The shared originals sit beside the checkout (/work/shared); a fresh clone elsewhere has no copy to compare.
const SHARED = resolve(__dirname, '../../shared');
const hasShared = existsSync(join(SHARED, 'seeds')) && existsSync(join(SHARED, 'golden'));

describe('the golden corpus', () => {
  it('has five articles, each with its gold', () => {
    expect(documents).toHaveLength(5);
    for (const document of documents) expect(document.gold.doc).toBe(document.id);
  });

  it.each(documents.map((document) => [document.id, document] as const))(
    'has every gold span of %s slice its article exactly',
    (_id, document) => {
      expect(findBadSpans(document.text, document.gold)).toEqual([]);
    },
  );

  it('names only catalogued entities in gold mentions, quote speakers and stances', () => {
    const names = new Set(entities.map((entity) => entity.name));
    const unknown = documents.flatMap((document) => [
      ...document.gold.entities.map((mention) => mention.entity),
      ...document.gold.quotes.flatMap((quote) => (quote.speaker.entity === null ? [] : [quote.speaker.entity])),
      ...document.gold.stances.flatMap((stance) => [stance.holder, stance.target]),
    ].filter((name) => !names.has(name)).map((name) => `${document.id}: ${name}`));
    expect(unknown).toEqual([]);
  });

  it('is what presswork/fixtures exports, every article included', () => {
    expect(goldenCorpus).toEqual(documents);
    expect(goldenEntities).toEqual(entities);
  });
});

describe.skipIf(!hasShared)('the copies in seeds/', () => {
  const listFiles = (directory: string): string[] =>
    readdirSync(directory, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name).sort();

  it.each([
    ['seeds', join(SHARED, 'seeds'), SEEDS_DIRECTORY],
    ['seeds/gold', join(SHARED, 'golden'), GOLD_DIRECTORY],
  ])('keeps %s byte-identical to the shared originals', (_name, original, copy) => {
    expect(listFiles(copy)).toEqual(listFiles(original));
    for (const name of listFiles(original)) {
      expect(readFileSync(join(copy, name)).equals(readFileSync(join(original, name))), name).toBe(true);
    }
  });
});
