import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/types';
import { quotesOf, type TestName } from './helpers';

type Row = readonly [kind: Quote['kind'], content: string, mention: string | null, entity: string | null];
const project = (quotes: readonly Quote[]): Row[] =>
  quotes.map((quote) => [quote.kind, quote.content.text, quote.speaker.mention?.text ?? null, quote.speaker.entity]);

const NAMES: TestName[] = [
  ['Ruth Adair', 'Ruth Adair', 'PERSON'], ['Adair', 'Ruth Adair', 'PERSON'],
  ['Omar Sayed', 'Omar Sayed', 'PERSON'], ['Sayed', 'Omar Sayed', 'PERSON'],
  ['Priya Raman', 'Priya Raman', 'PERSON'], ['Tom Becker', 'Tom Becker', 'PERSON'],
  ['Lena Brandt', 'Lena Brandt', 'PERSON'], ['Brandt', 'Brandt', 'PERSON'],
  ['Coastal Star', 'Coastal Star', 'ORG'], ['Star', 'Coastal Star', 'ORG'], ['CNN', 'CNN', 'ORG'],
  ['Harbor Mills', 'Harbor Mills', 'ORG'], ['Granite Bank', 'Granite Bank', 'ORG'],
  ['Fifth Circuit Court', 'Fifth Circuit Court', 'ORG'], ['Census Bureau', 'Census Bureau', 'ORG'],
  ['Delmar', 'Delmar', 'ORG'], ['Vantix', 'Vantix', 'ORG'], ['Ohio', 'Ohio', 'GPE'],
];

