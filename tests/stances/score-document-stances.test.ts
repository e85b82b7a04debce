import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document/read-document';
import { scoreDocumentStances } from '../../src/stances/score-document-stances';
import { quoteOf, stanceLines, stancesOf, type HandEntity } from './stance-helpers';

// Fictional or generic parties, named by hand so these tests do not depend on entity tagging.
const ENTITIES: readonly HandEntity[] = [
  ['Chile', 'GPE'], ['Peru', 'GPE'], ['Bolivia', 'GPE'], ['Spain', 'GPE'], ['Italy', 'GPE'], ['Morocco', 'GPE'],
  ['Jordan', 'GPE'], ['U.S.', 'GPE', 'United States'], ['France', 'GPE'], ['Britain', 'GPE'], ['Norway', 'GPE'],
  ['Kenya', 'GPE'], ['Moscow', 'GPE'], ['Tehran', 'GPE'], ['Damascus', 'GPE'], ['Kremlin', 'ORG'],
  ['Chilean', 'NORP'], ['Peruvian', 'NORP'], ['John Smith', 'PERSON'], ['Smith', 'PERSON', 'John Smith'],
  ['Jane Doe', 'PERSON'], ['Doe', 'PERSON', 'Jane Doe'], ['Ana Diaz', 'PERSON'], ['Luis Mora', 'PERSON'],
  ['Security Council', 'ORG'],
];

const lines = (text: string): string[] => stanceLines(stancesOf(text, ENTITIES));

