// Smoke-tests the built package (run `npm run build` first): imports it by name, as ESM and as CJS,
// through its own `exports` map (a package can import itself by name), checks that every documented
// export exists and works on a seed article, in each module system, and runs the `presswork` bin.
// Run: npm run test:dist
// ESM and CJS run in separate processes, so each is checked as a consumer that loads only it.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const SEED = fileURLToPath(new URL('../seeds/000_ea477dd52279c393.txt', import.meta.url));
const CORE = ['annotate', 'tagEntities', 'attributeQuotes', 'scoreStances'];
const DOCUMENTED = {
  presswork: [...CORE, 'annotateCorpus', 'targetSentiment', 'createAnnotator', 'toBrat', 'toConll', 'toWebAnnotation', 'renderHtml'],
  'presswork/fixtures': ['goldenCorpus', 'goldenEntities'],
  'presswork/node': ['annotateMany'],
  // Loading presswork/queue must not need bullmq: it is imported only when a queue function runs.
  'presswork/queue': ['addToQueue', 'collectQueueResults', 'readQueueCounts', 'startQueueWorker'],
};

/** Calls one export on the seed (or its annotation) and says whether the result looks right. */
const EXERCISES = {
  tagEntities: ({ tagEntities }, text) => Array.isArray(tagEntities(text)),
  attributeQuotes: ({ attributeQuotes }, text) => Array.isArray(attributeQuotes(text)),
  scoreStances: ({ scoreStances }, text) => Array.isArray(scoreStances(text)),
  annotateCorpus: ({ annotateCorpus }, text) => annotateCorpus([{ id: 'seed', text }]) != null,
  targetSentiment: ({ targetSentiment }, text, annotation) => {
    const target = annotation.entities[0] ?? { start: 0, end: Math.min(4, text.length) };
    return ['positive', 'neutral', 'negative'].includes(targetSentiment(text, { start: target.start, end: target.end }).label);
  },
  createAnnotator: ({ createAnnotator }, text, annotation) => {
    const annotator = createAnnotator({ lexicons: { titles: ['coach'], stanceFrames: [{ words: 'thrash', as: 'verb', polarity: 'oppose', strength: 3 }] } });
    const sports = annotator.annotate('Coach Dana Whitfield said Brazil thrashed Argentina.');
    return JSON.stringify(createAnnotator({}).annotate(text)) === JSON.stringify(annotation)
      && sports.entities.some((mention) => mention.text === 'Dana Whitfield') && sports.stances.some((stance) => stance.holder === 'Brazil');
  },
  toBrat: ({ toBrat }, _text, annotation) => /^T1\t/m.test(toBrat(annotation)),
  toConll: ({ toConll }, text, annotation) => toConll(annotation).split('\n').length > text.split('\n').length,
  toWebAnnotation: ({ toWebAnnotation }, _text, annotation) => JSON.stringify(toWebAnnotation(annotation)).includes('TextPositionSelector'),
  renderHtml: ({ renderHtml }, _text, annotation) => /^<!doctype html>/i.test(renderHtml(annotation)),
};

/** Loads the three entry points as one module system; prints what this process found, as JSON. */
async function inspect(system) {
  const require = createRequire(import.meta.url);
  const load = (name) => (system === 'esm' ? import(name) : Promise.resolve(require(name)));
  const modules = Object.fromEntries(await Promise.all(Object.keys(DOCUMENTED).map(async (name) => [name, await load(name)])));
  const missing = Object.entries(DOCUMENTED).flatMap(([name, exports]) => exports.filter((key) => typeof modules[name][key] === 'undefined'));
  const library = modules.presswork;
  const text = readFileSync(SEED, 'utf8');
  const annotation = library.annotate(text);
  const badSpans = [...annotation.entities, ...annotation.quotes.map((quote) => quote.content)].filter((span) => text.slice(span.start, span.end) !== span.text);
  const failedExercises = Object.entries(EXERCISES)
    .filter(([name]) => typeof library[name] === 'function')
    .filter(([, exercise]) => {
      try {
        return !exercise(library, text, annotation);
      } catch {
        return true;
      }
    })
    .map(([name]) => name);
  // On worker threads, and in this thread, which imports the library only then.
  const many = [];
  for await (const result of modules['presswork/node'].annotateMany([{ id: 'seed', text }, { id: 'empty', text: '' }], { concurrency: 2 })) many.push(result);
  const inThread = [];
  for await (const result of modules['presswork/node'].annotateMany([{ id: 'seed', text }], { concurrency: 1 })) inThread.push(result);
  return {
    missing,
    failedExercises,
    exercised: Object.keys(EXERCISES).filter((name) => typeof library[name] === 'function').length,
    entities: annotation.entities.length,
    quotes: annotation.quotes.length,
    badSpans: badSpans.length,
    manyMatches: many.length === 2 && many[0].id === 'seed' && JSON.stringify(many[0].annotation) === JSON.stringify(annotation)
      && inThread.length === 1 && JSON.stringify(inThread[0].annotation) === JSON.stringify(annotation),
    golden: modules['presswork/fixtures'].goldenCorpus.length,
    fingerprint: JSON.stringify(annotation),
  };
}

