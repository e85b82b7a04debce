import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/types';
import { quotesOf, type TestName } from './helpers';

type Row = readonly [kind: Quote['kind'], content: string, mention: string | null, entity: string | null, cue: string | null];
const project = (quotes: readonly Quote[]): Row[] =>
  quotes.map((quote) => [quote.kind, quote.content.text, quote.speaker.mention?.text ?? null, quote.speaker.entity, quote.cue?.text ?? null]);

const MAYOR: TestName = ['Jane Doran', 'Jane Doran', 'PERSON'];
const DORAN: TestName = ['Doran', 'Jane Doran', 'PERSON'];
const HALE: TestName = ['Tom Hale', 'Tom Hale', 'PERSON'];
const HALE_SHORT: TestName = ['Hale', 'Tom Hale', 'PERSON'];
const OTTAWA: TestName = ['Ottawa', 'Ottawa', 'GPE'];
const CANADA: TestName = ['Canada', 'Canada', 'GPE'];
const CANADIAN: TestName = ['Canadian', 'Canadian', 'NORP'];
const FRENCH: TestName = ['French', 'French', 'NORP'];
const MARC: TestName = ['Marc Roy', 'Marc Roy', 'PERSON'];
const PRESS: TestName = ['Canadian Press', 'Canadian Press', 'ORG'];
const MAPLE: TestName = ['Maple Foods', 'Maple Foods', 'ORG'];
const NAMES = [MAYOR, DORAN, HALE, HALE_SHORT, OTTAWA, CANADA, CANADIAN, FRENCH, MARC, PRESS, MAPLE];

