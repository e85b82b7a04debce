// Render the HTML view of one article: entities highlighted by type, quotes underlined in their
// speaker's colour with the speaker in the margin, the stance table and a who-said-what list.
// Run: npx tsx examples/render-html.ts seeds/000_ea477dd52279c393.txt scratch/000.html
//  (the output file defaults to scratch/<article name>.html; open it in any browser)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { annotate, renderHtml } from '../src/index.js';

const input = process.argv[2];
if (input === undefined) {
  console.error('usage: npx tsx examples/render-html.ts <article.txt> [output.html]');
  process.exit(2);
}
const output = process.argv[3] ?? join('scratch', `${basename(input, '.txt')}.html`);
const html = renderHtml(annotate(readFileSync(input, 'utf8')));
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, html);
console.log(`wrote ${output}`);
