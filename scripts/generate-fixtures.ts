// Regenerates seeds/fixtures/golden-corpus.json from seeds/ and seeds/gold/.
// Run: npx tsx scripts/generate-fixtures.ts
// The corpus is bundled into `presswork/fixtures` (not read from disk) so it works in browsers too. It
// is data, so it lives beside the articles it comes from, not in src/ with the library's logic.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const seedsDir = 'seeds';
const goldDir = join(seedsDir, 'gold');
const ids = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -4)).sort();
const documents = ids.map((id) => ({
  id,
  text: readFileSync(join(seedsDir, `${id}.txt`), 'utf8'),
  gold: JSON.parse(readFileSync(join(goldDir, `${id}.json`), 'utf8')) as unknown,
}));
const entities = JSON.parse(readFileSync(join(goldDir, 'entities.json'), 'utf8')) as unknown;

mkdirSync(join(seedsDir, 'fixtures'), { recursive: true });
writeFileSync(join(seedsDir, 'fixtures', 'golden-corpus.json'), `${JSON.stringify({ documents, entities }, null, 1)}\n`);
console.log(`wrote ${documents.length} documents and ${(entities as unknown[]).length} entities`);
