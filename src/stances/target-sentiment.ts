import type { Document } from '../document/read-document';
import { readDocument } from '../document/read-document';
import { assertString, typeName } from '../errors';
import { TARGET_SENTIMENT_CLASS_OFFSETS, TARGET_SENTIMENT_WEIGHT_ROWS } from './lexicons/target-sentiment-weights.data';
import { locateTarget, targetSentimentFeatures, type TargetFeatures } from './target-sentiment-features';

/** How the sentence around a target portrays it. */
export interface TargetSentiment {
  /** The portrayal in [-1, 1]: the model's probability of positive minus that of negative. */
  readonly score: number;
  /** The most probable of the three classes. */
  readonly label: 'positive' | 'neutral' | 'negative';
}

// The learned model (scripts/train-target-sentiment.ts, NewsMTSC train split, MIT): feature name →
// its row of weights. A Map, so a feature named like `constructor` is safe.
const ROW_OF: ReadonlyMap<string, number> = new Map(TARGET_SENTIMENT_WEIGHT_ROWS.map(([name], row) => [name, row]));
// Each row's weights for negative, neutral, positive, three per row in one typed array: a target
// reads about a hundred of 15,000 rows, and a small array per row, scattered over the heap, cost a
// cache miss or two each. A typed array cannot be frozen: never write to it.
const WEIGHTS = Float64Array.from(TARGET_SENTIMENT_WEIGHT_ROWS.flatMap(([, negative, neutral, positive]) => [negative, neutral, positive]));
const LABELS = ['negative', 'neutral', 'positive'] as const;
const NEUTRAL: TargetSentiment = { score: 0, label: 'neutral' };

function assertTarget(value: unknown): asserts value is { start: number; end: number } {
  const target = value as { start?: unknown; end?: unknown } | null;
  if (typeof value !== 'object' || target === null || typeof target.start !== 'number' || typeof target.end !== 'number'
    || Number.isNaN(target.start) || Number.isNaN(target.end)) {
    throw new TypeError(`presswork: \`target\` must be an object with numeric \`start\` and \`end\`, received ${typeName(value)}`);
  }
}

/** Applies the weights: a softmax over the three classes' summed feature weights and calibration offsets. */
function classify(features: TargetFeatures): TargetSentiment {
  const scores = [...TARGET_SENTIMENT_CLASS_OFFSETS];
  for (const [name, value] of features) {
    const row = ROW_OF.get(name);
    if (row === undefined) continue;
    for (let c = 0; c < 3; c += 1) scores[c] = (scores[c] ?? 0) + (WEIGHTS[3 * row + c] ?? 0) * value;
  }
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  const best = exps.indexOf(Math.max(...exps));
  const score = ((exps[2] ?? 0) - (exps[0] ?? 0)) / total;
  return { score: Math.round(score * 1000) / 1000, label: LABELS[best] ?? 'neutral' };
}

/**
 * Scores how its sentence portrays the target tokens `[first, end)` of an already-read Document,
 * for the stance stage, which has the Document and must not read the text again.
 */
export function scoreTargetSentiment(doc: Document, first: number, end: number): TargetSentiment {
  const sentence = doc.sentences[doc.tokens[first]?.sentence ?? -1];
  if (sentence === undefined) return NEUTRAL;
  const targetEnd = Math.min(Math.max(first + 1, end), sentence.endToken);
  return classify(targetSentimentFeatures(doc, sentence, first, targetEnd));
}

/**
 * Scores how the sentence containing `target` portrays it, with a logistic-regression model
 * learned from news (NewsMTSC): it reads the words on each side of the target and their distance,
 * negation, AFINN polarity (the `sentiment` package), the verbs the target is subject or object of,
 * and the target's role (the source of a report, after a preposition, inside a quote). A target out
 * of range is clamped into the text; an empty text is neutral.
 */
export function targetSentiment(text: string, target: { start: number; end: number }): TargetSentiment {
  assertString(text, 'text');
  assertTarget(target);
  const start = Math.max(0, Math.min(Math.floor(target.start), text.length));
  const end = Math.max(start, Math.min(Math.ceil(target.end), text.length));
  const doc = readDocument(text);
  const located = locateTarget(doc, start, end);
  if (located === undefined) return NEUTRAL;
  return classify(targetSentimentFeatures(doc, located.sentence, located.first, located.end));
}
