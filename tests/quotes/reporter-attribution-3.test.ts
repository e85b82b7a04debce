import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/types';
import { quotesOf, type TestName } from './helpers';

type Row = readonly [kind: Quote['kind'], content: string, mention: string | null];
const project = (quotes: readonly Quote[]): Row[] => quotes.map((quote) => [quote.kind, quote.content.text, quote.speaker.mention?.text ?? null]);

const NAMES: TestName[] = [
  ['Nadia Holm', 'Nadia Holm', 'PERSON'], ['Holm', 'Nadia Holm', 'PERSON'],
  ['Victor Lund', 'Victor Lund', 'PERSON'], ['Lund', 'Victor Lund', 'PERSON'],
  ['Riverside Union', 'Riverside Union', 'ORG'],
];

describe('clauses after `that` that wink tags oddly', () => {
  it.each<[string, string, Row]>([
    ['a verb tagged as a noun', 'The ministry is saying that reports about the new tariff show the need for reform.', ['indirect', 'reports about the new tariff show the need for reform', 'The ministry']],
    ['a participle tagged as an adjective', 'In the lawsuit, the tenants successfully argued that landlords illegally concentrated repairs in one block.', ['indirect', 'landlords illegally concentrated repairs in one block', 'the tenants']],
  ])('reports the clause with %s', (_name, text, expected) => {
    expect(project(quotesOf(text, NAMES))).toContainEqual(expected);
  });

  it('reads `that` before a singular noun after `rejected` as a determiner', () => {
    expect(quotesOf('The panel rejected that request in a letter sent Friday.', NAMES)).toEqual([]);
  });

  it('still reports a clause whose subject is `that` + a noun when a finite verb follows', () => {
    expect(project(quotesOf('The auditor denied that report was leaked by her office.', NAMES))).toContainEqual(['indirect', 'report was leaked by her office', 'The auditor']);
  });
});

describe('more cues of saying', () => {
  it.each<[string, string, Row]>([
    ['`pointed out that`', 'Holm pointed out that the ferry had never run on time.', ['indirect', 'the ferry had never run on time', 'Holm']],
    ['`as X pointed out`', 'The bridge, as one engineer pointed out, was built for lighter trucks.', ['indirect', 'The bridge, as one engineer pointed out, was built for lighter trucks', 'one engineer']],
    ['`made the case that`', 'Lund made the case to the board that the depot should stay open.', ['indirect', 'the depot should stay open', 'Lund']],
    ['`made it clear`', 'Holm made it clear she would not run again.', ['indirect', 'she would not run again', 'Holm']],
    ['`called on X to`', 'Riverside Union called on the mayor to reopen the library.', ['indirect', 'the mayor to reopen the library', 'Riverside Union']],
    ['`implored X to`', 'Two neighbours implored the council to save the oak.', ['indirect', 'save the oak', 'Two neighbours']],
    ['`exhorted X to`', 'Holm exhorted the crowd to stay calm.', ['indirect', 'stay calm', 'Holm']],
    ['`admonished X to`', 'The judge admonished the lawyers to keep it brief.', ['indirect', 'keep it brief', 'The judge']],
    ['`explained why`', 'Lund explained why the route was cut.', ['indirect', 'why the route was cut', 'Lund']],
    ['a negated `say` + `when`', 'The company has not said when the plant will reopen.', ['indirect', 'when the plant will reopen', 'The company']],
    ['`say` + `whether`', 'Holm would not say whether she had signed the letter.', ['indirect', 'whether she had signed the letter', 'Holm']],
    ['a gerund after `proposed`', 'Lund proposed scrapping the parking fee.', ['indirect', 'scrapping the parking fee', 'Lund']],
    ['a gerund after `called for`', 'The union called for freezing the rents for a year.', ['indirect', 'freezing the rents for a year', 'The union']],
    ['`accused X of` + gerund', 'Holm accused the landlord, who owns six blocks, of ignoring the mould.', ['indirect', 'ignoring the mould', 'Holm']],
  ])('reports the clause after %s', (_name, text, expected) => {
    expect(project(quotesOf(text, NAMES))).toContainEqual(expected);
  });

  it('reads no clause into `said when` without a negation (an adverbial)', () => {
    expect(quotesOf('Lund said when he arrived.', NAMES)).toEqual([]);
  });

  it('reads no charge into `accused` with no gerund', () => {
    expect(quotesOf('Holm accused the landlord of negligence.', NAMES)).toEqual([]);
  });
});

