import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from '../../src/quotes/find-quoted-spans';

const contents = (text: string): string[] => findQuotedSpans(text).filter((span) => span.depth === 0).map((span) => text.slice(span.start, span.end));

describe('findQuotedSpans', () => {
  it.each([
    ['straight double marks', 'He said "we will win" today.', ['we will win']],
    ['curly double marks', 'He said “we will win” today.', ['we will win']],
    ['curly single marks', 'Mayor: city ‘will not back down’ on plan', ['will not back down']],
    ['straight single marks', "Leaders vow to fight 'foreign meddling' in vote", ['foreign meddling']],
    ['guillemets', 'Il a dit «non» hier.', ['non']],
    ['two quotes in one sentence', '“First,” she said, “second.”', ['First,', 'second.']],
    ['a closing comma inside the marks', '“We are ready,” he said.', ['We are ready,']],
  ])('finds quotes in %s', (_name, text, expected) => {
    expect(contents(text)).toEqual(expected);
  });

  it.each([
    ['a possessive', 'The minister’s plan is “bold and fair.”', ['bold and fair.']],
    ['a straight possessive', "The mayor's plan is \"bold\".", ['bold']],
    ['a plural possessive inside a quote', '“The voters’ choice must stand,” he said.', ['The voters’ choice must stand,']],
    ['a year abbreviation', "It felt like the '90s, she said \"again\".", ['again']],
    ['a curly year abbreviation', 'A ’90s hit, he called it “timeless”.', ['timeless']],
    ['rock ’n’ roll', "It is \"pure rock 'n' roll,\" he said.", ["pure rock 'n' roll,"]],
    ['a contraction', '“We don’t know,” she said.', ['We don’t know,']],
  ])('does not take an apostrophe for a mark: %s', (_name, text, expected) => {
    expect(contents(text)).toEqual(expected);
  });

  it('keeps a quote inside a quote nested, without closing the outer one', () => {
    const text = '“They told us ‘no deal’ and left,” she said.';
    const spans = findQuotedSpans(text);
    expect(spans.map((span) => [span.depth, text.slice(span.start, span.end)])).toEqual([
      [0, 'They told us ‘no deal’ and left,'],
      [1, 'no deal'],
    ]);
  });

  it('joins a quote that runs over paragraphs, each opening with a mark and only the last closing', () => {
    const text = '“The first part goes on.\n\n“The second part ends here,” she said.';
    const [span] = findQuotedSpans(text);
    expect(span?.multiParagraph).toBe(true);
    expect(text.slice(span?.start, span?.end)).toBe('The first part goes on.\n\n“The second part ends here,');
  });

  it('ends a block excerpt in straight marks at a paragraph that opens with a curly mark, a quote of its own', () => {
    const text = '"The crowd rose as he walked in.\n\n“We love you,” Ann Vale shouted.';
    expect(contents(text)).toEqual(['The crowd rose as he walked in.', 'We love you,']);
  });

  it('ends an unclosed double quote at the paragraph end and carries on after the damage', () => {
    const text = 'He said “this never closes.\n\nLater she said “this one does.”';
    expect(findQuotedSpans(text).map((span) => [text.slice(span.start, span.end), span.closeMark === -1])).toEqual([
      ['this never closes.', true],
      ['this one does.', false],
    ]);
  });

  it.each([
    ['a stray closing mark', 'He said” nothing. Then “yes,” she said.', ['yes,']],
    ['a stray single opener', "The 'odd one and then \"a real quote\" here.", ['a real quote']],
    ['an inch mark', 'A 12" screen was "too small" for them.', ['too small']],
  ])('recovers from %s', (_name, text, expected) => {
    expect(contents(text)).toEqual(expected);
  });

  it.each(['', '"', '“', '’', "'''", '"""', '“”', '\n\n“\n\n', '😀 “😀” \uD800'])('never throws on %j', (text) => {
    expect(() => findQuotedSpans(text)).not.toThrow();
  });

  it('scans a 1 MB text of unbalanced marks in linear time', () => {
    const text = `"'“‘”’ a\n`.repeat(Math.ceil(1_000_000 / 10));
    const started = performance.now();
    const spans = findQuotedSpans(text);
    expect(performance.now() - started).toBeLessThan(3000);
    for (const span of spans.slice(0, 100)) expect(span.end).toBeGreaterThanOrEqual(span.start);
  });
});
