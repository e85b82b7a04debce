import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/index';
import type { Quote } from '../../src/types';
import { quotesOf, type TestName } from './helpers';

type Row = readonly [kind: Quote['kind'], content: string, mention: string | null];
const project = (quotes: readonly Quote[]): Row[] => quotes.map((quote) => [quote.kind, quote.content.text, quote.speaker.mention?.text ?? null]);

const NAMES: TestName[] = [
  ['Nadia Holm', 'Nadia Holm', 'PERSON'], ['Holm', 'Nadia Holm', 'PERSON'],
  ['Victor Lund', 'Victor Lund', 'PERSON'], ['Lund', 'Victor Lund', 'PERSON'],
];

describe('reported clauses a reporter writes in other shapes', () => {
  it.each<[string, string, Row]>([
    ['after a colon, opening with a conjunction', 'Holm added: And the rest of the money will go to the schools.', ['indirect', 'And the rest of the money will go to the schools', 'Holm']],
    ['in a relative clause with an adverb before its verb, up to its closing comma', 'The treaty, which the ministry claimed now allows more trade, was signed in May.', ['indirect', 'which the ministry claimed now allows more trade', 'the ministry']],
    ['as a wh-clause after `emphasizing`', 'Lund spoke for an hour, emphasizing why the vote mattered.', ['indirect', 'why the vote mattered', 'Lund']],
    ['before a dash and a trailing `according to`', 'Half of the claims were false — according to a review by the agency.', ['indirect', 'Half of the claims were false', 'a review by the agency']],
    ['after `told` with a bare hearer', 'Lund told the board the depot was too small.', ['indirect', 'the depot was too small', 'Lund']],
  ])('reports the clause %s', (_name, text, expected) => {
    expect(project(quotesOf(text, NAMES))).toContainEqual(expected);
  });

  it('reads the first noun after `told` as the hearer, never as a clause’s subject', () => {
    expect(quotesOf('Lund told reporters after the long meeting that was held on a boat.', NAMES)).toEqual([]);
  });

  it('reports the headline a named speaker `Says` at the end of', () => {
    const text = 'Ferry Fares Will Rise, Nadia Holm Says.\n\nHolm runs the port.';
    expect(project(annotate(text).quotes)).toContainEqual(['indirect', 'Ferry Fares Will Rise', 'Nadia Holm']);
  });
});

describe('small clauses after `show`', () => {
  it.each<[string, string, Row]>([
    ['a gerund', 'A new poll shows the mayor leading her rival by six points.', ['indirect', 'the mayor leading her rival by six points', 'A new poll']],
    ['a gerund wink reads as a noun', 'The survey showed voters souring on the plan.', ['indirect', 'voters souring on the plan', 'The survey']],
    ['`ahead` after an adverb', 'The latest count shows her likewise ahead by three points.', ['indirect', 'her likewise ahead by three points', 'The latest count']],
  ])('reports a noun phrase with %s', (_name, text, expected) => {
    expect(project(quotesOf(text, NAMES))).toContainEqual(expected);
  });

  it('reads a gerund before a noun as part of the object (`the rising cost`)', () => {
    expect(quotesOf('The data shows the rising cost of rent.', NAMES)).toEqual([]);
  });
});

describe('an `as` clause that opens the sentence', () => {
  it.each<[string, string, Row]>([
    ['the subject of the cue', 'As Holm told reporters on Monday, the deal is off.', ['indirect', 'the deal is off', 'Holm']],
    ['the phrase after `by`', 'As reported by the local paper, the plant will close in May.', ['indirect', 'the plant will close in May', 'the local paper']],
    ['the phrase after `in`', 'As stated in the court filing, the company owes more than it paid.', ['indirect', 'the company owes more than it paid', 'the court filing']],
  ])('reports the main clause, with %s as the source', (_name, text, expected) => {
    expect(project(quotesOf(text, NAMES))).toContainEqual(expected);
  });

  it('reads an `as` clause whose verb has an object as a time, not an attribution', () => {
    expect(quotesOf('As Lund wrote the letter, the phone rang.', NAMES)).toEqual([]);
  });
});