describe('cues a parenthetical or a mistagged verb keeps from their clause', () => {
  it.each<[string, string, Row]>([
    ['a parenthetical before `, that`', 'Holm insisted, most recently in a long interview with a local paper, that the budget was sound.', ['indirect', 'the budget was sound', 'Holm']],
    ['a place with its state before `, that`', 'Lund says at a town hall in Akron, Ohio, that the plant will stay.', ['indirect', 'the plant will stay', 'Lund']],
    ['`, as did X,` before `, that`', 'Two auditors warned, as did the union itself, that the fund might run dry.', ['indirect', 'the fund might run dry', 'Two auditors']],
    ['a present-tense cue wink reads as a noun', 'The rules are strict, though Holm notes they were written before she took office.', ['indirect', 'they were written before she took office', 'Holm']],
    ['a trailing attribution with `by` in its subject', 'Rents rose by a third, a study by two economists shows.', ['indirect', 'Rents rose by a third', 'a study by two economists']],
  ])('reports the clause after %s', (_name, text, expected) => {
    expect(project(quotesOf(text, NAMES))).toContainEqual(expected);
  });

  it('reads no clause after a noun that is no cue (`a TV show he hosts`)', () => {
    expect(quotesOf('Lund watched a radio show he hosts on Sundays.', NAMES)).toEqual([]);
  });
});

describe('titles of shows and works in quotation marks', () => {
  it('takes no quote from a show named after a possessive or a preposition', () => {
    const quotes = quotesOf('Holm told the station’s “Good Morning Harbor” on Friday that the ferry would run again.', NAMES);
    expect(project(quotes)).toEqual([['indirect', 'the ferry would run again', 'Holm']]);
  });

  it('keeps a title-cased fragment in a title-cased headline', () => {
    expect(project(quotesOf('Mayor Calls Budget ‘A Disgrace’ In Late-Night Vote', NAMES)).map((row) => row[1])).toContain('A Disgrace');
  });

  it('keeps an exclamation, whatever its capitals', () => {
    const quotes = quotesOf('Lund said the crowd was loud. Fans met him with chants of “Go Lund!” at the gate.', NAMES);
    expect(quotes.map((quote) => quote.content.text)).toContain('Go Lund!');
  });
});

describe('headline attributions with a colon', () => {
  it('takes `Poll: …` on a line of its own as the poll’s finding, even with a full stop', () => {
    expect(project(quotesOf('Poll: Most Riders Want Later Trains.\n\nThe survey of 900 riders was taken in May.', NAMES))).toContainEqual(['indirect', 'Most Riders Want Later Trains', 'Poll']);
  });

  it('takes a surname the article names as the source before the colon', () => {
    const text = 'Holm: The Ferry ‘Will Run Again’ by Spring.\n\nNadia Holm spoke at the harbour on Monday.';
    expect(project(quotesOf(text, [['Nadia Holm', 'Nadia Holm', 'PERSON']]))).toContainEqual(['partial', 'Will Run Again', 'Holm']);
  });

  it('takes a headline that ends in a quoted fragment, with the fragment inside the content', () => {
    const text = 'Nadia Holm: Riders Tired of Delays; It’s ‘a Daily Mess.’\n\nNadia Holm spoke at the harbour on Monday.';
    expect(project(quotesOf(text, NAMES))).toContainEqual(['indirect', 'Riders Tired of Delays; It’s ‘a Daily Mess.’', 'Nadia Holm']);
  });

  it('takes the person before `on Topic:` as the source', () => {
    const text = 'Victor Lund on Ferries: The Fares Are ‘Far Too High.’\n\nVictor Lund spoke at the harbour on Monday.';
    expect(project(quotesOf(text, NAMES))).toContainEqual(['indirect', 'The Fares Are ‘Far Too High.’', 'Victor Lund']);
  });

  it('reads a credit line as no quote', () => {
    expect(quotesOf('Source: Riverside Union.\n\nThe figures are for May.', NAMES)).toEqual([]);
  });
});