describe('attributeDocumentQuotes: direct quotes and their speakers', () => {
  it.each<[string, string, Row[]]>([
    ['“…,” X said', '“We will not raise taxes,” Jane Doran said.', [['direct', 'We will not raise taxes,', 'Jane Doran', 'Jane Doran', 'said']]],
    ['“…,” said X', '“We will not raise taxes,” said Jane Doran.', [['direct', 'We will not raise taxes,', 'Jane Doran', 'Jane Doran', 'said']]],
    ['X said: “…”', 'Jane Doran said: “We will not raise taxes.”', [['direct', 'We will not raise taxes.', 'Jane Doran', 'Jane Doran', 'said']]],
    ['straight marks', '"We will not raise taxes," Jane Doran said.', [['direct', 'We will not raise taxes,', 'Jane Doran', 'Jane Doran', 'said']]],
    ['a title before the name', '“Taxes stay put,” Mayor Jane Doran told reporters.', [['direct', 'Taxes stay put,', 'Jane Doran', 'Jane Doran', 'told']]],
    ['an appositive role', '“Taxes stay put,” Jane Doran, the mayor, said.', [['direct', 'Taxes stay put,', 'Jane Doran', 'Jane Doran', 'said']]],
    ['a name in an appositive after the role', 'The city’s mayor, Jane Doran, said: “Taxes stay put.”', [['direct', 'Taxes stay put.', 'Jane Doran', 'Jane Doran', 'said']]],
    ['a quote split by its attribution', '“Taxes stay put,” Jane Doran said, “and so do fees.”', [
      ['direct', 'Taxes stay put,', 'Jane Doran', 'Jane Doran', 'said'],
      ['direct', 'and so do fees.', 'Jane Doran', 'Jane Doran', 'said'],
    ]],
    ['was quoted as saying', '“Taxes stay put,” Jane Doran was quoted as saying.', [['direct', 'Taxes stay put,', 'Jane Doran', 'Jane Doran', 'quoted as saying']]],
    ['a relay by an outlet', '“Taxes stay put,” Jane Doran was quoted as saying by the Canadian Press.', [['direct', 'Taxes stay put,', 'Jane Doran', 'Jane Doran', 'quoted as saying']]],
    ['a question with the attribution after it', '“Where was the premier?” Jane Doran asked.', [['direct', 'Where was the premier?', 'Jane Doran', 'Jane Doran', 'asked']]],
    ['X said in a statement: “…”', 'Jane Doran said in a statement: “Taxes stay put.”', [['direct', 'Taxes stay put.', 'Jane Doran', 'Jane Doran', 'said']]],
    ['a whole clause in marks after the cue', 'Jane Doran said “all options are open.”', [['direct', 'all options are open.', 'Jane Doran', 'Jane Doran', 'said']]],
    ['a paragraph introduced by a colon', 'Jane Doran put it this way:\n\n“Taxes stay put.”', [['direct', 'Taxes stay put.', 'Jane Doran', 'Jane Doran', null]]],
    ['a paragraph introduced by a cue and a colon', 'Jane Doran said in a statement:\n\n“Taxes stay put.”', [['direct', 'Taxes stay put.', 'Jane Doran', 'Jane Doran', 'said']]],
    ['a headline `Name: “…”`', 'Hale: ‘We will not back down’', [['direct', 'We will not back down', 'Hale', 'Tom Hale', null]]],
    ['a title-case headline `Name Verb Other: “…”`, whose subject is the person it opens with', 'Tom Hale Slams Maple Foods Chief Marc Roy: ‘You Should Resign Today’', [['direct', 'You Should Resign Today', 'Tom Hale', 'Tom Hale', null]]],
    ['a quote after a dateline', 'OTTAWA — “Taxes stay put,” Jane Doran said.', [['direct', 'Taxes stay put,', 'Jane Doran', 'Jane Doran', 'said']]],
    ['a clause after a dateline set off by a horizontal bar', 'OTTAWA ― Taxes will stay put, Jane Doran said.', [['indirect', 'Taxes will stay put', 'Jane Doran', 'Jane Doran', 'said']]],
    ['an unnamed source', '“Nothing is settled,” a senior Canadian official said.', [['direct', 'Nothing is settled,', 'a senior Canadian official', null, 'said']]],
  ])('attributes %s', (_name, text, expected) => {
    expect(project(quotesOf(text, NAMES))).toEqual(expected);
  });

  it('splits a quote left open at a paragraph end when the next paragraph’s closing attribution names another person', () => {
    const text = '“Taxes stay put,” Jane Doran said. “Fees may rise.\n\n“The port needs work,” added Tom Hale, the harbour master.';
    expect(project(quotesOf(text, NAMES))).toEqual([
      ['direct', 'Taxes stay put,', 'Jane Doran', 'Jane Doran', 'said'],
      ['direct', 'Fees may rise.', 'Jane Doran', 'Jane Doran', null],
      ['direct', 'The port needs work,', 'Tom Hale', 'Tom Hale', 'added'],
    ]);
  });

  it('keeps a quote over paragraphs whole when its closing attribution names the same person', () => {
    const text = '“Taxes stay put,” Jane Doran said. “Fees may rise.\n\n“The port needs work,” Doran added.';
    expect(project(quotesOf(text, NAMES)).map((row) => row[1])).toEqual(['Taxes stay put,', 'Fees may rise.\n\n“The port needs work,']);
  });

  it('keeps a description of an unnamed source', () => {
    const [quote] = quotesOf('“Nothing is settled,” a senior Canadian official said.', NAMES);
    expect(quote?.speaker.description).toBe('senior Canadian official');
  });
});

