import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/index';
import type { Annotation } from '../../src/types';
import { annotateSeed } from '../helpers/annotate-seed';
import { FIXTURE, FIXTURE_TEXT } from '../helpers/formats-fixture';
import { articleLines, articleParagraphs, findUnbalancedTag, nonBlankLines } from '../helpers/read-html';
import { spanOf } from '../helpers/span-of';

const HOSTILE_TEXT = 'Officials said "<script>alert(1)</script>" & more.\n<img src=x onerror=alert(2)> was posted.';

function hostileAnnotation(): Annotation {
  const content = spanOf(HOSTILE_TEXT, '<script>alert(1)</script>');
  return {
    text: HOSTILE_TEXT,
    sentences: [],
    entities: [{ ...spanOf(HOSTILE_TEXT, '<img src=x onerror=alert(2)>'), type: 'ORG', entity: '<b>"Org"</b>' }],
    quotes: [{ kind: 'direct', content, speaker: { mention: spanOf(HOSTILE_TEXT, 'Officials'), entity: null, description: '<i>officials</i>' }, cue: spanOf(HOSTILE_TEXT, 'said') }],
    stances: [{ holder: '<u>x</u>', target: '</td><script>', polarity: 'oppose', score: -0.5, evidence: [content] }],
  };
}

describe('renderHtml', () => {
  it('shows the article text exactly, line by line', () => {
    expect(articleLines(renderHtml(FIXTURE))).toEqual(nonBlankLines(FIXTURE_TEXT));
  });

  it('draws a line after a single line break without a paragraph gap, and one after a blank line with it', () => {
    const text = 'Headline\n\nFirst line\r\nsecond line\n \nNext paragraph';
    const html = renderHtml({ text, sentences: [], entities: [], quotes: [], stances: [] });
    expect([...html.matchAll(/<div class="row([^"]*)">/g)].map((match) => match[1])).toEqual([' lead', '', ' joined', '']);
    expect(articleParagraphs(html)).toEqual(['Headline', 'First line', 'second line', 'Next paragraph']);
  });

  it('nests its markup properly even where entities, speakers and quotes overlap', () => {
    expect(findUnbalancedTag(renderHtml(FIXTURE))).toBeNull();
  });

  it('marks every entity, once per piece, with its type', () => {
    const html = renderHtml(FIXTURE);
    const marked = new Set([...html.matchAll(/<mark class="entity entity-(\w+)[^"]*" data-entity="(\d+)"/g)].map((match) => `${match[2]}:${match[1]}`));
    expect([...marked].sort()).toEqual(FIXTURE.entities.map((mention, index) => `${index}:${mention.type.toLowerCase()}`).sort());
  });

  it('anchors every quote so the who-said-what list can link to it', () => {
    const html = renderHtml(FIXTURE);
    FIXTURE.quotes.forEach((_quote, index) => {
      expect(html).toContain(`id="quote-${index + 1}"`);
      expect(html).toContain(`href="#quote-${index + 1}"`);
    });
  });

  it('names each quote’s speaker in the margin, in the speaker’s colour', () => {
    const margin = [...renderHtml(FIXTURE).matchAll(/<span class="who" style="--speaker: (#[0-9a-f]{6})">([^<]*)<\/span>/g)];
    expect(margin.map((match) => match[2])).toEqual(['Jane Okafor', 'spokesman for Oskar Lindqvist', 'dockers&#39; union']);
    expect(new Set(margin.map((match) => match[1])).size).toBe(3);
  });

  it('colours a stance cell red for opposition and green for support', () => {
    const html = renderHtml(FIXTURE);
    expect(html).toMatch(/class="stance-cell stance-support" style="background: rgba\(26, 152, 80, 0\.51\)/);
    expect(html).toMatch(/class="stance-cell stance-oppose" style="background: rgba\(215, 48, 39, 0\.74\)/);
  });

  it('uses the given title, or the headline when there is none', () => {
    expect(renderHtml(FIXTURE, { title: 'Port news' })).toContain('<title>Port news</title>');
    expect(renderHtml(FIXTURE)).toContain('<title>Harbour deal signed 🚢</title>');
  });

  it('is one self-contained page: no scripts, no external resources', () => {
    const html = renderHtml(FIXTURE);
    expect(html).not.toMatch(/<script|<link|src=|url\(|@import/i);
  });

  it('escapes markup in the article, entity names, speakers, stances and title', () => {
    const html = renderHtml(hostileAnnotation(), { title: '<script>alert(3)</script>' });
    expect(html).not.toMatch(/<script|<img|<b>"|<i>|<u>/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(articleLines(html)).toEqual(nonBlankLines(HOSTILE_TEXT));
    expect(findUnbalancedTag(html)).toBeNull();
  });

  it('renders an annotation with nothing found, saying so', () => {
    const html = renderHtml({ text: 'Quiet day.', sentences: [], entities: [], quotes: [], stances: [] });
    expect(html).toContain('No stances found.');
    expect(html).toContain('No quotes found.');
    expect(articleLines(html)).toEqual(['Quiet day.']);
  });

  it('renders an annotated seed article with its text intact', () => {
    const annotation = annotateSeed();
    const html = renderHtml(annotation);
    expect(articleLines(html)).toEqual(nonBlankLines(annotation.text));
    expect(findUnbalancedTag(html)).toBeNull();
  });
});