describe('bare clauses after verbs that mostly take a noun object', () => {
  it.each<[string, string, Row]>([
    ['`acknowledged` + a clause', 'Lund acknowledged the timetable was too tight.', ['indirect', 'the timetable was too tight', 'Lund']],
    ['a mandative `demanded` + a bare verb', 'Riverside Union is demanding Nadia Holm resign from the board.', ['indirect', 'Nadia Holm resign from the board', 'Riverside Union']],
    ['an adverb before the clause’s verb', 'A review by two auditors found the agency routinely ignored its own rules.', ['indirect', 'the agency routinely ignored its own rules', 'A review by two auditors']],
    ['a colon and the words in a paragraph of their own', 'The mayor added:\n\nIt is a good day for the harbour.', ['indirect', 'It is a good day for the harbour', 'The mayor']],
  ])('reports %s', (_name, text, expected) => {
    expect(project(quotesOf(text, NAMES))).toContainEqual(expected);
  });

  it('reads no noun object as a clause (`announced a plan`)', () => {
    expect(quotesOf('Lund announced a plan that critics dislike.', NAMES)).toEqual([]);
  });

  it('reports nothing before a cue that has an object of its own', () => {
    expect(quotesOf('While the ferry was late, Holm noted several problems with the pier.', NAMES)).toEqual([]);
  });
});

describe('sources behind party tags, time phrases and messages', () => {
  const speakerOf = (text: string, content: string): string | null | undefined =>
    quotesOf(text, NAMES).find((quote) => quote.content.text === content)?.speaker.mention?.text;

  it.each<[string, string, string, string]>([
    ['an object with a relative clause before its infinitive', 'Holm forced Victor Lund, who ran the board, to admit that the pier was late.', 'the pier was late', 'Victor Lund'],
    ['a framing verb after an appositive, whose object is no source', 'Nadia Holm, an adviser to the union, called Lund’s plan on Monday “a sham” in a speech.', 'a sham', 'Nadia Holm'],
    ['a possessive inside the phrase’s modifier', 'A lawyer for her family said the pier would open.', 'the pier would open', 'A lawyer for her family'],
    ['a party tag with a full stop before the cue', '“The levy will pass,” Nadia Holm, D-Ky., said Tuesday.', 'The levy will pass,', 'Nadia Holm'],
    ['a party tag before a participle after a preposition', 'Victor Lund, R-Wis., despite admitting that he had doubts, said the pier would open.', 'he had doubts', 'Victor Lund'],
    ['a bracketed party tag before a participle', 'Nadia Holm (D-Ga.) said the bill was fair, arguing that it spread the cost.', 'it spread the cost', 'Nadia Holm'],
    ['an adverb before a participle', 'Lund complained about the noise, even suggesting the pier be closed at night.', 'the pier be closed at night', 'Lund'],
    ['a year between a relative pronoun and its verb', 'The board thanked Holm, who in 2010 said the harbour needed a second pier.', 'the harbour needed a second pier', 'who'],
    ['a reduced relative with a time phrase', 'A survey published in late August found that most riders wanted later trains.', 'most riders wanted later trains', 'A survey'],
    ['the author of a message a participle follows', 'Lund sent a letter to the board early Friday saying the depot must stay open.', 'the depot must stay open', 'Lund'],
    ['the person shown in footage', 'The advert ends with footage of Victor Lund saying he was proud of the pier.', 'he was proud of the pier', 'Victor Lund'],
  ])('names the source across %s', (_name, text, content, mention) => {
    expect(speakerOf(text, content)).toBe(mention);
  });

  it('takes no day after the cue as the source', () => {
    expect(speakerOf('The pier will open, D-Ky., said Tuesday.', 'The pier will open')).not.toBe('Tuesday');
  });

  it('reads no cue in a noun after a determiner and an adverb (`a later press briefing`)', () => {
    expect(quotesOf('Holm, at a later press briefing, spoke about the pier.', NAMES)).toEqual([]);
  });
});