describe('attributeDocumentQuotes: pronouns, descriptions and continuations', () => {
  it.each<[string, string, Row[]]>([
    ['he → the last male speaker', 'Tom Hale spoke first. “The deal is done,” he said.', [['direct', 'The deal is done,', 'he', 'Tom Hale', 'said']]],
    ['she → the female person, not the latest male one', 'Jane Doran met Tom Hale. “We agreed,” she said.', [['direct', 'We agreed,', 'she', 'Jane Doran', 'said']]],
    ['a description → the person with that title', 'Mayor Jane Doran met Premier Tom Hale. “We agreed,” the mayor said.', [['direct', 'We agreed,', 'the mayor', 'Jane Doran', 'said']]],
    ['a nationality and a role', 'French President Marc Roy met Premier Tom Hale. “We agreed,” the French leader said.', [['direct', 'We agreed,', 'the French leader', 'Marc Roy', 'said']]],
    ['who → its antecedent', 'The deal was backed by Jane Doran, who said the city would gain.', [['indirect', 'the city would gain', 'who', 'Jane Doran', 'said']]],
    ['the company → the organisation named before', 'Maple Foods cut 300 jobs. The company said demand had fallen.', [['indirect', 'demand had fallen', 'The company', 'Maple Foods', 'said']]],
    ['someone working for a named person is not that person', 'A spokeswoman for Premier Tom Hale said the bill would pass.', [['indirect', 'the bill would pass', 'A spokeswoman for Premier Tom Hale', null, 'said']]],
    ['an unattributed paragraph continues the speaker', '“The deal is done,” Tom Hale said.\n\n“Now we build.”', [
      ['direct', 'The deal is done,', 'Tom Hale', 'Tom Hale', 'said'],
      ['direct', 'Now we build.', 'Tom Hale', 'Tom Hale', null],
    ]],
  ])('resolves %s', (_name, text, expected) => {
    expect(project(quotesOf(text, NAMES))).toEqual(expected);
  });

  it('attributes a quote that runs over paragraphs once, to its speaker', () => {
    const text = 'Jane Doran spoke at length.\n\n“The first part of the budget is done.\n\n“The second part is harder,” she said.';
    expect(project(quotesOf(text, NAMES))).toEqual([
      ['direct', 'The first part of the budget is done.\n\n“The second part is harder,', 'she', 'Jane Doran', 'said'],
    ]);
  });
});

describe('attributeDocumentQuotes: partial quotes', () => {
  it.each<[string, string, Row[]]>([
    ['a fragment after a framing verb', 'Tom Hale described the talks as “very useful” and left.', [['partial', 'very useful', 'Tom Hale', 'Tom Hale', 'described']]],
    ['a fragment inside an indirect quote', 'Tom Hale said the plan was “dead on arrival” in Ottawa.', [
      ['indirect', 'the plan was “dead on arrival” in Ottawa', 'Tom Hale', 'Tom Hale', 'said'],
      ['partial', 'dead on arrival', 'Tom Hale', 'Tom Hale', 'said'],
    ]],
    ['a fragment before its attribution', 'Those talks “went nowhere fast,” Tom Hale told reporters.', [
      ['indirect', 'Those talks “went nowhere fast,”', 'Tom Hale', 'Tom Hale', 'told'],
      ['partial', 'went nowhere fast,', 'Tom Hale', 'Tom Hale', 'told'],
    ]],
    ['a headline fragment after a colon', 'Hale: Canada ‘will not back down’ on tariffs', [
      ['indirect', 'Canada ‘will not back down’ on tariffs', 'Hale', 'Tom Hale', null],
      ['partial', 'will not back down', 'Hale', 'Tom Hale', null],
    ]],
  ])('finds %s', (_name, text, expected) => {
    expect(project(quotesOf(text, NAMES))).toEqual(expected);
  });

  it('gives a fragment after a framing verb to the person who is the subject of its sentence', () => {
    // The charge after `accused … of` is an indirect quote too, with the fragment inside it (GUIDELINES §Quotes).
    expect(project(quotesOf('Tom Hale accused the board of being “asleep at the switch.”', NAMES))).toEqual([
      ['indirect', 'being “asleep at the switch.”', 'Tom Hale', 'Tom Hale', 'accused'],
      ['partial', 'asleep at the switch.', 'Tom Hale', 'Tom Hale', 'accused'],
    ]);
  });

  it('drops a scare-quoted term nobody is reported to have said', () => {
    expect(quotesOf('The so-called “super week” begins in Ottawa on Monday.', NAMES)).toEqual([]);
  });
});

