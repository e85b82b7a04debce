import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/index';
import { annotateMany, type AnnotatedDocument, type CorpusDocument } from '../../src/node/index';

// Sentences written for these tests, not taken from the seeds.
const DOCUMENTS: readonly CorpusDocument[] = [
  { id: 'a', text: 'Angela Merkel said Germany would support France. "We stand together," she said.' },
  { id: 'b', text: '' },
  { id: 'c', text: 'The United Nations criticised Russia on Tuesday, according to a spokesman.' },
  { id: 'd', text: 'Emoji 😀 and a lone \ud800 surrogate.\r\nNew line here.' },
  { id: 'e', text: 'Brazil and Argentina signed a trade deal in Buenos Aires.' },
];

async function collect(iterable: AsyncIterable<AnnotatedDocument>): Promise<AnnotatedDocument[]> {
  const results: AnnotatedDocument[] = [];
  for await (const result of iterable) results.push(result);
  return results;
}

async function* slowly(documents: readonly CorpusDocument[]): AsyncGenerator<CorpusDocument> {
  for (const document of documents) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    yield document;
  }
}

describe('annotateMany', () => {
  it.each([1, 2, 3])('keeps input order and matches annotate() with concurrency %i', async (concurrency) => {
    const results = await collect(annotateMany(DOCUMENTS, { concurrency }));
    expect(results.map((result) => result.id)).toEqual(DOCUMENTS.map((document) => document.id));
    expect(results.map((result) => result.annotation)).toEqual(DOCUMENTS.map((document) => annotate(document.text)));
  });

  it('reads an async iterable and passes annotate options to the workers', async () => {
    const knownEntities = [{ name: 'Acme Widgets', type: 'ORG', aliases: ['Acme'] }] as const;
    const documents = [{ id: 'x', text: 'Acme said profits rose.' }, ...DOCUMENTS];
    const results = await collect(annotateMany(slowly(documents), { concurrency: 2, knownEntities }));
    expect(results.map((result) => result.annotation)).toEqual(documents.map((document) => annotate(document.text, { knownEntities })));
  });

  it('reports progress after each document, with the total for an array', async () => {
    const calls: [number, number | undefined][] = [];
    await collect(annotateMany(DOCUMENTS.slice(0, 3), { concurrency: 1, onProgress: (done, total) => calls.push([done, total]) }));
    expect(calls).toEqual([[1, 3], [2, 3], [3, 3]]);
  });

  it('yields the first result before the input ends', async () => {
    let pulled = 0;
    async function* endless(): AsyncGenerator<CorpusDocument> {
      for (;;) {
        pulled += 1;
        yield { id: String(pulled), text: 'Paris is in France.' };
      }
    }
    const iterator = annotateMany(endless(), { concurrency: 2 });
    const first = await iterator.next();
    await iterator.return(undefined);
    expect(first.value?.id).toBe('1');
    // The window is bounded: an endless input is pulled only a few documents per thread ahead.
    expect(pulled).toBeLessThan(12);
  });

  it.each([
    [{ concurrency: 0 }, /options\.concurrency/],
    [{ concurrency: 1.5 }, /options\.concurrency/],
    [{ concurrency: '2' }, /options\.concurrency/],
    [{ onProgress: 'yes' }, /options\.onProgress/],
    [{ knownEntites: [] }, /unknown option `options\.knownEntites`/],
    [{ concurrency: 2, lexicons: { titles: [''] } }, /lexicons\.titles\[0\] must be a non-empty string/],
    [{ concurrency: 2, lexicons: { stanceFrames: [{ words: 'snub', as: 'verb', polarity: 'against', strength: 2 }] } }, /lexicons\.stanceFrames\[0\]\.polarity/],
  ])('throws a TypeError at the call for the bad option %j', (options, message) => {
    expect(() => annotateMany([], options as never)).toThrow(message);
    expect(() => annotateMany([], options as never)).toThrow(TypeError);
  });

  it('throws a TypeError naming a document whose text is not a string', async () => {
    const documents = [{ id: 'ok', text: 'Fine.' }, { id: 'bad', text: 42 }] as unknown as CorpusDocument[];
    await expect(collect(annotateMany(documents, { concurrency: 1 }))).rejects.toThrow(/docs\[1\]\.text/);
  });
});
