import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const PLACEHOLDER = '<script data-bundle></script>';
// Inside an inline <script>, `</script` ends the element and `<!--` can change how the parser
// reads the rest; the bundle must contain neither, or the page breaks in ways no error names.
const UNSAFE_IN_SCRIPT = /<\/script|<!--/i;

/** What `buildPlayground` wrote. */
export interface BuiltPlayground {
  /** The path of the page. */
  readonly path: string;
  /** Its size in bytes. */
  readonly bytes: number;
}

/**
 * Builds the playground into `directory`/index.html: playground/main.ts bundled for the browser with
 * the library, wink-nlp and its English model, inlined into playground/index.html. One file, so it
 * opens from disk (`file://`), where a page may not load a module or script beside it in every browser.
 */
export async function buildPlayground(directory: string): Promise<BuiltPlayground> {
  const result = await build({
    entryPoints: [join(HERE, 'main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    loader: { '.txt': 'text' },
    logLevel: 'warning',
    // sentiment requires other languages' lists by a computed path, and only when asked for one;
    // the playground only uses English, so the glob that matches nothing is expected.
    logOverride: { 'empty-glob': 'silent' },
  });
  const code = result.outputFiles[0]?.text ?? '';
  if (UNSAFE_IN_SCRIPT.test(code)) throw new Error('presswork playground: the bundle contains </script or <!--, so it cannot be inlined');
  const template = readFileSync(join(HERE, 'index.html'), 'utf8');
  if (!template.includes(PLACEHOLDER)) throw new Error(`presswork playground: index.html has no ${PLACEHOLDER}`);
  // split/join, not replace: the bundle contains `$&` and the like, which replace() would expand.
  const page = template.split(PLACEHOLDER).join(`<script>${code}</script>`);
  mkdirSync(directory, { recursive: true });
  const path = join(directory, 'index.html');
  writeFileSync(path, page);
  return { path, bytes: Buffer.byteLength(page) };
}
