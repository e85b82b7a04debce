import Sentiment from 'sentiment';
import { targetSentiment } from '../../src/stances/target-sentiment';
import { TARGET_SENTIMENT_SET, type TargetSentimentCase } from './target-sentiment-set';


/** The target span of a test case: the n-th occurrence of its target string. */
export function spanOfCase(item: TargetSentimentCase): { start: number; end: number } {
  let start = -1;
  for (let seen = 0; seen <= (item.occurrence ?? 0); seen += 1) start = item.text.indexOf(item.target, start + 1);
  return { start, end: start + item.target.length };
}

/** The baseline: the whole sentence's AFINN score, whatever the target. */
export function baselineLabel(text: string): TargetSentimentCase['label'] {
  const score = new Sentiment().analyze(text).score;
  return score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral';
}

/** Accuracy of targetSentiment and of the baseline on the set, with the misses for the report. */
export function scoreTargetSentimentSet(set: readonly TargetSentimentCase[] = TARGET_SENTIMENT_SET): { accuracy: number; baseline: number; misses: string[] } {
  let hits = 0;
  let baselineHits = 0;
  const misses: string[] = [];
  for (const item of set) {
    const result = targetSentiment(item.text, spanOfCase(item));
    if (result.label === item.label) hits += 1;
    else misses.push(`${item.target} (${item.label}, got ${result.label} ${result.score}): ${item.text}`);
    if (baselineLabel(item.text) === item.label) baselineHits += 1;
  }
  return { accuracy: hits / set.length, baseline: baselineHits / set.length, misses };
}
