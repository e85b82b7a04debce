import { describe, expect, it } from 'vitest';
import { toWebAnnotation } from '../../src/index';
import { annotateSeed } from '../helpers/annotate-seed';
import { FIXTURE, FIXTURE_TEXT } from '../helpers/formats-fixture';
import { readWebAnnotation } from '../helpers/read-web-annotation';
import { spanOf } from '../helpers/span-of';

// Read back from the saved JSON, as a client would get it, not from the object in memory.
const items = readWebAnnotation(FIXTURE_TEXT, JSON.stringify(toWebAnnotation(FIXTURE)));

function byMotivation(motivation: string): typeof items {
  return items.filter((item) => item.motivation === motivation);
}

describe('toWebAnnotation', () => {
  it('is a JSON-LD AnnotationCollection using the W3C context', () => {
    const collection = toWebAnnotation(FIXTURE);
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.type).toBe('AnnotationPage');
  });

  it('reads back every entity mention with its type and canonical entity', () => {
    expect(byMotivation('tagging').filter((item) => item.body['value'] !== 'cue').map((item) => ({
      ...item.spans[0], type: item.body['value'], entity: item.body['pw:entity'],
    }))).toEqual(FIXTURE.entities.map(({ start, end, text, type, entity }) => ({ start, end, text, type, entity })));
  });

  it('reads back every quote with its kind, speaker, speaker mention and cue', () => {
    const quotes = byMotivation('classifying').map((quote) => ({
      kind: quote.body['pw:kind'],
      speaker: quote.body['pw:speaker'],
      content: quote.spans[0],
      mention: items.find((item) => item.body['pw:quote'] === quote.id && item.body['pw:role'] === 'source')?.spans[0] ?? null,
      cue: items.find((item) => item.body['pw:quote'] === quote.id && item.body['pw:role'] === 'cue')?.spans[0] ?? null,
    }));
    expect(quotes).toEqual(FIXTURE.quotes.map((quote) => ({
      kind: quote.kind,
      speaker: quote.speaker.entity ?? quote.speaker.description,
      content: quote.content,
      mention: quote.speaker.mention,
      cue: quote.cue,
    })));
  });

  it('reads back every stance with its holder, target, polarity, score and evidence', () => {
    expect(byMotivation('assessing').map((item) => ({
      holder: item.body['pw:holder'], target: item.body['pw:target'], polarity: item.body['pw:polarity'],
      score: item.body['pw:score'], evidence: item.spans,
    }))).toEqual(FIXTURE.stances);
  });

  it.each([
    ['cuts the context at 32 characters', 'Oskar Lindqvist', 'comed the deal, a spokesman for ', ' said.\n"We reject it," the docke'],
    ['keeps a shorter context at the start of the text', 'Harbour', '', ' deal signed 🚢\n\nMayor Jane Okaf'],
  ])('%s in a TextQuoteSelector', (_name, exact, prefix, suffix) => {
    const mention = { ...spanOf(FIXTURE_TEXT, exact), type: 'LOC' as const, entity: exact };
    const [item] = toWebAnnotation({ ...FIXTURE, entities: [mention], quotes: [], stances: [] }).first.items;
    const target = Array.isArray(item?.target) ? undefined : item?.target;
    expect(target?.selector[1]).toEqual({ type: 'TextQuoteSelector', exact, prefix, suffix });
  });

  it('uses the given source for every target and annotation id', () => {
    const collection = toWebAnnotation(FIXTURE, { source: 'https://example.org/harbour.txt' });
    for (const item of collection.first.items) {
      expect(item.id.startsWith('https://example.org/harbour.txt#')).toBe(true);
      for (const target of Array.isArray(item.target) ? item.target : [item.target]) expect(target.source).toBe('https://example.org/harbour.txt');
    }
  });

  it('gives every annotation a distinct id', () => {
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
  });

  it('reads back the spans of an annotated seed article at their exact offsets', () => {
    const annotation = annotateSeed();
    const read = readWebAnnotation(annotation.text, JSON.stringify(toWebAnnotation(annotation, { source: 'seeds/000.txt' })));
    const spans = read.flatMap((item) => item.spans);
    const expected = [
      ...annotation.entities, ...annotation.quotes.flatMap((quote) => [quote.content, quote.speaker.mention, quote.cue]),
      ...annotation.stances.flatMap((stance) => stance.evidence),
    ].filter((span) => span !== null);
    expect(spans).toHaveLength(expected.length);
    for (const span of expected) expect(spans).toContainEqual({ start: span.start, end: span.end, text: span.text });
  });
});