describe('speakers as a reporter writes them', () => {
  it.each<[string, string, Row]>([
    ['X said', 'Ruth Adair said the bridge would reopen in June.', ['indirect', 'the bridge would reopen in June', 'Ruth Adair', 'Ruth Adair']],
    ['said X', 'The bridge will reopen in June, said Ruth Adair.', ['indirect', 'The bridge will reopen in June', 'Ruth Adair', 'Ruth Adair']],
    ['X, who …, said', 'Ruth Adair, who has run the agency since 2019, said the bridge would reopen.', ['indirect', 'the bridge would reopen', 'Ruth Adair', 'Ruth Adair']],
    ['X, an appositive, said', 'Tom Becker, an analyst at Granite Bank, said the cuts were overdue.', ['indirect', 'the cuts were overdue', 'Tom Becker', 'Tom Becker']],
    ['X (party-state) said', '“We will keep pushing,” Rep. Lena Brandt (D-Ohio) said Friday.', ['direct', 'We will keep pushing,', 'Lena Brandt', 'Lena Brandt']],
    ['X told reporters', 'Omar Sayed told reporters that the strike was over.', ['indirect', 'the strike was over', 'Omar Sayed', 'Omar Sayed']],
    ['X said in a statement', 'Omar Sayed said in a statement that the strike was over.', ['indirect', 'the strike was over', 'Omar Sayed', 'Omar Sayed']],
    ['in a statement, X said', 'In a statement, Omar Sayed said the strike was over.', ['indirect', 'the strike was over', 'Omar Sayed', 'Omar Sayed']],
    ['X, a time phrase, then the verb', 'Omar Sayed this week said the strike was over.', ['indirect', 'the strike was over', 'Omar Sayed', 'Omar Sayed']],
    ['a prepositional phrase before the clause', 'Omar Sayed said after the vote he would step down.', ['indirect', 'he would step down', 'Omar Sayed', 'Omar Sayed']],
    ['a surname to the full name', 'Lena Brandt voted no. Brandt said the bill was rushed.', ['indirect', 'the bill was rushed', 'Brandt', 'Lena Brandt']],
  ])('finds the speaker in `%s`', (_name, text, expected) => {
    expect(project(quotesOf(text, NAMES))).toContainEqual(expected);
  });

  it.each<[string, string, string]>([
    ['after the subject', 'The new line, Ruth Adair said, would open in June.', 'The new line, Ruth Adair said, would open in June'],
    ['after a fronted adverb', 'More than once, Omar Sayed said on Monday, the council ignored the riders.', 'More than once, Omar Sayed said on Monday, the council ignored the riders'],
  ])('reports a sentence with its attribution set off by commas %s as one indirect quote', (_name, text, content) => {
    expect(quotesOf(text, NAMES).map((quote) => [quote.kind, quote.content.text])).toEqual([['indirect', content]]);
  });

  it('never makes an outlet the speaker when a source talked to it', () => {
    for (const text of [
      'Omar Sayed told the Coastal Star that the strike was over.',
      'In an interview with CNN, Omar Sayed said the strike was over.',
      'The strike is over, Omar Sayed said, according to the Coastal Star.',
    ]) {
      const quotes = quotesOf(text, NAMES);
      expect(quotes.map((quote) => quote.speaker.entity)).toEqual(['Omar Sayed']);
    }
  });

  it('makes an outlet the speaker when it is the only source', () => {
    expect(project(quotesOf('The strike is over, CNN reported.', NAMES))).toEqual([['indirect', 'The strike is over', 'CNN', 'CNN']]);
  });

  it.each<[string, string, string, string]>([
    ['a court', 'The Fifth Circuit Court heard the case on Monday. The court ruled that the county had broken the law.', 'the county had broken the law', 'Fifth Circuit Court'],
    ['a document of a court', 'The Fifth Circuit Court heard the case. The ruling said that the county had broken the law.', 'the county had broken the law', 'Fifth Circuit Court'],
    ['a report naming its author', 'A new Census Bureau report found that rents rose faster than wages.', 'rents rose faster than wages', 'Census Bureau'],
    ['a company', 'Harbor Mills lost money. The company said it would close two plants.', 'it would close two plants', 'Harbor Mills'],
  ])('takes %s as the source', (_name, text, content, entity) => {
    const quote = quotesOf(text, NAMES).find((candidate) => candidate.content.text === content);
    expect(quote?.speaker.entity).toBe(entity);
  });

  it.each<[string, string, string, string]>([
    ['a role given before the name', 'Republican nominee Dan Voss spoke in Akron. The Republican nominee argued that the tariff would save jobs.', 'the tariff would save jobs', 'Dan Voss'],
    ['a family role', 'The file covers Dan Voss and his divorce from wife Ann Mercer. His ex-wife contended that the papers should stay private.', 'the papers should stay private', 'Ann Mercer'],
    ['a participle after a preposition', 'Dan Voss toured the mill towns. He wooed the crowd by telling them that wages would rise.', 'wages would rise', 'Dan Voss'],
    ['a document of a person', 'Ann Mercer went to court. Ann Mercer’s filing said that was never the plan.', 'that was never the plan', 'Ann Mercer'],
  ])('resolves %s to the person', (_name, text, content, entity) => {
    const names: TestName[] = [['Dan Voss', 'Dan Voss', 'PERSON'], ['Ann Mercer', 'Ann Mercer', 'PERSON']];
    const quote = quotesOf(text, names).find((candidate) => candidate.content.text === content);
    expect(quote?.speaker.entity).toBe(entity);
  });

  it('keeps the description of an unnamed source', () => {
    const [quote] = quotesOf('A spokesman for Harbor Mills said the plant would stay open.', NAMES);
    expect(quote?.speaker).toMatchObject({ entity: null, description: 'spokesman for Harbor Mills' });
  });

  it('gives `he` the man just described in an appositive, not the woman named before him', () => {
    const text = 'Priya Raman runs the fund. Tom Becker, an analyst at Granite Bank, said the cuts were overdue. “They came too late,” he said.';
    expect(quotesOf(text, NAMES).find((quote) => quote.kind === 'direct')?.speaker.entity).toBe('Tom Becker');
  });
});

