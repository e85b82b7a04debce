import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/document/read-document';
import { spanOfTokens } from '../../src/document/accessors';
import { buildQuoteContext } from '../../src/quotes/build-quote-context';
import { findReportingCues } from '../../src/quotes/find-reporting-cues';

const cuesOf = (text: string): string[] => {
  const doc = readDocument(text);
  return findReportingCues(buildQuoteContext(doc, [])).map((cue) => spanOfTokens(doc, cue.first, cue.end).text);
};

describe('findReportingCues', () => {
  it.each([
    ['The mayor said the plan was sound.', ['said']],
    ['The mayor says the plan is sound.', ['says']],
    ['The mayor, saying the plan was sound, left.', ['saying']],
    ['She told reporters that the talks had failed.', ['told']],
    ['He added that nothing had changed.', ['added']],
    ['The union insisted the strike would go on.', ['insisted']],
    ['The premier asserted the deal was fair.', ['asserted']],
    ['Officials warned that roads would close.', ['warned']],
    ['The ministry denied it had received the letter.', ['denied']],
    ['She wrote that the policy had failed.', ['wrote']],
    ['The company announced it would cut jobs.', ['announced']],
    ['Both leaders vowed to fight on.', ['vowed']],
    ['He described the meeting as “useful”.', ['described']],
    ['The senator hit out at the “chaos” in Ottawa.', ['hit out']],
    ['The union ripped the plan as “reckless”.', ['ripped']],
    ['The editors lambasted the council’s “sloppy” budget.', ['lambasted']],
    ['A review in 2019 found the depot was unsafe.', ['found']],
    ['The logs from the 2017 port inspection show it failed twice.', ['show']],
  ])('finds the speech verb in %j', (text, expected) => {
    expect(cuesOf(text)).toEqual(expected);
  });

  it.each([
    ['The deal was signed, according to state media.', ['according to']],
    ['He was quoted as saying the deal was dead.', ['quoted as saying']],
    ['The agency quoted the minister as saying the deal was dead.', ['saying']],
  ])('finds the multi-word cue in %j', (text, expected) => {
    expect(cuesOf(text)).toEqual(expected);
  });

  it.each([
    ['a speech verb inside the marks', '“I say we go,” she said.', ['said']],
    ['a verb of thinking', 'The mayor believes the plan is sound.', []],
    ['a noun in an entity-like phrase', 'The Islamic State attacked the town.', []],
    ['a noun of saying', 'His claims that the vote was rigged were false.', []],
  ])('ignores %s', (_name, text, expected) => {
    expect(cuesOf(text)).toEqual(expected);
  });
});