describe('attributeDocumentQuotes: indirect quotes', () => {
  it.each<[string, string, Row[]]>([
    ['X said (that) …', 'Tom Hale said that the deficit would shrink.', [['indirect', 'the deficit would shrink', 'Tom Hale', 'Tom Hale', 'said']]],
    ['X said … without that', 'Jane Doran said Monday the city would hire more staff.', [['indirect', 'the city would hire more staff', 'Jane Doran', 'Jane Doran', 'said']]],
    ['…, officials said', 'The bridge will close in May, city officials said.', [['indirect', 'The bridge will close in May', 'city officials', null, 'said']]],
    ['…, said X after a clause with commas', 'The bridge, built in 1950, will close in May, said Jane Doran.', [['indirect', 'The bridge, built in 1950, will close in May', 'Jane Doran', 'Jane Doran', 'said']]],
    ['…, they said (a plural pronoun)', 'Officials in Ottawa met on Monday. The bridge will close in May, they said.', [['indirect', 'The bridge will close in May', 'they', null, 'said']]],
    ['…, according to X', 'The bridge will close in May, according to the Canadian Press.', [['indirect', 'The bridge will close in May', 'Canadian Press', 'Canadian Press', 'according to']]],
    ['According to X, …', 'According to the Canadian Press, the bridge will close in May.', [['indirect', 'the bridge will close in May', 'Canadian Press', 'Canadian Press', 'According to']]],
    ['X told Y that …', 'Tom Hale told reporters that the deficit would shrink.', [['indirect', 'the deficit would shrink', 'Tom Hale', 'Tom Hale', 'told']]],
    ['Y quoted X as saying …', 'The agency quoted Tom Hale as saying the deficit would shrink.', [['indirect', 'the deficit would shrink', 'Tom Hale', 'Tom Hale', 'saying']]],
    ['X vowed to …', 'Jane Doran vowed to freeze property taxes.', [['indirect', 'freeze property taxes', 'Jane Doran', 'Jane Doran', 'vowed']]],
    ['X urged Y to …', 'Jane Doran urged Ottawa to fund the transit line.', [['indirect', 'fund the transit line', 'Jane Doran', 'Jane Doran', 'urged']]],
    ['a headline `X, Y pledge to …`', 'Doran, Hale pledge to end transit dispute', [['indirect', 'end transit dispute', 'Doran, Hale', null, 'pledge']]],
    ['…, saying … (the main subject speaks)', 'Tom Hale left the meeting early, saying the offer was an insult.', [['indirect', 'the offer was an insult', 'Tom Hale', 'Tom Hale', 'saying']]],
    ['X agreed and said … (a second verb of the subject)', 'Jane Doran nodded and said the offer was fair.', [['indirect', 'the offer was fair', 'Jane Doran', 'Jane Doran', 'said']]],
    ['a clause with `including` inside it', 'Tom Hale said the plan, including new taxes, would pass.', [['indirect', 'the plan, including new taxes, would pass', 'Tom Hale', 'Tom Hale', 'said']]],
    ['a clause that ends before a participle comment', 'Tom Hale said the plan would pass, prompting cheers.', [['indirect', 'the plan would pass', 'Tom Hale', 'Tom Hale', 'said']]],
    ['a clause that ends before a commenting appositive', 'Tom Hale said the city needs more buses, a request that will anger council.', [['indirect', 'the city needs more buses', 'Tom Hale', 'Tom Hale', 'said']]],
    ['a noun-object verb with a pronoun clause', 'Maple Foods confirmed it would close the plant.', [['indirect', 'it would close the plant', 'Maple Foods', 'Maple Foods', 'confirmed']]],
    ['a fronted adverbial before the clause', 'Tom Hale said that if the talks fail, Canada would retaliate.', [['indirect', 'if the talks fail, Canada would retaliate', 'Tom Hale', 'Tom Hale', 'said']]],
    ['it was reported that … (no source)', 'It was reported that the mayor would resign.', [['indirect', 'the mayor would resign', null, null, 'reported']]],
    ['a relay stays with the original source', 'Tom Hale said the deficit would shrink, according to the Canadian Press.', [['indirect', 'the deficit would shrink', 'Tom Hale', 'Tom Hale', 'said']]],
    ['X, an apposition, said … (a bare noun after the cue starts the clause)', 'Tom Hale, a fellow at the institute, said trust between the parties remained low.', [['indirect', 'trust between the parties remained low', 'Tom Hale', 'Tom Hale', 'said']]],
  ])('finds %s', (_name, text, expected) => {
    expect(project(quotesOf(text, NAMES))).toEqual(expected);
  });

  it.each([
    ['a verb of thinking', 'Tom Hale believes the deficit will shrink.'],
    ['a speech verb with a noun object', 'Tom Hale rejected that view.'],
    ['according to a plan', 'The vote was held according to the rules.'],
    ['a verb with a noun object and its relative clause', 'The city announced a plan that would add buses.'],
    ['a question put to the speaker', 'Asked whether the city would sue, Jane Doran declined to comment.'],
  ])('finds no quote in %s', (_name, text) => {
    expect(quotesOf(text, NAMES)).toEqual([]);
  });

  it('reports only the direct quote after `Asked about …, X said:`', () => {
    expect(project(quotesOf('Asked about the timeline, Jane Doran said: “We will move quickly.”', NAMES))).toEqual([
      ['direct', 'We will move quickly.', 'Jane Doran', 'Jane Doran', 'said'],
    ]);
  });

  it.each([
    ['a verb of saying with only a place after it', 'Jane Doran spoke in Ottawa on Monday.'],
  ])('finds no quote in %s', (_name, text) => {
    expect(quotesOf(text, NAMES)).toEqual([]);
  });
});

