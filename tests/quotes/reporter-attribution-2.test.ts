import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/types';
import { quotesOf, type TestName } from './helpers';

type Row = readonly [kind: Quote['kind'], content: string, mention: string | null, entity: string | null];
const project = (quotes: readonly Quote[]): Row[] =>
  quotes.map((quote) => [quote.kind, quote.content.text, quote.speaker.mention?.text ?? null, quote.speaker.entity]);

const NAMES: TestName[] = [
  ['Nadia Holm', 'Nadia Holm', 'PERSON'], ['Holm', 'Nadia Holm', 'PERSON'],
  ['Victor Lund', 'Victor Lund', 'PERSON'], ['Riverside Union', 'Riverside Union', 'ORG'],
];

describe('sources written as relative clauses and long noun phrases', () => {
  it.each<[string, string, Row]>([
    ['`who` with no comma before it', 'The mayor met a baker who said his rent had doubled.', ['indirect', 'his rent had doubled', 'who', null]],
    ['`many of whom`', 'The council heard from tenants, many of whom say the heating never works.', ['indirect', 'the heating never works', 'many of whom', null]],
    ['a reduced relative after the subject', 'An internal review published on Monday found that the ferry was overloaded.', ['indirect', 'the ferry was overloaded', 'An internal review', null]],
  ])('names the source in %s', (_name, text, expected) => {
    expect(project(quotesOf(text, NAMES))).toContainEqual(expected);
  });

  it('resolves a restrictive `who` to the named person before it', () => {
    const quotes = quotesOf('Reporters spoke to Victor Lund who said the plant would close.', NAMES);
    expect(quotes.map((quote) => [quote.speaker.mention?.text, quote.speaker.entity])).toContainEqual(['who', 'Victor Lund']);
  });
});

describe('bylines after a quotation', () => {
  it('takes `“…” ― Name` as a direct quote by that name, one per comment', () => {
    const text = 'We asked riders about the new timetable. “The early train is gone. I drive now.” ― Nadia Holm “It works for me.” ― Victor Lund';
    expect(project(quotesOf(text, NAMES))).toEqual([
      ['direct', 'The early train is gone. I drive now.', 'Nadia Holm', 'Nadia Holm'],
      ['direct', 'It works for me.', 'Victor Lund', 'Victor Lund'],
    ]);
  });

  it('reads no byline from a dash and a name that the sentence goes on after', () => {
    expect(quotesOf('A red “closed” — Riverside Union — hung on the door.', NAMES)).toEqual([]);
  });
});

describe('verbs that report a clause without `that`', () => {
  it('reports the clause after `found` when its subject is followed by an auxiliary', () => {
    expect(project(quotesOf('One survey found the county would lose a fifth of its nurses.', NAMES))).toEqual([
      ['indirect', 'the county would lose a fifth of its nurses', 'One survey', null],
    ]);
  });

  it('reads no clause into `found` with a noun object', () => {
    expect(quotesOf('Volunteers found the missing dog in a barn.', NAMES)).toEqual([]);
  });
});

describe('infinitive complements', () => {
  it('reports what a subject agreed to do', () => {
    expect(project(quotesOf('The landlord agreed to repair the roof before winter.', NAMES))).toEqual([
      ['indirect', 'repair the roof before winter', 'The landlord', null],
    ]);
  });

  it('reads a participle after a comma as a cue even where it looks like an adjective', () => {
    expect(project(quotesOf('Nadia Holm toured the depot on Monday, promising to reopen the night route.', NAMES))).toEqual([
      ['indirect', 'reopen the night route', 'Nadia Holm', 'Nadia Holm'],
    ]);
  });
});

describe('the main clause after a fronted phrase', () => {
  it('gives a participle after a comma the subject that follows an opening prepositional phrase', () => {
    const text = 'In an essay published on the eve of the vote, two former aides urged the mayor to stay, arguing that the city needed her.';
    expect(project(quotesOf(text, NAMES))).toContainEqual(['indirect', 'the city needed her', 'two former aides', null]);
  });
});