describe('what is no attribution', () => {
  it.each<[string, string]>([
    ['`goes without saying`', 'It goes without saying that the plan will fail.'],
    ['`worth noting`', 'It is worth noting that the plan has failed twice before.'],
    ['an intransitive `show` before `when`', 'The strain begins to show when the orders pile up.'],
    ['a capitalised title word after a name outside a headline', 'The White House Press Secretary spoke briefly.'],
    ['a subordinate clause that sets the scene', 'But when the council cut the funds two years later, Holm said enough.'],
    ['a participle clause that sets the scene', 'Speaking to students in the hall this week, Lund replied to the charge.'],
  ])('finds no reported clause in %s', (_name, text) => {
    expect(project(quotesOf(text, NAMES)).filter(([kind]) => kind === 'indirect')).toEqual([]);
  });

  it('still reports a clause whose subject is a gerund', () => {
    expect(project(quotesOf('Shifting rains in the north could ruin the harvest, Holm said.', NAMES))).toContainEqual(['indirect', 'Shifting rains in the north could ruin the harvest', 'Holm']);
  });

  it('reads `that` after a mandative verb as opening a clause when a bare verb follows the noun', () => {
    expect(project(quotesOf('Parents have been demanding that police release the full video of the raid.', NAMES))).toContainEqual(['indirect', 'police release the full video of the raid', 'Parents']);
  });
});

describe('a progressive participle wink tags as an adjective', () => {
  it('is a cue of its own and ends the statement reported before it', () => {
    const quotes = project(quotesOf('Lund promises to bring back lost jobs and cut red tape, and Holm is promising to help towns move into new industries.', NAMES));
    expect(quotes).toContainEqual(['indirect', 'bring back lost jobs and cut red tape', 'Lund']);
    expect(quotes).toContainEqual(['indirect', 'help towns move into new industries', 'Holm']);
  });
});

describe('long sources', () => {
  it('reports the clause before a trailing attribution whose subject is long', () => {
    expect(project(quotesOf('Fees for the parks rose by half in a year, a new analysis of recently filed city budget reports shows.', NAMES)))
      .toContainEqual(['indirect', 'Fees for the parks rose by half in a year', 'a new analysis of recently filed city budget reports']);
  });

  it('keeps a relative pronoun out of the source the phrase walk took it into', () => {
    expect(project(quotesOf('The council met to discuss the plan, which state news media claimed now allows taller towers.', NAMES)))
      .toContainEqual(['indirect', 'which state news media claimed now allows taller towers', 'state news media']);
  });
});

describe('more verbs of saying', () => {
  it.each<[string, string, Row]>([
    ['`scoffed that`', 'Holm scoffed that the plan would never pass.', ['indirect', 'the plan would never pass', 'Holm']],
    ['`confided to X that`', 'Lund confided to friends that he would retire.', ['indirect', 'he would retire', 'Lund']],
    ['`disputed that`', 'Holm disputed that the fund had lost money.', ['indirect', 'the fund had lost money', 'Holm']],
    ['`reassured X that`', 'Holm reassured voters that taxes would not rise.', ['indirect', 'taxes would not rise', 'Holm']],
    ['`recounted how`', 'Lund recounted how the fire spread.', ['indirect', 'how the fire spread', 'Lund']],
  ])('reports the clause after %s', (_name, text, expected) => {
    expect(project(quotesOf(text, NAMES))).toContainEqual(expected);
  });

  it('reads `disputed` with a noun object as no report', () => {
    expect(quotesOf('Holm disputed the figures in the annual report.', NAMES)).toEqual([]);
  });
});

describe('where a long source stops', () => {
  it('never walks back over a finite verb to an earlier comma', () => {
    expect(quotesOf('Rents rose again, the plan failed as experts predicted.', NAMES)).toEqual([]);
  });
});
