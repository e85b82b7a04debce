import { describe, expect, it } from 'vitest';
import { toBrat } from '../../src/index';
import type { Annotation } from '../../src/types';
import { annotateSeed } from '../helpers/annotate-seed';
import { FIXTURE, FIXTURE_TEXT } from '../helpers/formats-fixture';
import { joinFragments, readBrat, type BratDocument, type BratTextBound } from '../helpers/read-brat';
import { spanOf } from '../helpers/span-of';

const brat = readBrat(FIXTURE_TEXT, toBrat(FIXTURE));

function textBoundsOfType(document: BratDocument, type: string): BratTextBound[] {
  return [...document.textBounds.values()].filter((textBound) => textBound.type === type);
}

function relatedTo(document: BratDocument, type: string, from: string): BratTextBound | undefined {
  const relation = document.relations.find((candidate) => candidate.type === type && candidate.from === from);
  return relation === undefined ? undefined : document.textBounds.get(relation.to);
}

describe('toBrat', () => {
  it('writes every entity as a T line with its type, span and canonical name', () => {
    const entities = [...brat.textBounds.values()].filter((textBound) => /^(PERSON|ORG|GPE|LOC|NORP)$/.test(textBound.type));
    expect(entities.map((textBound) => ({ ...joinFragments(FIXTURE_TEXT, textBound), type: textBound.type, entity: brat.notes.get(textBound.id) })))
      .toEqual(FIXTURE.entities.map(({ start, end, text, type, entity }) => ({ start, end, text, type, entity })));
  });

  it('counts offsets in code points, as brat does, so the emoji in the headline shifts them by one', () => {
    const line = toBrat(FIXTURE).split('\n').find((row) => row.endsWith('\tBrindle'));
    const brindle = spanOf(FIXTURE_TEXT, 'Brindle');
    expect(line).toBe(`T2\tGPE ${brindle.start - 1} ${brindle.end - 1}\tBrindle`);
  });

  it('writes the text field of every T line as the text its fragments cover', () => {
    for (const textBound of brat.textBounds.values()) {
      expect(textBound.text).toBe(textBound.fragments.map((fragment) => fragment.text).join(' '));
    }
  });

  it('splits a span crossing a line break into fragments that hold no line break', () => {
    const [content] = textBoundsOfType(brat, 'Quote-partial');
    expect(content?.fragments.map((fragment) => fragment.text)).toEqual(['open its gates to', 'every <b>honest</b> trader']);
    for (const textBound of brat.textBounds.values()) {
      for (const fragment of textBound.fragments) expect(fragment.text).not.toMatch(/[\r\n]/);
    }
  });

  it('joins each quote content to its Source and Cue spans by HasSource and HasCue relations', () => {
    const quotes = [...brat.textBounds.values()].filter((textBound) => textBound.type.startsWith('Quote-'));
    expect(quotes.map((content) => ({
      kind: content.type.slice('Quote-'.length),
      content: joinFragments(FIXTURE_TEXT, content),
      mention: relatedTo(brat, 'HasSource', content.id)?.fragments[0] ?? null,
      cue: relatedTo(brat, 'HasCue', content.id)?.fragments[0] ?? null,
    }))).toEqual(FIXTURE.quotes.map((quote) => ({ kind: quote.kind, content: quote.content, mention: quote.speaker.mention, cue: quote.cue })));
  });

  it('names the speaker in a note on the Source span, or on the content when the source has no mention', () => {
    const [source] = textBoundsOfType(brat, 'Source');
    const [direct] = textBoundsOfType(brat, 'Quote-direct');
    expect(brat.notes.get(source?.id ?? '')).toBe('Jane Okafor');
    expect(brat.notes.get(direct?.id ?? '')).toBe("source: dockers' union");
  });

  it('links a stance between the first mentions of its holder and target, with its score in a note', () => {
    const relation = brat.relations.find((candidate) => candidate.type === 'Supports');
    expect(brat.textBounds.get(relation?.from ?? '')?.text).toBe('Ministry of Trade');
    expect(joinFragments(FIXTURE_TEXT, brat.textBounds.get(relation?.to ?? '') as BratTextBound)).toEqual(spanOf(FIXTURE_TEXT, 'Jane Okafor'));
    expect(brat.notes.get(relation?.id ?? '')).toBe('score 0.50');
  });

  it('notes a stance on its first evidence span when its holder has no mention', () => {
    const [stance] = textBoundsOfType(brat, 'Stance');
    expect(stance?.fragments).toEqual([FIXTURE.stances[1]?.evidence[0]]);
    expect(brat.notes.get(stance?.id ?? '')).toBe("dockers' union opposes Jane Okafor (score -0.80)");
  });

  it('writes nothing for an annotation with nothing in it', () => {
    const empty: Annotation = { text: 'Nothing here.', sentences: [], entities: [], quotes: [], stances: [] };
    expect(toBrat(empty)).toBe('');
  });

  it('skips a span that holds nothing but line breaks instead of writing an empty fragment', () => {
    const text = 'A\n\nB';
    const annotation: Annotation = { text, sentences: [], entities: [{ start: 1, end: 3, text: '\n\n', type: 'GPE', entity: 'x' }], quotes: [], stances: [] };
    expect(toBrat(annotation)).toBe('');
  });

  it('reads back the entities and quotes of an annotated seed article at their exact offsets', () => {
    const annotation = annotateSeed();
    const document = readBrat(annotation.text, toBrat(annotation));
    const spans = [...document.textBounds.values()].map((textBound) => joinFragments(annotation.text, textBound));
    const expected = [...annotation.entities, ...annotation.quotes.map((quote) => quote.content)];
    for (const span of expected) expect(spans).toContainEqual({ start: span.start, end: span.end, text: span.text });
  });
});
