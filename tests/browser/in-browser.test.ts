import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotate, type Annotation } from '../../src/index';
import { SEED_PATH } from '../helpers/annotate-seed';
import { findBadSpans } from '../helpers/collect-spans';
import { launchChromium, skipBrowserTests, type LaunchedChromium } from '../helpers/launch-chromium';

// presswork in a web page, the way an app's bundler would ship it: src/index.ts bundled for the
// browser into one ES module together with wink-nlp, its English model and sentiment, served from a
// loopback server and imported by a page. No Node built-in may end up in it: esbuild would fail.
const PAGE = `<!doctype html><meta charset="utf-8"><title>presswork in the browser</title>
<script type="module">import * as presswork from './presswork.js'; window.presswork = presswork; document.title = 'ready';</script>`;

interface Bundle {
  readonly directory: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly modelBytes: number;
}

async function bundleForBrowser(): Promise<Bundle> {
  const directory = mkdtempSync(join(tmpdir(), 'presswork-bundle-'));
  const outfile = join(directory, 'presswork.js');
  const result = await build({
    entryPoints: ['src/index.ts'], bundle: true, format: 'esm', platform: 'browser', target: 'es2022',
    minify: true, outfile, metafile: true, logLevel: 'error',
  });
  // The metafile names outputs relative to the working directory; there is exactly one JS output.
  const output = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith('presswork.js'))?.[1];
  const inputs = Object.entries(output?.inputs ?? {});
  const modelBytes = inputs
    .filter(([path]) => path.includes('node_modules/wink-eng-lite-web-model/'))
    .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
  const code = readFileSync(outfile);
  return { directory, bytes: code.length, gzipBytes: gzipSync(code).length, modelBytes };
}

function serve(directory: string): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    } else if (request.url === '/presswork.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(readFileSync(join(directory, 'presswork.js')));
    } else {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.skipIf(skipBrowserTests)('presswork bundled and run in Chromium (needs /usr/bin/chromium: apt-get install chromium)', () => {
  let bundle: Bundle | undefined;
  let server: Server | undefined;
  let chromium: LaunchedChromium | undefined;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    bundle = await bundleForBrowser();
    server = await serve(bundle.directory);
    chromium = await launchChromium();
    page = await chromium.context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => document.title === 'ready', undefined, { timeout: 20_000 });
  }, 30_000);

  afterAll(async () => {
    await chromium?.close();
    await new Promise((resolve) => server?.close(resolve));
    if (bundle !== undefined) rmSync(bundle.directory, { recursive: true, force: true });
  });

  it('bundles into one module whose size is mostly the English model', () => {
    const size = bundle ?? { bytes: 0, gzipBytes: 0, modelBytes: 0 };
    console.info(`browser bundle: ${(size.bytes / 1e6).toFixed(2)} MB minified, ${(size.gzipBytes / 1e6).toFixed(2)} MB gzipped; the model is ${(size.modelBytes / 1e6).toFixed(2)} MB of it`);
    expect(size.modelBytes).toBeGreaterThan(size.bytes / 2);
  });

  it('annotates a seed article in the page exactly as in Node, with valid offsets', async () => {
    const text = readFileSync(SEED_PATH, 'utf8');
    const inPage = await page.evaluate((article) => {
      const presswork = (window as unknown as { presswork: { annotate: (text: string) => unknown } }).presswork;
      return presswork.annotate(article);
    }, text) as Annotation;
    expect(errors).toEqual([]);
    expect(inPage.text).toBe(text);
    expect(findBadSpans(text, inPage)).toEqual([]);
    expect(inPage.sentences.length).toBeGreaterThan(10);
    expect(inPage).toEqual(annotate(text));
  });

  it('renders the HTML view in the page', async () => {
    const html = await page.evaluate((article) => {
      const presswork = (window as unknown as { presswork: { annotate: (text: string) => unknown; renderHtml: (annotation: unknown) => string } }).presswork;
      return presswork.renderHtml(presswork.annotate(article));
    }, 'The mayor said the port would open.');
    expect(html).toContain('<p class="line">');
  });
});
