import text000 from '../seeds/000_ea477dd52279c393.txt';
import text001 from '../seeds/001_c89fee88886a34c3.txt';
import text002 from '../seeds/002_770bf645e1c1292f.txt';
import text003 from '../seeds/003_6cd1ea1eb523229e.txt';
import text004 from '../seeds/004_54370aedd57cef4c.txt';
import gold000 from '../seeds/gold/000_ea477dd52279c393.json';
import gold001 from '../seeds/gold/001_c89fee88886a34c3.json';
import gold002 from '../seeds/gold/002_770bf645e1c1292f.json';
import gold003 from '../seeds/gold/003_6cd1ea1eb523229e.json';
import gold004 from '../seeds/gold/004_54370aedd57cef4c.json';
import entities from '../seeds/gold/entities.json';
import type { GoldAnnotation, GoldenDocument, GoldEntity } from './fixtures/types';

export type { GoldAnnotation, GoldEntity, GoldStance, GoldenDocument } from './fixtures/types';

// Bundled from seeds/ and seeds/gold/ at build time, so the fixtures work in browsers too and are
// those files byte for byte (a test checks every article is here). JSON types widen literals such
// as `kind`, hence the assertions to the gold's types.
const ARTICLES: ReadonlyArray<readonly [string, unknown]> = [
  [text000, gold000], [text001, gold001], [text002, gold002], [text003, gold003], [text004, gold004],
];

/** The five seed articles with their gold annotations, for downstream tests. */
export const goldenCorpus: readonly GoldenDocument[] = ARTICLES.map(([text, gold]) => {
  const annotation = gold as GoldAnnotation;
  return { id: annotation.doc, text, gold: annotation };
});

/** The golden corpus's canonical entities with their aliases (`entities.json`). */
export const goldenEntities: readonly GoldEntity[] = entities as readonly GoldEntity[];
