import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { presswork, source } from './presswork';

// A long run of ordinary news in one process, as a queue worker or the CLI with one thread sees it:
// the PolNeAR and CoNLL development texts of `../shared/devsets`, annotated pass after pass. The main
// bench builds every text from the seed articles, whose few words never fill wink-nlp's tables, so it
// cannot show the cost of rebuilding the wink-nlp reader or of a model that grows with each rebuild.
//
//   npx tsx bench/news-stream.ts [--passes 30]
//
// Prints the seconds and the resident memory after each pass; a steady time and a bounded memory are
// what to look for.

const DEVSETS = new URL('../../shared/devsets/', import.meta.url);

function readTexts(file: string): string[] {
  return readFileSync(fileURLToPath(new URL(file, DEVSETS)), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
}

function passesFrom(args: readonly string[]): number {
  const at = args.indexOf('--passes');
  const value = at === -1 ? 30 : Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new TypeError('--passes takes a whole number of at least 1');
  return value;
}

if (!existsSync(fileURLToPath(DEVSETS))) {
  console.error(`news-stream: no development sets at ${fileURLToPath(DEVSETS)}`);
  process.exit(1);
}
const texts = [...readTexts('polnear-dev.jsonl'), ...readTexts('conll2003-dev.jsonl')];
const megabytes = texts.reduce((sum, text) => sum + text.length, 0) / 1_000_000;
const passes = passesFrom(process.argv.slice(2));
console.log(`news stream: ${texts.length} texts, ${megabytes.toFixed(2)} M characters a pass, ${passes} passes (timed: ${source})`);
let total = 0;
for (let pass = 1; pass <= passes; pass += 1) {
  const start = performance.now();
  for (const text of texts) presswork.annotate(text);
  const seconds = (performance.now() - start) / 1000;
  total += megabytes;
  const rss = process.memoryUsage().rss / 1_000_000;
  console.log(`pass ${String(pass).padStart(3)}: ${seconds.toFixed(2)} s, ${total.toFixed(1)} M characters so far, RSS ${rss.toFixed(0)} MB`);
}