describe('clause openings after a cue', () => {
  it.each<[string, string, Row]>([
    ['`according to` a source wink half-reads as a verb', 'According to exit surveys, the mayor had a wide lead among older voters.', ['indirect', 'the mayor had a wide lead among older voters', 'surveys', null]],
    ['`that` and a comma before a fronted adverbial', 'The mayor said that, if reelected, she would fix the roads.', ['indirect', 'if reelected, she would fix the roads', 'The mayor', null]],
    ['an approximating word before a number', 'The mayor has said about 20 people have applied for the post.', ['indirect', 'about 20 people have applied for the post', 'The mayor', null]],
    ['a colon with no quotation marks', 'The governor added: It is a fine plan and we will pass it.', ['indirect', 'It is a fine plan and we will pass it', 'The governor', null]],
  ])('reports the clause after %s', (_name, text, expected) => {
    expect(project(quotesOf(text, NAMES))).toContainEqual(expected);
  });
});

describe('attributions inside a relative clause', () => {
  it.each<[string, string, Row]>([
    ['`which X said`', 'The guards took the phones, which he said were his own, and left.', ['indirect', 'which he said were his own', 'he', null]],
    ['`what X said`', 'The firm paid what the auditors said was a bribe.', ['indirect', 'what the auditors said was a bribe', 'the auditors', null]],
  ])('reports the relative clause around %s', (_name, text, expected) => {
    expect(project(quotesOf(text, NAMES))).toContainEqual(expected);
  });
});

describe('subjects far from their cue', () => {
  it.each<[string, string, Row]>([
    ['a cue in an infinitive', 'The mayor appeared to suggest that the roads were fine.', ['indirect', 'the roads were fine', 'The mayor', null]],
    ['an appositive between dashes', 'Victor Lund -- co-author of a book on city budgets, a subject he knows well -- said the plan was weak.', ['indirect', 'the plan was weak', 'Victor Lund', 'Victor Lund']],
    ['a long appositive between commas', 'Nadia Holm, director of the Center for Road Safety and a lecturer at the state university in the capital, said the plan was weak.', ['indirect', 'the plan was weak', 'Nadia Holm', 'Nadia Holm']],
  ])('finds the subject across %s', (_name, text, expected) => {
    expect(project(quotesOf(text, NAMES))).toContainEqual(expected);
  });
});

describe('indefinite sources', () => {
  it.each<[string, Row]>([
    ['In the end, all agreed that the fares were too high.', ['indirect', 'the fares were too high', 'all', null]],
    ['Then someone asked how the city could pay for it.', ['indirect', 'how the city could pay for it', 'someone', null]],
  ])('names the pronoun as the source in `%s`', (text, expected) => {
    expect(project(quotesOf(text, NAMES))).toContainEqual(expected);
  });
});

describe('transcripts', () => {
  it('starts a new quote at each speaker label and names that speaker, without the label in the content', () => {
    const text = 'The interview went on. "HOLM: Will the bridge open in May?\n\n"LUND: It will open in June. We are sure of it.';
    expect(quotesOf(text, NAMES).map((quote) => [quote.kind, quote.content.text, quote.speaker.mention?.text])).toEqual([
      ['direct', 'Will the bridge open in May?', 'HOLM'],
      ['direct', 'It will open in June. We are sure of it.', 'LUND'],
    ]);
  });
});

describe('attributions opened by `as`', () => {
  it('reports the clause before `…, as X have said`', () => {
    expect(project(quotesOf('The bridge was closed for a week, as engineers have said.', NAMES))).toEqual([
      ['indirect', 'The bridge was closed for a week', 'engineers', null],
    ]);
  });
});

describe('infinitive cues with no governing verb before them', () => {
  it('gives an infinitive after a noun the main clause subject', () => {
    expect(project(quotesOf('The mayor never missed a chance to remind voters that she had fixed the roads.', NAMES))).toContainEqual(
      ['indirect', 'she had fixed the roads', 'The mayor', null],
    );
  });

  it('gives an infinitive after a named object that object', () => {
    expect(project(quotesOf('The council pressed Victor Lund to say that the roads were safe.', NAMES))).toContainEqual(
      ['indirect', 'the roads were safe', 'Victor Lund', 'Victor Lund'],
    );
  });
});