describe('`as X put it`', () => {
  it('attributes the quotation after `as X put it,` to X', () => {
    expect(project(quotesOf('As Victor Lund, a lawyer at the firm, recently put it, “Who pays for the pier?”', NAMES))).toContainEqual(['direct', 'Who pays for the pier?', 'Victor Lund']);
  });

  it('attributes the clause before `, as X put it` to X, and nothing before a quotation that follows', () => {
    expect(project(quotesOf('The pier is “a monument to waste,” as one columnist put it.', NAMES))).toContainEqual(['indirect', 'The pier is “a monument to waste,”', 'one columnist']);
    expect(project(quotesOf('He was never trusted, as the magazine put it in a long profile, “the fixer.”', NAMES))).toEqual([['direct', 'the fixer.', 'the magazine']]);
  });

  it('reads no cue in `put it` outside an `as` clause', () => {
    expect(quotesOf('Holm put it in a drawer.', NAMES)).toEqual([]);
  });
});

describe('sources of passive and coordinated cues', () => {
  const speakerOf = (text: string, content: string): string | null | undefined =>
    quotesOf(text, NAMES).find((quote) => quote.content.text === content)?.speaker.mention?.text;

  it.each<[string, string, string, string]>([
    ['the agent of a passive cue', 'It was first reported by the Harbour Gazette that the pier would close.', 'the pier would close', 'Harbour Gazette'],
    ['a relative pronoun before two coordinated verbs', 'We met the tenants, who have marched to the hall and called for the rents to be frozen.', 'the rents to be frozen', 'who'],
    ['the earlier verb of the same form, past a reported clause', 'Holm said on Monday that the board would formally adopt the plan and suggested that it would cut fares.', 'it would cut fares', 'Holm'],
    ['the earlier verb of the same form, past a gerund and an infinitive', 'Lund accused the board of trying to hide the losses and asserted that the audit was late.', 'the audit was late', 'Lund'],
    ['a contact relative clause', 'All the riders we asked said the trains were late.', 'the trains were late', 'All the riders'],
    ['a relative pronoun after a dash', 'The mayor — who has called for a new pier — spoke first.', 'a new pier', 'who'],
  ])('names %s', (_name, text, content, mention) => {
    expect(speakerOf(text, content)).toMatch(new RegExp(`^(?:the )?${mention}$`, 'u'));
  });

  it('reports nothing before a participle that has an object of its own', () => {
    expect(quotesOf('Both rivals spoke on Wednesday, each touting their own record.', NAMES)).toEqual([]);
  });
});

describe('`continued` beside a quotation', () => {
  it('reads `X continued, “…”` and `“…,” X continued.` as attributions', () => {
    expect(project(quotesOf('Holm continued, “We will not close the pier.”', NAMES))).toEqual([['direct', 'We will not close the pier.', 'Holm']]);
    expect(project(quotesOf('“It was a long night,” Lund continued.', NAMES))).toEqual([['direct', 'It was a long night,', 'Lund']]);
  });

  it('reads no cue in `continue` away from quotation marks', () => {
    expect(quotesOf('Lund said the strike would continue, and the pier would stay shut.', NAMES).map((quote) => quote.cue?.text)).not.toContain('continue');
  });
});

describe('sources written without a plain subject', () => {
  const speakerOf = (text: string, content: string): string | null | undefined =>
    quotesOf(text, NAMES).find((quote) => quote.content.text === content)?.speaker.mention?.text;

  it.each<[string, string, string, string]>([
    ['`According to X,` where X is one lower-case word', 'According to police, the driver fled on foot.', 'the driver fled on foot', 'police'],
    ['a phrase ending in a preposition and an object pronoun', 'Those close to him say that he will run again.', 'he will run again', 'Those close to him'],
    ['the agent of a reduced passive after `when`', 'When pressed by Lund about how the pier would be paid for, the mayor changed the subject.', 'how the pier would be paid for', 'Lund'],
  ])('names %s', (_name, text, content, mention) => {
    expect(speakerOf(text, content)).toBe(mention);
  });
});