function check(condition, message, failures) {
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${message}`);
  if (!condition) failures.push(message);
}

if (process.argv[2] === '--inspect') {
  process.stdout.write(JSON.stringify(await inspect(process.argv[3])));
} else {
  const failures = [];
  const script = fileURLToPath(import.meta.url);
  const results = Object.fromEntries(['esm', 'cjs'].map((system) => [system, JSON.parse(execFileSync(process.execPath, [script, '--inspect', system], { encoding: 'utf8' }))]));
  for (const [system, result] of Object.entries(results)) {
    check(result.missing.length === 0, `${system}: every documented export present${result.missing.length > 0 ? ` (missing: ${result.missing.join(', ')})` : ''}`, failures);
    check(result.entities > 0 && result.badSpans === 0, `${system}: annotates a seed (${result.entities} entities, ${result.quotes} quotes, every span slices the text)`, failures);
    check(result.failedExercises.length === 0, `${system}: each of ${result.exercised} exported functions works on the seed${result.failedExercises.length > 0 ? ` (failed: ${result.failedExercises.join(', ')})` : ''}`, failures);
    check(result.manyMatches, `${system}: annotateMany on 2 worker threads and in this thread matches annotate()`, failures);
    check(result.golden > 0, `${system}: presswork/fixtures has the golden corpus (${result.golden} articles)`, failures);
  }
  check(results.esm.fingerprint === results.cjs.fingerprint, 'esm and cjs give the same annotation', failures);

  const bin = fileURLToPath(new URL('../dist/node/cli.js', import.meta.url));
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  check(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n') && (statSync(bin).mode & 0o111) !== 0, 'the bin starts with #!/usr/bin/env node and is executable', failures);
  check(execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim() === version, `presswork --version prints ${version}`, failures);
  const cliOutput = JSON.parse(execFileSync(process.execPath, [bin, 'annotate', SEED], { encoding: 'utf8' }));
  check(JSON.stringify(cliOutput) === results.esm.fingerprint, 'node dist/node/cli.js annotate <seed> prints the same Annotation as annotate()', failures);
  const onlyEntities = JSON.parse(execFileSync(bin, ['annotate', SEED, '--only', 'entities'], { encoding: 'utf8' }));
  const gold = fileURLToPath(new URL('../seeds/gold', import.meta.url));
  check(/^total /m.test(execFileSync(bin, ['eval', gold], { encoding: 'utf8' })), 'presswork eval seeds/gold prints the score tables', failures);
  check(/^  queue /m.test(execFileSync(bin, ['--help'], { encoding: 'utf8' })) && /\bwork \[options\]/.test(execFileSync(bin, ['queue', '--help'], { encoding: 'utf8' })), 'presswork --help lists queue, and queue --help its commands', failures);
  check(onlyEntities.entities.length === results.esm.entities && onlyEntities.quotes.length === 0, 'presswork annotate <seed> --only entities prints only its entities', failures);

  if (failures.length > 0) {
    console.error(`\n${failures.length} check(s) failed`);
    process.exit(1);
  }
  console.log('\ndist smoke test passed');
}
