// Use the golden corpus that ships with presswork as test fixtures: annotate each seed article and
// count how many gold entity mentions presswork finds with exactly the same span and type.
// Run: npx tsx --import ./scripts/register-text-files.mjs examples/check-fixtures.ts
// (the hook loads the seed articles `presswork/fixtures` imports; the built package has them bundled)
import { annotate } from '../src/index.js';
import { goldenCorpus } from '../src/fixtures.js';

for (const { id, text, gold } of goldenCorpus) {
  const predicted = new Set(annotate(text).entities.map((mention) => `${mention.start}:${mention.end}:${mention.type}`));
  const found = gold.entities.filter((mention) => predicted.has(`${mention.start}:${mention.end}:${mention.type}`));
  console.log(`${id}: ${found.length}/${gold.entities.length} gold entity mentions found exactly`);
}
