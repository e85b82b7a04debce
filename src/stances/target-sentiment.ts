import type { Document, Sentence } from '../document/read-document';
import { readDocument } from '../document/read-document';
import { assertString, typeName } from '../errors';
import { TARGET_SENTIMENT_CLASS_OFFSETS, TARGET_SENTIMENT_WEIGHT_ROWS } from './lexicons/target-sentiment-weights.data';
import { locateTarget, readTargetFeatures, WORD_BAGS, type WordBag } from './target-sentiment-features';

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

/** The rows of every context word's bag features (see FeatureSink): where a word's rows start, by word, and the rows. */
interface WordRows {
  readonly startOf: ReadonlyMap<string, number>;
  /** `WORD_BAGS.length` rows per word, one per bag in its order; -1 where the model has no such feature. */
  readonly rows: Int32Array;
}

function indexWordRows(): WordRows {
  const startOf = new Map<string, number>();
  const rows: number[] = [];
  for (const [name, row] of ROW_OF) {
    const colon = name.indexOf(':');
    if (colon === -1) continue;
    const bag = WORD_BAGS.indexOf(name.slice(0, colon) as WordBag);
    if (bag === -1) continue;
    const word = name.slice(colon + 1);
    let start = startOf.get(word);
    if (start === undefined) {
      start = rows.length;
      startOf.set(word, start);
      for (let each = 0; each < WORD_BAGS.length; each += 1) rows.push(-1);
    }
    rows[start + bag] = row;
  }
  return { startOf, rows: Int32Array.from(rows) };
}

const WORD_ROWS = indexWordRows();
const LABELS = ['negative', 'neutral', 'positive'] as const;
const NEUTRAL: TargetSentiment = { score: 0, label: 'neutral' };

function assertTarget(value: unknown): asserts value is { start: number; end: number } {
  const target = value as { start?: unknown; end?: unknown } | null;
  if (typeof value !== 'object' || target === null || typeof target.start !== 'number' || typeof target.end !== 'number'
    || Number.isNaN(target.start) || Number.isNaN(target.end)) {
    throw new TypeError(`presswork: \`target\` must be an object with numeric \`start\` and \`end\`, received ${typeName(value)}`);
  }
}

/**
 * The value of each feature of the target that the model has weights for, by its row, in the order
 * first read: the only features that move a score, summed in the order the model sums them.
 */
function readWeightedFeatures(doc: Document, sentence: Sentence, first: number, end: number): ReadonlyMap<number, number> {
  const values = new Map<number, number>();
  const addRow = (row: number, value: number): void => {
    values.set(row, (values.get(row) ?? 0) + value);
  };
  // Each context word comes in two or three bags in a row: its rows are looked up once for all of them.
  let lastWord: string | undefined;
  let lastStart: number | undefined;
  readTargetFeatures(doc, sentence, first, end, {
    add: (name, value) => {
      const row = ROW_OF.get(name);
      if (row !== undefined) addRow(row, value);
    },
    addWord: (bag, word, value) => {
      if (word !== lastWord) {
        lastWord = word;
        lastStart = WORD_ROWS.startOf.get(word);
      }
      const row = lastStart === undefined ? -1 : WORD_ROWS.rows[lastStart + WORD_BAGS.indexOf(bag)] ?? -1;
      if (row !== -1) addRow(row, value);
    },
  });
  return values;
}

/** Applies the weights: a softmax over the three classes' summed feature weights and calibration offsets. */
function classify(features: ReadonlyMap<number, number>): TargetSentiment {
  const scores = [...TARGET_SENTIMENT_CLASS_OFFSETS];
  for (const [row, value] of features) {
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
  return classify(readWeightedFeatures(doc, sentence, first, targetEnd));
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
  return classify(readWeightedFeatures(doc, located.sentence, located.first, located.end));
}
