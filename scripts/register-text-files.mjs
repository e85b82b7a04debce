// Lets Node (and tsx) load a `.txt` import as its text, as the build and the tests do (see
// src/text-files.d.ts), so a script run from source can import `presswork/fixtures`' source:
//   npx tsx --import ./scripts/register-text-files.mjs examples/check-fixtures.ts
import { register } from 'node:module';

const hooks = `
import { readFile } from 'node:fs/promises';
export async function load(url, context, nextLoad) {
  if (!url.endsWith('.txt')) return nextLoad(url, context);
  const text = await readFile(new URL(url), 'utf8');
  return { format: 'module', source: 'export default ' + JSON.stringify(text) + ';', shortCircuit: true };
}`;

register(`data:text/javascript,${encodeURIComponent(hooks)}`);
