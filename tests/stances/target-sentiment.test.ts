import { describe, expect, it } from 'vitest';
import { targetSentiment } from '../../src/stances/target-sentiment';
import { scoreTargetSentimentSet } from './score-target-sentiment-set';
import { TARGET_SENTIMENT_HELD_OUT } from './target-sentiment-set';

function spanOf(text: string, target: string): { start: number; end: number } {
  const start = text.indexOf(target);
  return { start, end: start + target.length };
}

describe('targetSentiment', () => {
  it.each([
    ['the target after `but`', 'The senator praised Chile but condemned Peru.', 'Peru', 'negative'],
    ['the target before `but`', 'The senator praised Chile but condemned Peru.', 'Chile', 'positive'],
    ['a negated word', 'The report did not blame Kenya for the outbreak.', 'Kenya', 'positive'],
    ['the source of a loaded report', 'According to Reuters, the storm killed six people.', 'Reuters', 'neutral'],
    ['a place in a loaded sentence', 'Protesters in Lima demanded justice for the victims of the fire.', 'Lima', 'neutral'],
    ['words nearer another entity', 'Brazil won an impressive victory while Argentina suffered a humiliating defeat.', 'Argentina', 'negative'],
  ])('scores %s', (_rule, text, target, label) => {
    expect(targetSentiment(text, spanOf(text, target)).label).toBe(label);
  });

  it('returns a score in [-1, 1] and a label that agrees with its sign', () => {
    const result = targetSentiment('Residents praised the fire brigade for its heroic response.', { start: 22, end: 34 });
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThanOrEqual(1);
    expect(result.label).toBe('positive');
  });

  it.each([
    [{ start: -10, end: 3 }],
    [{ start: 500, end: 900 }],
    [{ start: 8, end: 2 }],
    [{ start: 1.5, end: 2.5 }],
    [{ start: Infinity, end: Infinity }],
  ])('clamps an out-of-range target %j instead of throwing', (target) => {
    const result = targetSentiment('Chile praised Peru.', target);
    expect(result.score).toBeGreaterThanOrEqual(-1);
    expect(result.score).toBeLessThanOrEqual(1);
  });

  it.each(['', '   ', '\u{1F600}', 'a\r\nb\tc', '\uD800 lone surrogate'])('never throws on the text %j', (text) => {
    expect(targetSentiment(text, { start: 0, end: 1 }).label).toBeDefined();
  });

  it.each([[undefined], [null], [42], [{}]])('throws a TypeError naming `text` for %j', (text) => {
    expect(() => targetSentiment(text as unknown as string, { start: 0, end: 1 })).toThrow(/`text`/u);
  });

  it.each([[undefined], [null], ['0-3'], [{ start: 0 }], [{ start: '0', end: '3' }], [{ start: Number.NaN, end: 1 }]])(
    'throws a TypeError naming `target` for %j', (target) => {
      expect(() => targetSentiment('Chile praised Peru.', target as unknown as { start: number; end: number })).toThrow(TypeError);
      expect(() => targetSentiment('Chile praised Peru.', target as unknown as { start: number; end: number })).toThrow(/`target`/u);
    },
  );

  // Last measured: 91.3% vs 52.2% (46 cases), held-out 85.0% vs 60.0% (20 cases).
  it('clearly beats the whole-sentence AFINN baseline on the hand-labelled set', () => {
    const { accuracy, baseline } = scoreTargetSentimentSet();
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
    expect(accuracy - baseline).toBeGreaterThanOrEqual(0.3);
  });

  it('beats the baseline on the held-out set too', () => {
    const { accuracy, baseline } = scoreTargetSentimentSet(TARGET_SENTIMENT_HELD_OUT);
    expect(accuracy).toBeGreaterThanOrEqual(0.8);
    expect(accuracy - baseline).toBeGreaterThanOrEqual(0.2);
  });
});
