// Scores annotate() against the golden corpus and prints tables per article and in total.
// Run: npm run eval                         tables (NER, linking, quotes, stances)
//      npm run eval -- --json               the same scores as JSON
//      npm run eval -- --mistakes           the tables, then every miss and false alarm per article
//      npm run eval -- --mistakes=quotes    only one stage's mistakes (entities | quotes | stances)
//      npm run eval -- --doc=002            only the articles whose id starts with 002
import { performance } from 'node:perf_hooks';
import {
  buildCatalogIndex, evaluateCorpus, formatMistakes, formatScores, listMistakes, type DocumentMistakes,
  type EvaluatedDocument,
} from '../src/evaluate/index';
import { readGoldFolder } from '../src/node/read-gold-folder';
import { annotate } from '../src/index';

type Stage = keyof DocumentMistakes;
const STAGES: readonly Stage[] = ['entities', 'quotes', 'stances'];
const NO_MISTAKES: DocumentMistakes = {
  entities: { missed: [], spurious: [], retyped: [] },
  quotes: { missed: [], spurious: [], wrongKind: [], wrongSpeaker: [] },
  stances: { missed: [], spurious: [] },
};

function option(name: string): string | true | undefined {
  const argument = process.argv.slice(2).find((item) => item === `--${name}` || item.startsWith(`--${name}=`));
  return argument === undefined ? undefined : (argument.split('=')[1] ?? true);
}

const asJson = option('json') !== undefined;
const mistakesOption = option('mistakes');
const docPrefix = option('doc');
if (typeof mistakesOption === 'string' && !STAGES.includes(mistakesOption as Stage)) {
  console.error(`--mistakes takes one of ${STAGES.join(', ')}`);
  process.exit(2);
}
// Read from disk, as `presswork eval seeds/gold` does: tsx cannot load the `.txt` imports that
// bundle the same files into `presswork/fixtures`.
const { articles: goldenCorpus, catalog: goldenEntities } = await readGoldFolder('seeds/gold', undefined, (bad) => {
  console.error(`${bad.source}: ${bad.reason}`);
  process.exitCode = 1;
});
const corpus = goldenCorpus.filter((document) => typeof docPrefix !== 'string' || document.id.startsWith(docPrefix));

const failures: string[] = [];
const started = performance.now();
const documents: EvaluatedDocument[] = corpus.map((document) => {
  try {
    return { ...document, predicted: annotate(document.text) };
  } catch (error) {
    // A stage that throws should not hide the other stages' scores: score that article as empty and fail at the end.
    failures.push(`${document.id}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return { ...document, predicted: { entities: [], quotes: [], stances: [] } };
  }
});
const annotateMs = performance.now() - started;
const scores = evaluateCorpus(documents, goldenEntities);

// Keeps only the requested stage's mistakes, so a stage's owner sees their own list.
function pickStage(mistakes: DocumentMistakes): DocumentMistakes {
  if (typeof mistakesOption !== 'string') return mistakes;
  const stage = mistakesOption as Stage;
  return { ...NO_MISTAKES, [stage]: mistakes[stage] };
}
const index = buildCatalogIndex(goldenEntities);
const mistakes = mistakesOption === undefined ? [] : documents.map((document) => ({
  id: document.id, ...pickStage(listMistakes(document.gold, document.predicted, index)),
}));

if (asJson) {
  console.log(JSON.stringify(mistakesOption === undefined ? scores : { ...scores, mistakes }, null, 2));
} else {
  console.log(formatScores(scores));
  for (const { id, ...documentMistakes } of mistakes) console.log(`\n${formatMistakes(id, documentMistakes)}`);
  console.log(`\nannotated ${documents.length} articles in ${annotateMs.toFixed(0)} ms (including model load)`);
}
if (failures.length > 0) {
  console.error(`\nannotate() threw on ${failures.length} article(s), scored as empty:\n${failures.join('\n')}`);
  process.exitCode = 1;
}
