import Sentiment from 'sentiment';
import { describe, expect, it } from 'vitest';
import { createSentimentAnalyzer, scoreQuoteSentiment } from '../../src/quotes/score-quote-sentiment';

// The one-pass analyzer must read a quote exactly as the `sentiment` package's own `analyze` does.
const packageAnalyzer = new Sentiment();
const analyze = createSentimentAnalyzer();

describe('createSentimentAnalyzer', () => {
  it.each([
    ['a plain sentence', 'The plan is good for everyone.'],
    ['a negated word, flipped', 'We do not like this deal at all'],
    ['punctuation read as spaces', 'Great!!! (really) "awful"; terrible: wonderful?'],
    ['runs of white space, and a lone tab kept inside a word', 'happy  sad\tangry \n\n calm\r\nbad'],
    ['white space around the text', '  \u00a0 kind words \u3000 '],
    ['words that are names of object properties', 'constructor toString __proto__ hasOwnProperty'],
    ['a scored word after the name of an object property', 'constructor good, toString bad'],
    ['a negated word first in the text after marks', '"not good," he said'],
    ['an empty text', ''],
    ['a text of marks alone', '... !!! ,,,'],
    ['an emoji', 'This is fine 😀'],
  ])('scores %s as the sentiment package does', (_, text) => {
    const expected = packageAnalyzer.analyze(text);
    const actual = analyze(text);
    expect(actual.wordCount).toBe(expected.tokens.length);
    expect(actual.score).toBe(expected.score);
  });
});

describe('scoreQuoteSentiment', () => {
  it('keeps a score in [-1, 1], signed as the words are', () => {
    expect(scoreQuoteSentiment(analyze, 'This is a wonderful, excellent, superb result')).toBeGreaterThan(0);
    expect(scoreQuoteSentiment(analyze, 'It was a terrible, disastrous failure')).toBeLessThan(0);
    expect(Math.abs(scoreQuoteSentiment(analyze, 'awful awful awful awful awful'))).toBeLessThanOrEqual(1);
  });
});
