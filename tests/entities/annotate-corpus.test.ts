import { describe, expect, it } from 'vitest';
import { annotateCorpus } from '../../src/annotate-corpus';

const DOCS = [
  { id: 'a', text: 'Prime Minister Anna Weber met Omar Haddad in Nairobi. Weber praised Kenya.' },
  { id: 'b', text: 'Weber said the Coastal Fisheries Authority (CFA) would act. Kenyan officials agreed.' },
  { id: 'c', text: 'Ana Weber and the CFA visited Kenya. Omar Hadad left for the U.S.' },
];

describe('annotateCorpus', () => {
  const result = annotateCorpus(DOCS);
  const entity = (name: string) => result.entities.find((item) => item.name === name);

  it('returns one annotation per document, in order', () => {
    expect(result.documents.map((document) => document.id)).toEqual(['a', 'b', 'c']);
    expect(result.documents[0]?.annotation.text).toBe(DOCS[0]?.text);
  });

  it('gives a person one canonical name across documents, with every alias and mention', () => {
    expect(entity('Anna Weber')).toMatchObject({ type: 'PERSON', aliases: ['Ana Weber', 'Anna Weber', 'Weber'] });
    expect(entity('Anna Weber')?.mentions.map((mention) => mention.id)).toEqual(['a', 'a', 'b', 'c']);
  });

  it('links one-letter variants of a full name across documents', () => {
    expect(entity('Omar Haddad')?.aliases).toEqual(['Omar Hadad', 'Omar Haddad']);
  });

  it('links an acronym to its expansion across documents', () => {
    expect(entity('Coastal Fisheries Authority')?.mentions.map((mention) => [mention.id, mention.text])).toEqual([
      ['b', 'Coastal Fisheries Authority'], ['b', 'CFA'], ['c', 'CFA'],
    ]);
  });

  it('keeps a country and its nationality apart', () => {
    expect(entity('Kenya')?.type).toBe('GPE');
    expect(entity('Kenyan')?.type).toBe('NORP');
  });

  it('writes the corpus name into each document’s mentions', () => {
    const weber = result.documents[2]?.annotation.entities.find((mention) => mention.text === 'Ana Weber');
    expect(weber?.entity).toBe('Anna Weber');
  });

  it('gives mention offsets that slice their own document', () => {
    for (const item of result.entities) {
      for (const mention of item.mentions) {
        const text = DOCS.find((document) => document.id === mention.id)?.text ?? '';
        expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      }
    }
  });

  it.each<[string, unknown, string]>([
    ['a non-array', 'text', '`docs` must be an array'],
    ['a non-object item', ['text'], '`docs[0]` must be an object'],
    ['an item without text', [{ id: 'x' }], '`docs[0].text` must be a string'],
    ['an item with a numeric id', [{ id: 1, text: '' }], '`docs[0].id` must be a string'],
  ])('throws a TypeError naming the argument for %s', (_name, docs, message) => {
    expect(() => annotateCorpus(docs as never)).toThrow(TypeError);
    expect(() => annotateCorpus(docs as never)).toThrow(message);
  });

  it('checks the options too', () => {
    expect(() => annotateCorpus([], { knownEntites: [] } as never)).toThrow(TypeError);
  });

  it('accepts an empty corpus', () => {
    expect(annotateCorpus([])).toEqual({ documents: [], entities: [] });
  });
});
