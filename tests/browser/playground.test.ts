import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlayground } from '../../playground/build-playground';
import type { Annotation } from '../../src/index';
import { launchChromium, skipBrowserTests, type LaunchedChromium } from '../helpers/launch-chromium';

const SCREENSHOT = 'test-results/playground.png';

// Sentences written for this test, not taken from the seeds.
const ARTICLE = 'Mayor Lucia Ferrante said on Tuesday that Italy would reopen the bridge in Genoa by May.\n\n'
  + '"The city cannot wait another winter," Ferrante told reporters.\n';
const CORPUS = [
  JSON.stringify({ id: 'bridge', text: ARTICLE }),
  'this line is not a record',
  JSON.stringify({ id: 'rail-strike', text: 'Union leader Marek Nowak said the strike in Poland would end on Friday.' }),
].join('\n');

// What the view shows, read from the DOM the browser built inside the page's frame.
async function readView(page: Page) {
  const frame = page.frameLocator('#view');
  await frame.locator('mark.entity').first().waitFor({ timeout: 30_000 });
  return frame.locator('html').evaluate(() => ({
    title: document.title,
    entities: Array.from(document.querySelectorAll('mark.entity[data-entity]')).map((mark) => mark.textContent),
    markBackground: getComputedStyle(document.querySelector('mark.entity[data-entity]') as Element).backgroundColor,
    speakers: Array.from(document.querySelectorAll('.speaker-group h3')).map((heading) => heading.textContent ?? ''),
    quotes: Array.from(document.querySelectorAll('.speaker-group li')).map((item) => item.textContent ?? ''),
    margin: Array.from(document.querySelectorAll('.margin .who')).map((who) => who.textContent),
  }));
}

describe.skipIf(skipBrowserTests)('the playground page in Chromium (needs /usr/bin/chromium: apt-get install chromium)', () => {
  let directory: string;
  let chromium: LaunchedChromium | undefined;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'presswork-playground-'));
    const { path } = await buildPlayground(directory);
    chromium = await launchChromium();
    page = await chromium.context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    // Opened from disk, as a user would open the built dist/playground/index.html.
    await page.goto(pathToFileURL(path).href);
  }, 60_000);

  afterAll(async () => {
    await chromium?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('opens from a file:// address as one self-contained page, with nothing to download yet', async () => {
    expect(await page.locator('link[href], script[src]').count()).toBe(0);
    expect(await page.locator('#download').isDisabled()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('shows a pasted article with its entities highlighted and its quote under its speaker', async () => {
    await page.locator('#article').fill(ARTICLE);
    const seen = await readView(page);
    expect(seen.entities).toEqual(expect.arrayContaining(['Lucia Ferrante', 'Italy', 'Genoa']));
    expect(seen.markBackground).not.toBe('rgba(0, 0, 0, 0)');
    expect(seen.speakers.join(' ')).toMatch(/Lucia Ferrante/);
    expect(seen.quotes.join(' ')).toMatch(/The city cannot wait another winter/);
    expect(seen.margin).toContain('Lucia Ferrante');
    expect(await page.locator('#status').textContent()).toMatch(/^\d+ entity mentions · \d+ quotes? · \d+ stances? · \d+ ms$/);
    expect(errors).toEqual([]);
  });

  it('downloads the annotation of the article shown as JSON', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
    expect(download.suggestedFilename()).toBe('annotation.json');
    const annotation = JSON.parse(readFileSync(await download.path(), 'utf8')) as Annotation;
    expect(annotation.text).toBe(ARTICLE);
    expect(annotation.entities.map((mention) => ARTICLE.slice(mention.start, mention.end))).toContain('Italy');
    expect(annotation.quotes[0]?.speaker?.entity).toBe('Lucia Ferrante');
  });

  it('opens a JSONL file with a chooser of its documents, each titled by its id', async () => {
    await page.locator('#file').setInputFiles({ name: 'desk.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(CORPUS) });
    const chooser = page.locator('#documents');
    await expect.poll(() => chooser.isVisible()).toBe(true);
    expect(await chooser.locator('option').allTextContents()).toEqual(['bridge', 'rail-strike']);
    await expect.poll(() => page.locator('#status').textContent()).toMatch(/ · 2 documents in the file, skipped line 2 /);
    await expect.poll(async () => (await readView(page)).title).toBe('bridge');

    await chooser.selectOption({ label: 'rail-strike' });
    await expect.poll(async () => (await readView(page)).title).toBe('rail-strike');
    expect((await readView(page)).entities).toEqual(expect.arrayContaining(['Marek Nowak', 'Poland']));
    expect(await page.locator('#article').inputValue()).toMatch(/^Union leader Marek Nowak/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
    expect(download.suggestedFilename()).toBe('rail-strike.json');
    expect(JSON.parse(readFileSync(await download.path(), 'utf8'))).toMatchObject({ id: 'rail-strike' });
  });

  it('opens a .txt file as one article and hides the chooser', async () => {
    await page.locator('#file').setInputFiles({ name: 'bridge.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) });
    await expect.poll(() => page.locator('#article').inputValue()).toBe(ARTICLE);
    expect(await page.locator('#documents').isHidden()).toBe(true);
    expect((await readView(page)).entities).toContain('Italy');
  });

  it('shows the sample article, and saves a screenshot of the page', async () => {
    await page.setViewportSize({ width: 1200, height: 720 });
    await page.locator('#sample').click();
    await expect.poll(async () => (await readView(page)).title).toMatch(/^Fishing towns back Norway/);
    expect(errors).toEqual([]);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
  });
});
