// Who said what, across a corpus: every quote of every article, grouped by speaker, with how many
// quotes each has, in how many articles, and the start of what they said.
// Run: npx tsx examples/who-said-what.ts seeds
//  (any folder of .txt articles; annotated on worker threads with annotateMany)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quote } from '../src/index.js';
import { annotateMany } from '../src/node/index.js';

interface SpeakerRow {
  quotes: number;
  articles: Set<string>;
  kinds: Map<string, number>;
  example: string;
}

function speakerOf(quote: Quote): string {
  return quote.speaker.entity ?? (quote.speaker.description === null ? '(unattributed)' : `(${quote.speaker.description})`);
}

function excerpt(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

const folder = process.argv[2] ?? 'seeds';
const documents = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ id: name.slice(0, -4), text: readFileSync(join(folder, name), 'utf8') }));

const rows = new Map<string, SpeakerRow>();
for await (const { id, annotation } of annotateMany(documents)) {
  for (const quote of annotation.quotes) {
    const row = rows.get(speakerOf(quote)) ?? { quotes: 0, articles: new Set(), kinds: new Map(), example: quote.content.text };
    row.quotes += 1;
    row.articles.add(id);
    row.kinds.set(quote.kind, (row.kinds.get(quote.kind) ?? 0) + 1);
    rows.set(speakerOf(quote), row);
  }
}

const sorted = [...rows].sort((a, b) => b[1].quotes - a[1].quotes || a[0].localeCompare(b[0]));
const kindsOf = (row: SpeakerRow): string => [...row.kinds].map(([kind, count]) => `${kind} ${count}`).join(', ');
const nameWidth = Math.min(32, Math.max(7, ...sorted.map(([name]) => name.length)));
const kindsWidth = Math.max(5, ...sorted.map(([, row]) => kindsOf(row).length));
console.log(`Who said what in ${documents.length} articles of ${folder}/\n`);
console.log(`${'Speaker'.padEnd(nameWidth)}  Quotes  Articles  ${'Kinds'.padEnd(kindsWidth)}  First quote`);
for (const [name, row] of sorted) {
  console.log(`${excerpt(name, nameWidth).padEnd(nameWidth)}  ${String(row.quotes).padStart(6)}  ${String(row.articles.size).padStart(8)}  ${kindsOf(row).padEnd(kindsWidth)}  “${excerpt(row.example, 60)}”`);
}
