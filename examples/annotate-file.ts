// Annotate one article and print its entities, quotes with speakers, and stances.
// Run: npm run example -- seeds/000_ea477dd52279c393.txt
//  (or: npx tsx examples/annotate-file.ts path/to/article.txt)
import { readFileSync } from 'node:fs';
import { annotate, type Annotation, type Quote } from '../src/index.js';

function describeSpeaker(quote: Quote): string {
  const { speaker } = quote;
  const said = speaker.mention === null ? '' : ` ("${speaker.mention.text}")`;
  return `${speaker.entity ?? speaker.description ?? 'unattributed'}${said}`;
}

function printEntities(annotation: Annotation): void {
  const byEntity = new Map<string, { type: string; count: number; forms: Set<string> }>();
  for (const mention of annotation.entities) {
    const entry = byEntity.get(mention.entity) ?? { type: mention.type, count: 0, forms: new Set<string>() };
    entry.count += 1;
    entry.forms.add(mention.text);
    byEntity.set(mention.entity, entry);
  }
  console.log(`\nEntities (${annotation.entities.length} mentions, ${byEntity.size} entities)`);
  for (const [name, { type, count, forms }] of [...byEntity].sort((a, b) => b[1].count - a[1].count)) {
    console.log(`  ${type.padEnd(6)} ${name} ×${count}  [${[...forms].join(' | ')}]`);
  }
}

function printQuotes(annotation: Annotation): void {
  console.log(`\nQuotes (${annotation.quotes.length})`);
  for (const quote of annotation.quotes) {
    const cue = quote.cue === null ? '' : ` — ${quote.cue.text}`;
    console.log(`  [${quote.kind}] ${describeSpeaker(quote)}${cue}: “${quote.content.text}”`);
  }
}

function printStances(annotation: Annotation): void {
  console.log(`\nStances (${annotation.stances.length})`);
  for (const stance of annotation.stances) {
    const score = stance.score.toFixed(2).padStart(5);
    console.log(`  ${stance.holder} ${stance.polarity === 'support' ? 'supports' : stance.polarity === 'oppose' ? 'opposes' : 'is neutral on'} ${stance.target} (${score}, ${stance.evidence.length} evidence)`);
  }
}

const path = process.argv[2];
if (path === undefined) {
  console.error('usage: npm run example -- <article.txt>');
  process.exit(2);
}
const annotation = annotate(readFileSync(path, 'utf8'));
console.log(`${path}: ${annotation.sentences.length} sentences`);
printEntities(annotation);
printQuotes(annotation);
printStances(annotation);
