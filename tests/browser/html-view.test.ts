import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/index';
import type { Annotation } from '../../src/types';
import { annotateSeed } from '../helpers/annotate-seed';
import { FIXTURE } from '../helpers/formats-fixture';
import { nonBlankLines } from '../helpers/read-html';
import { launchChromium, skipBrowserTests, type LaunchedChromium } from '../helpers/launch-chromium';

const SCREENSHOT = 'test-results/html-view.png';

// What the page shows, read from the DOM the browser built (not from the HTML string).
async function readPage(page: Page) {
  return page.evaluate(() => {
    const marks = Array.from(document.querySelectorAll<HTMLElement>('mark.entity[data-entity]'));
    const quotes = Array.from(document.querySelectorAll<HTMLElement>('.quote[data-quote]'));
    const firstMark = marks[0];
    const firstQuote = quotes[0];
    return {
      entityIndices: [...new Set(marks.map((mark) => mark.dataset['entity']))].length,
      quoteIndices: [...new Set(quotes.map((quote) => quote.dataset['quote']))].length,
      quoteAnchors: document.querySelectorAll('.quote[id^="quote-"]').length,
      marginNames: Array.from(document.querySelectorAll('.margin .who')).map((who) => who.textContent),
      legendTypes: Array.from(document.querySelectorAll('.legend mark.entity')).map((mark) => (mark as HTMLElement).dataset['type']),
      stanceCells: document.querySelectorAll('.stance-table td.stance-cell').length,
      whoSaidWhat: document.querySelectorAll('.who-said-what li').length,
      lines: Array.from(document.querySelectorAll('p.line')).flatMap((line) => (line.textContent ?? '').split('\n')),
      markBackground: firstMark === undefined ? null : getComputedStyle(firstMark).backgroundColor,
      quoteBorder: firstQuote === undefined ? null : getComputedStyle(firstQuote).borderBottomWidth,
      overflows: document.documentElement.scrollWidth > window.innerWidth,
      scripts: document.scripts.length,
    };
  });
}

// The browser's parser turns CRLF into LF, so the page shows the article's non-blank lines.
function expectedLines(annotation: Annotation): string[] {
  return nonBlankLines(annotation.text);
}

describe.skipIf(skipBrowserTests)('the HTML view in Chromium (needs /usr/bin/chromium: apt-get install chromium)', () => {
  let chromium: LaunchedChromium | undefined;
  let page: Page;

  beforeAll(async () => {
    chromium = await launchChromium();
    page = await chromium.context.newPage();
  }, 30_000);

  afterAll(async () => {
    await chromium?.close();
  });

  it('shows every entity, quote, speaker and stance of a hand-built annotation', async () => {
    await page.setContent(renderHtml(FIXTURE));
    const seen = await readPage(page);
    expect(seen).toMatchObject({
      entityIndices: FIXTURE.entities.length,
      quoteIndices: FIXTURE.quotes.length,
      quoteAnchors: FIXTURE.quotes.length,
      marginNames: ['Jane Okafor', 'spokesman for Oskar Lindqvist', "dockers' union"],
      legendTypes: ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP'],
      stanceCells: FIXTURE.stances.length,
      whoSaidWhat: FIXTURE.quotes.length,
      lines: expectedLines(FIXTURE),
      quoteBorder: '3px',
      overflows: false,
      scripts: 0,
    });
    expect(seen.markBackground).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('renders an annotated seed article, and saves a screenshot of it', async () => {
    const annotation = annotateSeed();
    await page.setContent(renderHtml(annotation));
    const seen = await readPage(page);
    expect(seen).toMatchObject({
      entityIndices: annotation.entities.length,
      quoteIndices: annotation.quotes.length,
      stanceCells: new Set(annotation.stances.map((stance) => `${stance.holder}\u0000${stance.target}`)).size,
      whoSaidWhat: annotation.quotes.length,
      lines: expectedLines(annotation),
      overflows: false,
      scripts: 0,
    });
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });
});
