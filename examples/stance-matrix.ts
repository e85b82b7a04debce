// The stance matrix of a corpus: who supports (+) or opposes (−) whom, holder by target, with the
// mean stance score over the articles that state it.
// Run: npx tsx examples/stance-matrix.ts seeds
//  (any folder of .txt articles; annotated on worker threads with annotateMany)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateMany } from '../src/node/index.js';

// Holders and targets beyond this many columns would not fit a terminal; the most active are kept.
const MAX_COLUMNS = 10;
const CELL = 7;

const folder = process.argv[2] ?? 'seeds';
const documents = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ id: name.slice(0, -4), text: readFileSync(join(folder, name), 'utf8') }));

// holder → target → every score stated for the pair
const scores = new Map<string, Map<string, number[]>>();
for await (const { annotation } of annotateMany(documents)) {
  for (const stance of annotation.stances) {
    const row = scores.get(stance.holder) ?? new Map<string, number[]>();
    row.set(stance.target, [...(row.get(stance.target) ?? []), stance.score]);
    scores.set(stance.holder, row);
  }
}

function countOf(name: string, side: 'holder' | 'target'): number {
  if (side === 'holder') return [...(scores.get(name)?.values() ?? [])].reduce((sum, list) => sum + list.length, 0);
  return [...scores.values()].reduce((sum, row) => sum + (row.get(name)?.length ?? 0), 0);
}

function mostActive(names: Iterable<string>, side: 'holder' | 'target'): string[] {
  return [...new Set(names)].sort((a, b) => countOf(b, side) - countOf(a, side) || a.localeCompare(b)).slice(0, MAX_COLUMNS);
}

function cell(list: readonly number[] | undefined): string {
  if (list === undefined) return '·'.padStart(CELL);
  const mean = list.reduce((sum, score) => sum + score, 0) / list.length;
  const sign = mean > 0 ? '+' : mean < 0 ? '−' : ' ';
  return `${sign}${Math.abs(mean).toFixed(2)}`.padStart(CELL);
}

const holders = mostActive(scores.keys(), 'holder');
const targets = mostActive([...scores.values()].flatMap((row) => [...row.keys()]), 'target');
const labelWidth = Math.max(6, ...holders.map((name) => name.length));
console.log(`Stance matrix of ${documents.length} articles of ${folder}/: holder (rows) × target (columns), mean score in [-1, 1]\n`);
targets.forEach((name, index) => console.log(`  ${String.fromCharCode(65 + index)} = ${name}`));
console.log(`\n${''.padEnd(labelWidth)} ${targets.map((_, index) => String.fromCharCode(65 + index).padStart(CELL)).join('')}`);
for (const holder of holders) {
  console.log(`${holder.padEnd(labelWidth)} ${targets.map((target) => cell(scores.get(holder)?.get(target))).join('')}`);
}
if (holders.length === 0) console.log('(no stances found)');
