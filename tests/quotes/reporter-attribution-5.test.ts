import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/types';
import { quotesOf, type TestName } from './helpers';

type Row = readonly [kind: Quote['kind'], content: string, mention: string | null];
const project = (quotes: readonly Quote[]): Row[] => quotes.map((quote) => [quote.kind, quote.content.text, quote.speaker.mention?.text ?? null]);

const NAMES: TestName[] = [
  ['Nadia Holm', 'Nadia Holm', 'PERSON'], ['Holm', 'Nadia Holm', 'PERSON'],
  ['Victor Lund', 'Victor Lund', 'PERSON'], ['Lund', 'Victor Lund', 'PERSON'],
];

describe('a participle of saying that wink reads as a noun', () => {
  it('reports the clause after `, warning that` with the main clause’s subject as the speaker', () => {
    expect(project(quotesOf('The ministers backed a shared fund, warning that the drought will ruin the harvest.', NAMES)))
      .toContainEqual(['indirect', 'the drought will ruin the harvest', 'The ministers']);
  });

  it('keeps `the warning that` a noun of saying, which reports nothing', () => {
    expect(quotesOf('Despite the warning that the roads would close, the traffic was heavy.', NAMES)).toEqual([]);
  });
});