describe('attributeDocumentQuotes: output', () => {
  const text = '“This is a wonderful, excellent day,” Tom Hale said. “It is a terrible, awful mess,” Jane Doran said.';
  const quotes = quotesOf(text, NAMES);

  it('sorts quotes by the start of their content', () => {
    const starts = quotes.map((quote) => quote.content.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('gives every span the text it covers', () => {
    for (const quote of quotes) {
      for (const span of [quote.content, quote.cue, quote.speaker.mention]) {
        if (span !== null) expect(text.slice(span.start, span.end)).toBe(span.text);
      }
    }
  });

  it('scores sentiment in [-1, 1], positive and negative', () => {
    expect(quotes.map((quote) => Math.sign(quote.sentiment ?? 0))).toEqual([1, -1]);
    for (const quote of quotes) expect(Math.abs(quote.sentiment ?? 0)).toBeLessThanOrEqual(1);
  });

  it.each(['', '“', '"""', '\n\n“\n\n”', 'said said said', ', according to', '😀 “😀,” he said \uD800'])('never throws on %j', (hostile) => {
    expect(() => quotesOf(hostile)).not.toThrow();
  });
});

describe('attributeDocumentQuotes: scale', () => {
  it('stays linear on 200 kB of unbalanced marks and cues', () => {
    const unit = '“He said, ‘they said’ ”, said he, according to “ officials, who said that "they \'90s said.\n\n';
    const small = unit.repeat(250);
    const large = unit.repeat(2500);
    const time = (text: string): number => {
      const started = performance.now();
      quotesOf(text);
      return performance.now() - started;
    };
    time(small);
    const smallMs = time(small);
    const largeMs = time(large);
    // Ten times the text may take ten times as long (plus noise), not a hundred.
    expect(largeMs).toBeLessThan(Math.max(30 * smallMs, 2000));
  });
});

describe('attributeDocumentQuotes: quotes nobody is reported to have said', () => {
  it('gives each its own speaker object, so changing one quote leaves the others alone', () => {
    const text = [
      'Rain fell all week.', '"We have never seen anything like this in our town."', 'The river rose on Sunday.',
      'More rain fell.', 'Schools closed.', 'Roads flooded.', '"Nobody expected the water to come this far."',
    ].join('\n\n');
    const [first, second] = quotesOf(text);
    expect(first?.speaker).toEqual({ mention: null, entity: null, description: null });
    expect(second?.speaker).toEqual({ mention: null, entity: null, description: null });
    expect(first?.speaker).not.toBe(second?.speaker);
  });
});
