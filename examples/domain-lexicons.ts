// Adapt presswork to a domain: annotate a paragraph with the default annotator and with one bound
// to a domain lexicon pack (examples/lexicons/<domain>.json), and print what the pack changes.
// Run: npx tsx examples/domain-lexicons.ts sports
//      npx tsx examples/domain-lexicons.ts business
//  (the same JSON works on the command line: presswork annotate article.txt --lexicons examples/lexicons/sports.json)
import { readFileSync } from 'node:fs';
import { annotate, createAnnotator, type Annotation, type Lexicons } from '../src/index.js';

// Paragraphs written for this example; the names are invented.
const PARAGRAPHS: Readonly<Record<string, string>> = {
  sports: [
    'Harbourside City thrashed Riverton Wanderers 4-0 on Saturday, and Ashby Athletic drew with Kelso Rovers.',
    'Striker Jonah Mbeki scored twice after a VAR review, and manager Elena Petrakis gushed that the team "finally played without fear".',
    'Coach Dana Whitfield fumed that the referee had ruined the game.',
  ].join(' '),
  business: [
    'Grey Heron Partners downgraded Vellmark Holdings on Tuesday, days after Northgate Capital short-sold the shares.',
    'Chief Financial Officer Priya Raman reaffirmed that Ebitda would grow this year, and analyst Tom Okoro flagged that the IPO could slip.',
    'Vellmark Holdings sued Grey Heron Partners in March.',
  ].join(' '),
};

function describe(annotation: Annotation): string[] {
  return [
    ...annotation.entities.map((mention) => `entity  ${mention.text} (${mention.type})`),
    ...annotation.quotes.map((quote) => `quote   ${quote.speaker.entity ?? '?'} ${quote.cue?.text ?? '-'}: ${quote.content.text}`),
    ...annotation.stances.map((stance) => `stance  ${stance.holder} ${stance.polarity}s ${stance.target}`),
  ];
}

const domain = process.argv[2] ?? '';
const paragraph = PARAGRAPHS[domain];
if (paragraph === undefined) {
  console.error(`usage: npx tsx examples/domain-lexicons.ts ${Object.keys(PARAGRAPHS).join('|')}`);
  process.exit(2);
}
const lexicons = JSON.parse(readFileSync(new URL(`./lexicons/${domain}.json`, import.meta.url), 'utf8')) as Lexicons;
const before = describe(annotate(paragraph));
const after = describe(createAnnotator({ lexicons }).annotate(paragraph));

console.log(paragraph, '\n');
console.log('Only without the pack:');
for (const line of before.filter((item) => !after.includes(item))) console.log(`  - ${line}`);
console.log(`Only with examples/lexicons/${domain}.json:`);
for (const line of after.filter((item) => !before.includes(item))) console.log(`  + ${line}`);
console.log('Both:');
for (const line of after.filter((item) => before.includes(item))) console.log(`    ${line}`);
