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

describe('a verb of saying in a relative clause', () => {
  it('reads `which notes that` as a cue although wink tags `notes` as a noun', () => {
    expect(project(quotesOf('The audit -- which notes that most depots are too small -- went to the board.', NAMES)))
      .toContainEqual(['indirect', 'most depots are too small', 'which']);
  });

  it('ends the reported clause at the comma where the main clause’s verb resumes', () => {
    expect(project(quotesOf('Holm, who said the depot was too small, resigned on Monday.', NAMES)))
      .toContainEqual(['indirect', 'the depot was too small', 'who']);
  });

  it('keeps an inner relative clause inside the reported one', () => {
    expect(project(quotesOf('Lund, who said the depot, which cost millions, was too small, resigned.', NAMES)))
      .toContainEqual(['indirect', 'the depot, which cost millions, was too small', 'who']);
  });
});

describe('a split infinitive', () => {
  it.each<[string, string, Row]>([
    ['after the cue', 'The council agreed to quietly sell the depot.', ['indirect', 'quietly sell the depot', 'The council']],
    ['after the cue’s object', 'Holm urged the board to swiftly approve the budget.', ['indirect', 'swiftly approve the budget', 'Holm']],
  ])('is reported %s, its adverb included', (_name, text, expected) => {
    expect(project(quotesOf(text, NAMES))).toContainEqual(expected);
  });
});

describe('a noun phrase with a participle after a cue', () => {
  it('reads `noted rumours claiming that …` as an object, so the rumours are the source of the claim', () => {
    const quotes = project(quotesOf('The audit noted local rumours claiming that the depot had been sold.', NAMES));
    expect(quotes).toContainEqual(['indirect', 'the depot had been sold', 'local rumours']);
    expect(quotes.map(([, content]) => content)).not.toContain('local rumours claiming that the depot had been sold');
  });
});

describe('a relative pronoun after a predicate noun', () => {
  const speakerOf = (text: string): string | null | undefined => quotesOf(text, NAMES)[0]?.speaker.entity;

  it.each([
    ['after `is a`', 'Victor Lund is a lawyer who said the pier was late.'],
    ['after a list of predicate nouns in a second verb phrase', 'Victor Lund ignores the rules and is a liar, bully and braggart who has pledged to close the pier.'],
  ])('stands for the named subject %s', (_name, text) => {
    expect(speakerOf(text)).toBe('Victor Lund');
  });
});

describe('what stands between the subject and the verb of a reported clause', () => {
  it('reads a comma between a repeated word as no parenthetical (`very, very much wants`)', () => {
    expect(project(quotesOf('Lund told the council on Tuesday that her team very, very much wants a deal.', NAMES)))
      .toContainEqual(['indirect', 'her team very, very much wants a deal', 'Lund']);
  });

  it('keeps the clause whose subject and verb a dashed list splits', () => {
    expect(project(quotesOf('Lund said the new night buses - red, blue and green ones alike - will run until two.', NAMES)))
      .toContainEqual(['indirect', 'the new night buses - red, blue and green ones alike - will run until two', 'Lund']);
  });
});