describe('scoreDocumentStances', () => {
  it.each([
    ['a support verb', 'Norway backed Kenya in the vote.', ['Norway > Kenya: support']],
    ['an oppose verb', 'Chile condemned Peru on Monday.', ['Chile > Peru: oppose']],
    ['`not` before a support verb', 'Chile did not support Peru.', ['Chile > Peru: oppose']],
    ['`never` before an oppose verb', 'Chile never criticised Peru.', ['Chile > Peru: support']],
    ['an adjective with `of`', 'Bolivia is supportive of Peru.', ['Bolivia > Peru: support']],
    ['`opposed to`', 'Bolivia remains opposed to Peru.', ['Bolivia > Peru: oppose']],
    ['a noun of backing', 'Norway and Kenya are the key backers of Smith.', ['Kenya > John Smith: support', 'Norway > John Smith: support']],
    ['`against` as a stance', 'Spain leads a coalition against Morocco.', ['Spain > Morocco: oppose']],
    ['a relative clause', 'Analysts praised Chile, which has long backed Peru.', ['Chile > Peru: support']],
    ['a pronoun subject that stands for the clause subject', 'Chile shielded Peru from sanctions, and in May it launched strikes against Bolivia.', ['Chile > Bolivia: oppose', 'Chile > Peru: support']],
    ['a party named only as a place', 'Spain launched a campaign in Peru.', []],
    ['a passive verb with its agent', 'Smith, who is backed by Chile and Peru, won the vote.', ['Chile > John Smith: support', 'Peru > John Smith: support']],
    ['a phrase ending in its own preposition', 'Chile will always stand by Peru.', ['Chile > Peru: support']],
    ['`each other` among a plural subject', 'Chile and Peru blamed each other for the clashes.', ['Chile > Peru: oppose', 'Peru > Chile: oppose']],
    ['`the move` as an object, which is a deed and not its doer', 'Chile backed Peru. Bolivia denounced the move as reckless.', ['Chile > Peru: support']],
    ['a self-stance', 'Chile praised Chile.', []],
  ])('reads %s', (_rule, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });

  it.each([
    ['a negative verb over a removal', 'Spain and Italy vowed to oppose attempts to topple Smith.', ['Italy > John Smith: support', 'Spain > John Smith: support']],
    ['a demand that the target step down', 'Demands from France and Britain that Smith should step down grew louder.', ['Britain > John Smith: oppose', 'France > John Smith: oppose']],
    ['bristling at demands that the target step down', 'Spain has bristled at demands for Smith to step down.', ['Spain > John Smith: support']],
    ['removing the target from power', 'Peru is pushing for removing Smith from power.', ['Peru > John Smith: oppose']],
    ['being united against attempts to oust the target', 'Chile and Peru were united against attempts to oust Smith.', ['Chile > John Smith: support', 'Chile > Peru: support', 'Peru > Chile: support', 'Peru > John Smith: support']],
  ])('composes %s', (_rule, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });

  it.each([
    ['allies of a target: two holders, both ways', 'Spain and Italy are close allies of Morocco.', ['Italy > Morocco: support', 'Morocco > Italy: support', 'Morocco > Spain: support', 'Spain > Morocco: support']],
    ['coordination among a plural subject', 'Spain and Italy have stepped up coordination in the region.', ['Italy > Spain: support', 'Spain > Italy: support']],
    ['coordination between two parties', 'There is close coordination between Spain and Italy.', ['Italy > Spain: support', 'Spain > Italy: support']],
    ['an ally in apposition after a comma', 'Soldiers from Chile\'s close ally, Peru, arrived on Monday.', ['Chile > Peru: support', 'Peru > Chile: support']],
    ['an ally in apposition before it', 'He met the king of Jordan, a U.S. ally, in the capital.', ['Jordan > United States: support', 'United States > Jordan: support']],
    ['`the comments` referring to the previous sentence\'s holders, rebuffing demands from others',
      'Chile and Peru will jointly oppose any attack, an official said. The comments were a rebuff of demands from France and Britain.',
      ['Chile > Britain: oppose', 'Chile > France: oppose', 'Chile > Peru: support', 'Peru > Britain: oppose', 'Peru > Chile: support', 'Peru > France: oppose']],
    ['calls from a party', 'Spain rejected calls from Italy to act.', ['Spain > Italy: oppose']],
    ['parties among the members of a body', 'Norway and Kenya were among the 15 Security Council members to back Smith.',
      ['Kenya > John Smith: support', 'Norway > John Smith: support', 'Security Council > John Smith: support']],
    ['`both countries` referring to the last pair named', 'Chile and Peru met on Monday. Both countries are close allies of Smith.', ['Chile > John Smith: support', 'John Smith > Chile: support', 'John Smith > Peru: support', 'Peru > John Smith: support']],
    ['nationality adjectives holding a stance noun', 'The coordinated Chilean and Peruvian support for Smith worried Bolivia.', ['Chile > John Smith: support', 'Chile > Peru: support', 'Peru > Chile: support', 'Peru > John Smith: support']],
  ])('relates parties through %s', (_rule, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });

  it.each([
    ['a capital', 'Moscow backed Tehran.', ['Russia > Iran: support']],
    ['a seat of government', 'The Kremlin praised Damascus.', ['Russia > Syria: support']],
    ['a leader\'s administration', 'U.S. President Jane Doe spoke on Monday. The Doe administration criticised Chile.', ['United States > Chile: oppose']],
  ])('resolves %s to its country', (_rule, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });

  it.each([
    ['a negated stance with `we`', '"We will never trust Peru," Smith said.', 'We will never trust Peru,', 'John Smith', 'Smith', ['John Smith > Peru: oppose']],
    ['a hostile act ascribed to another party', '"Chile is plotting to dominate the region," Smith said.', 'Chile is plotting to dominate the region,', 'John Smith', 'Smith', ['John Smith > Chile: oppose']],
    ['`cannot be trusted` in reported speech', 'Smith said that Peru cannot be trusted.', 'Peru cannot be trusted', 'John Smith', 'Smith', ['John Smith > Peru: oppose']],
    ['a minister speaking for the country', 'Chilean Foreign Minister Ana Diaz said: "There is deep coordination between us and Peru."', 'There is deep coordination between us and Peru.', 'Ana Diaz', 'Ana Diaz', ['Chile > Peru: support', 'Peru > Chile: support']],
    ['a leader speaking for himself', '"We back Peru," said Chilean President Luis Mora.', 'We back Peru,', 'Luis Mora', 'Luis Mora', ['Luis Mora > Peru: support']],
    ['a subjectless stance word beside the quote', '"The threat must be met together," Smith said, calling for cooperation with Peru.', 'The threat must be met together,', 'John Smith', 'Smith', ['John Smith > Peru: support']],
    ['an unnamed spokesman of a seat of government', 'A Kremlin spokesman said no country should interfere with Bolivia.', 'no country should interfere with Bolivia', null, 'A Kremlin spokesman', ['Russia > Bolivia: support']],
  ])('gives the speaker the stance of %s', (_rule, text, content, speaker, mention, expected) => {
    expect(stanceLines(stancesOf(text, ENTITIES, [quoteOf(text, content, speaker, mention)]))).toEqual(expected);
  });

  it('leaves hostile acts in an indirect quote to the reporter, not the speaker', () => {
    const text = 'Chile urged Peru to show restraint, while Bolivia threatened Spain.';
    const quote = { ...quoteOf(text, 'Peru to show restraint, while Bolivia threatened Spain', 'Chile', 'Chile'), kind: 'indirect' as const };
    expect(stanceLines(stancesOf(text, ENTITIES, [quote]))).toEqual(['Bolivia > Spain: oppose']);
  });

  it('keeps one record per (holder, target, polarity), with one evidence span per sentence', () => {
    const text = 'Chile backed Peru. Chile praised Peru again. Chile later condemned Peru.';
    const stances = stancesOf(text, ENTITIES);
    expect(stanceLines(stances)).toEqual(['Chile > Peru: oppose', 'Chile > Peru: support']);
    const support = stances.find((stance) => stance.polarity === 'support');
    expect(support?.evidence.map((span) => span.text)).toEqual(['Chile backed Peru.', 'Chile praised Peru again.']);
  });

  it('scores in [-1, 1], signed by polarity, stronger with more evidence', () => {
    const once = stancesOf('Chile backed Peru.', ENTITIES)[0];
    const twice = stancesOf('Chile backed Peru. Chile backed Peru again.', ENTITIES)[0];
    const against = stancesOf('Chile condemned Peru.', ENTITIES)[0];
    expect(once?.score).toBeGreaterThan(0);
    expect(twice?.score).toBeGreaterThan(once?.score ?? 1);
    expect(twice?.score).toBeLessThanOrEqual(1);
    expect(against?.score).toBeLessThan(0);
    expect(against?.score).toBeGreaterThanOrEqual(-1);
  });

  it('gives every stance evidence spans that slice the text', () => {
    const text = 'Spain and Italy are close allies of Morocco. Chile condemned Peru.';
    for (const stance of stancesOf(text, ENTITIES)) {
      expect(stance.evidence.length).toBeGreaterThan(0);
      for (const span of stance.evidence) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it.each([
    [['Peru'], ['Chile > Peru: oppose']],
    [['peru'], ['Chile > Peru: oppose']],
    [['Tehran'], ['Russia > Iran: support']],
    [['Nowhere'], []],
  ])('restricts stances to the targets %j (canonical names or aliases, any case)', (targets, expected) => {
    const text = 'Chile condemned Peru. Moscow backed Tehran. Peru praised Chile.';
    expect(stanceLines(stancesOf(text, ENTITIES, [], { targets }))).toEqual(expected);
  });

  it('finds nothing without entities, and never throws on odd text', () => {
    for (const text of ['', '   ', '“”', 'backed against oppose', '\u{1F600} allies of', 'x'.repeat(5000)]) {
      expect(scoreDocumentStances(readDocument(text), [], [])).toEqual([]);
    }
  });
});
