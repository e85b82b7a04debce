import { describe, expect, it } from 'vitest';
import { toConll } from '../../src/index';
import type { Annotation, EntityMention } from '../../src/types';
import { annotateSeed } from '../helpers/annotate-seed';
import { FIXTURE, FIXTURE_TEXT } from '../helpers/formats-fixture';
import { readConll } from '../helpers/read-conll';
import { spanOf } from '../helpers/span-of';

function oneSentence(text: string, entities: readonly EntityMention[] = []): Annotation {
  return { text, sentences: [spanOf(text, text)], entities, quotes: [], stances: [] };
}

function linesOf(text: string, entities: readonly EntityMention[] = []): string[] {
  return toConll(oneSentence(text, entities)).trimEnd().split('\n');
}

describe('toConll', () => {
  it('reads back every entity with its type at its exact span', () => {
    const { entities } = readConll(FIXTURE_TEXT, toConll(FIXTURE));
    expect(entities).toEqual(FIXTURE.entities.map(({ start, end, text, type }) => ({ start, end, text, type })));
  });

  it('writes one block per sentence, separated by a blank line', () => {
    const conll = toConll(FIXTURE);
    expect(conll.split('\n\n')).toHaveLength(FIXTURE.sentences.length);
    expect(conll.endsWith('.\tO\n')).toBe(true);
  });

  it('tags the first token of an entity B- and the rest I-', () => {
    const text = 'Jane Okafor met Ana Ruiz.';
    const entities: EntityMention[] = [
      { ...spanOf(text, 'Jane Okafor'), type: 'PERSON', entity: 'Jane Okafor' },
      { ...spanOf(text, 'Ana Ruiz'), type: 'PERSON', entity: 'Ana Ruiz' },
    ];
    expect(linesOf(text, entities)).toEqual(['Jane\tB-PERSON', 'Okafor\tI-PERSON', 'met\tO', 'Ana\tB-PERSON', 'Ruiz\tI-PERSON', '.\tO']);
  });

  it('starts a new entity with B- even right after one of the same type', () => {
    const text = 'Paris Berlin';
    const entities: EntityMention[] = [
      { ...spanOf(text, 'Paris'), type: 'GPE', entity: 'Paris' },
      { ...spanOf(text, 'Berlin'), type: 'GPE', entity: 'Berlin' },
    ];
    expect(linesOf(text, entities)).toEqual(['Paris\tB-GPE', 'Berlin\tB-GPE']);
  });

  it.each([
    ['punctuation after a word', 'It rained, then stopped.', ['It', 'rained', ',', 'then', 'stopped', '.']],
    ['quotation marks around words', '“Yes,” she said', ['“', 'Yes', ',', '”', 'she', 'said']],
    ['tabs and no-break spaces', 'one\ttwo\u00a0three', ['one', 'two', 'three']],
    ['an emoji as punctuation', 'ship 🚢!', ['ship', '🚢', '!']],
  ])('splits tokens at %s', (_name, text, tokens) => {
    expect(linesOf(text).map((line) => line.split('\t')[0])).toEqual(tokens);
  });

  it('cuts a token at an entity boundary, so a possessive stays outside the entity', () => {
    const text = "Brindle's port";
    const entities: EntityMention[] = [{ ...spanOf(text, 'Brindle'), type: 'GPE', entity: 'Brindle' }];
    expect(linesOf(text, entities)).toEqual(['Brindle\tB-GPE', "'s\tO", 'port\tO']);
  });

  it('keeps punctuation inside an entity in its token', () => {
    const text = 'The U.S. agreed';
    const entities: EntityMention[] = [{ ...spanOf(text, 'U.S.'), type: 'GPE', entity: 'United States' }];
    expect(linesOf(text, entities)).toContain('U.S.\tB-GPE');
  });

  it('writes nothing for an empty text', () => {
    expect(toConll({ text: '', sentences: [], entities: [], quotes: [], stances: [] })).toBe('');
  });

  it('reads back the entities of an annotated seed article at their exact offsets', () => {
    const annotation = annotateSeed();
    const { entities } = readConll(annotation.text, toConll(annotation));
    expect(entities).toEqual(annotation.entities.map(({ start, end, text, type }) => ({ start, end, text, type })));
  });
});
