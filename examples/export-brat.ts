// Export the corpus to brat standoff: for each article, a .txt with its text and an .ann with its
// entities, quotes (content, Source and Cue joined by relations) and stances, plus the
// annotation.conf and visual.conf brat needs to open the folder as a collection.
// Run: npx tsx examples/export-brat.ts scratch/brat
//  (reads seeds/*.txt; the output folder defaults to scratch/brat)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { annotate, toBrat } from '../src/index.js';

const ANNOTATION_CONF = `[entities]
PERSON
ORG
GPE
LOC
NORP
Quote-direct
Quote-partial
Quote-indirect
Source
Cue
Stance

[relations]
HasSource\tArg1:Quote-direct|Quote-partial|Quote-indirect, Arg2:Source
HasCue\tArg1:Quote-direct|Quote-partial|Quote-indirect, Arg2:Cue
Supports\tArg1:<ENTITY>, Arg2:<ENTITY>
Opposes\tArg1:<ENTITY>, Arg2:<ENTITY>
Neutral\tArg1:<ENTITY>, Arg2:<ENTITY>
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
`;

const VISUAL_CONF = `[labels]
Quote-direct | Direct quote | Direct
Quote-partial | Partial quote | Partial
Quote-indirect | Reported speech | Indirect

[drawing]
PERSON\tbgColor:#fde0c2
ORG\tbgColor:#d8e5fb
GPE\tbgColor:#d5efcf
LOC\tbgColor:#e8dcfa
NORP\tbgColor:#fbd8e4
Source\tbgColor:#4e79a7, fgColor:white
Cue\tbgColor:#f2f2f2
Supports\tcolor:#1a9850
Opposes\tcolor:#d73027
`;

const corpus = 'seeds';
const output = process.argv[2] ?? 'scratch/brat';
mkdirSync(output, { recursive: true });
const files = readdirSync(corpus).filter((name) => name.endsWith('.txt')).sort();
for (const file of files) {
  const text = readFileSync(join(corpus, file), 'utf8');
  const id = basename(file, '.txt');
  writeFileSync(join(output, `${id}.txt`), text);
  writeFileSync(join(output, `${id}.ann`), toBrat(annotate(text)));
}
writeFileSync(join(output, 'annotation.conf'), ANNOTATION_CONF);
writeFileSync(join(output, 'visual.conf'), VISUAL_CONF);
console.log(`wrote ${files.length} articles as brat standoff to ${output}/`);