describe('what counts as a quote', () => {
  it.each([
    ['argue', 'Omar Sayed argued that the fare rise was unfair.'],
    ['warn', 'Omar Sayed warned that the fare rise was unfair.'],
    ['insist', 'Omar Sayed insisted that the fare rise was unfair.'],
    ['write', 'Omar Sayed wrote that the fare rise was unfair.'],
    ['add', 'Omar Sayed added that the fare rise was unfair.'],
    ['note', 'Omar Sayed noted that the fare rise was unfair.'],
    ['acknowledge', 'Omar Sayed acknowledged that the fare rise was unfair.'],
    ['claim', 'Omar Sayed claimed that the fare rise was unfair.'],
    ['announce', 'Omar Sayed announced that the fare rise was cancelled.'],
    ['testify', 'Omar Sayed testified that the fare rise was unfair.'],
    ['agree', 'Omar Sayed agreed that the fare rise was unfair.'],
    ['find (a study)', 'The study found that the fare rise was unfair.'],
  ])('takes `%s` as a cue', (_verb, text) => {
    expect(quotesOf(text, NAMES).map((quote) => quote.kind)).toEqual(['indirect']);
  });

  it.each([
    ['pledge', 'Omar Sayed pledged to cut the fare.', 'cut the fare'],
    ['ask', 'Omar Sayed asked the council to cut the fare.', 'cut the fare'],
  ])('takes `%s` with an infinitive as a cue', (_verb, text, content) => {
    expect(quotesOf(text, NAMES).map((quote) => quote.content.text)).toEqual([content]);
  });

  it.each([
    ['believe', 'Omar Sayed believes that the fare rise was unfair.'],
    ['think', 'Omar Sayed thinks the fare rise was unfair.'],
    ['find with a noun object', 'Omar Sayed found the report on his desk.'],
  ])('leaves out `%s` (not a verb of saying with a clause)', (_verb, text) => {
    expect(quotesOf(text, NAMES)).toEqual([]);
  });

  it.each([
    ['a scare-quoted term', 'The so-called “reform” package passed on Tuesday.'],
    ['the title of a work', 'Her novel “Salt and Ash” sold well last year.'],
    ['a nickname', 'Omar Sayed mocked his rival with the nickname “Slow Sam” at every rally.'],
  ])('filters %s', (_name, text) => {
    expect(quotesOf(text, NAMES)).toEqual([]);
  });

  it('ends a quote where its clause ends, before another speaker’s attribution', () => {
    const text = 'Delmar said it would cut prices, while rival Vantix said it would raise them.';
    expect(project(quotesOf(text, NAMES))).toEqual([
      ['indirect', 'it would cut prices', 'Delmar', 'Delmar'],
      ['indirect', 'it would raise them', 'Vantix', 'Vantix'],
    ]);
  });

  it('reports `X said A but warned that B` as two statements side by side', () => {
    const quotes = quotesOf('Ruth Adair said the crew had done well but warned that the repairs would take months.', NAMES);
    expect(quotes.map((quote) => quote.content.text)).toEqual(['the crew had done well', 'the repairs would take months']);
    expect(quotes[0]!.content.end).toBeLessThanOrEqual(quotes[1]!.content.start);
  });

  it('reports a fragment that opens a reported clause both as a partial quote and inside the indirect one', () => {
    const quotes = quotesOf('Ruth Adair spoke first. “You drained the fund” to pay the bonuses, she said.', NAMES);
    expect(project(quotes)).toEqual([
      ['indirect', '“You drained the fund” to pay the bonuses', 'she', 'Ruth Adair'],
      ['partial', 'You drained the fund', 'she', 'Ruth Adair'],
    ]);
  });

  it('takes `called for X to …` as a cue whose content is the demand', () => {
    expect(project(quotesOf('Ruth Adair called for the fees to be refunded to riders.', NAMES))).toEqual([
      ['indirect', 'the fees to be refunded to riders', 'Ruth Adair', 'Ruth Adair'],
    ]);
  });

  it('opens no reported clause at a noun with an infinitive (`declare its intention to …`)', () => {
    expect(quotesOf('The county would declare its intention to leave the pact by March.', NAMES)).toEqual([]);
  });

  it('reports a clause after `that if` with the partial quote inside it', () => {
    const quotes = quotesOf('Omar Sayed said that if “the board says no,” the union would strike.', NAMES);
    expect(quotes.map((quote) => quote.kind)).toEqual(['indirect', 'partial']);
  });
});

describe('statements', () => {
  it('gives the pieces of a quote interrupted by its attribution one statement', () => {
    const quotes = quotesOf('“If the fares rise again,” Ruth Adair said, “riders will walk away.”', NAMES);
    expect(quotes.map((quote) => quote.kind)).toEqual(['direct', 'direct']);
    expect(quotes[0]!.statement).toBe(quotes[1]!.statement);
  });

  it('gives a quote that goes on after `she said.` the same statement, and a new paragraph a new one', () => {
    const text = '“We lost the vote,” Ruth Adair said. “But we will win the next one.”\n“It is a promise,” Omar Sayed added.';
    const quotes = quotesOf(text, NAMES);
    expect(quotes.map((quote) => quote.statement)).toEqual([0, 0, 1]);
    expect(quotes[1]!.speaker.entity).toBe('Ruth Adair');
  });
});
