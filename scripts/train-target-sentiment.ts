// Trains the target-sentiment model (a 3-class logistic regression with L2) on the NewsMTSC train
// split (Hamborg and Donnay, EACL 2021; MIT licence) and writes its weights to
// src/stances/lexicons/target-sentiment-weights.data.ts. Deterministic: full-batch gradient
// descent from zero weights, no sampling, so a re-run writes the same file.
// Run: npx tsx scripts/train-target-sentiment.ts [--data ../shared/devsets] [--l2 N] [--iterations N] [--dry]
//   [--offsets NEGATIVE POSITIVE] [--sweep] [--l2s A,B,C]
// The dev files are only scored, never trained on: they are what the hyper-parameters were chosen on.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { readDocument } from '../src/document/read-document';
import { locateTarget, targetSentimentFeatures } from '../src/stances/target-sentiment-features';

interface Mention { readonly start: number; readonly end: number }
interface Row { readonly sentence: string; readonly target: Mention; readonly polarity: -1 | 0 | 1; readonly further_mentions?: readonly Mention[] }
interface Example { readonly features: ReadonlyArray<readonly [number, number]>; readonly label: number }

const OUTPUT = 'src/stances/lexicons/target-sentiment-weights.data.ts';
const CLASSES = ['negative', 'neutral', 'positive'] as const;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}
const dataAt = process.argv.indexOf('--data');
const DATA = dataAt === -1 ? '../shared/devsets' : String(process.argv[dataAt + 1]);
// Chosen on the dev files (mean macro-F1 of mt and rw); see the note in the weights file.
const L2 = option('l2', 1.5e-3);
const ITERATIONS = option('iterations', 400);
const LEARNING_RATE = option('rate', 0.5);
const MOMENTUM = 0.9;
const BALANCE = option('balance', 1);
// A feature seen in fewer training targets than this is dropped: it cannot be learned reliably.
const MIN_COUNT = option('min-count', 3);
// A weight row whose largest absolute weight is below this is dropped after training, to keep the file small.
const PRUNE_BELOW = option('prune', 0.02);
// Logit offsets for negative, neutral, positive, added before the softmax: a post-hoc calibration of
// the classes' priors, chosen on the dev files with --sweep (the weights never see the dev files):
// negative 0, positive +0.1 gave the best lower of the two dev macro-F1s (mt 0.682, rw 0.712).
const offsetsAt = process.argv.indexOf('--offsets');
const OFFSETS = offsetsAt === -1 ? [0, 0, 0.1] : [Number(process.argv[offsetsAt + 1]), 0, Number(process.argv[offsetsAt + 2])];

// For ablations while tuning: `--drop '^S:'` trains without the features whose names match.
const dropAt = process.argv.indexOf('--drop');
const DROP = dropAt === -1 ? undefined : new RegExp(String(process.argv[dropAt + 1]), 'u');

function readRows(file: string): Row[] {
  return readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as Row);
}

function featuresOf(row: Row): Map<string, number> {
  const doc = readDocument(row.sentence);
  const located = locateTarget(doc, row.target.start, row.target.end);
  return located === undefined ? new Map([['bias', 1]]) : new Map(targetSentimentFeatures(doc, located.sentence, located.first, located.end));
}

function softmax(scores: number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((score) => Math.exp(score - top));
  const total = exps.reduce((sum, value) => sum + value, 0);
  return exps.map((value) => value / total);
}

function train(examples: readonly Example[], featureCount: number, l2: number): Float64Array {
  const weights = new Float64Array(featureCount * 3);
  const velocity = new Float64Array(featureCount * 3);
  const classCounts = [0, 0, 0];
  for (const example of examples) classCounts[example.label] = (classCounts[example.label] ?? 0) + 1;
  // Class weights make each class count equally in the loss, which is what macro-F1 rewards.
  // BALANCE 1 weighs classes fully equal, 0 not at all.
  const classWeights = classCounts.map((count) => (examples.length / (3 * count)) ** BALANCE);
  for (let iteration = 0; iteration < ITERATIONS; iteration += 1) {
    const gradient = new Float64Array(featureCount * 3);
    let loss = 0;
    for (const example of examples) {
      const scores = [0, 0, 0];
      for (const [feature, value] of example.features) for (let c = 0; c < 3; c += 1) scores[c] = scores[c]! + weights[feature * 3 + c]! * value;
      const probabilities = softmax(scores);
      const weight = classWeights[example.label]!;
      loss -= weight * Math.log(probabilities[example.label]!);
      for (const [feature, value] of example.features) {
        for (let c = 0; c < 3; c += 1) gradient[feature * 3 + c] = gradient[feature * 3 + c]! + weight * (probabilities[c]! - (c === example.label ? 1 : 0)) * value;
      }
    }
    for (let index = 0; index < weights.length; index += 1) {
      const step = gradient[index]! / examples.length + l2 * weights[index]!;
      velocity[index] = MOMENTUM * velocity[index]! - LEARNING_RATE * step;
      weights[index] = weights[index]! + velocity[index]!;
    }
    if (iteration % 100 === 0 || iteration === ITERATIONS - 1) console.error(`iteration ${iteration}: loss ${(loss / examples.length).toFixed(4)}`);
  }
  return weights;
}

function predict(weights: ReadonlyMap<string, readonly number[]>, features: ReadonlyMap<string, number>, offsets: readonly number[] = OFFSETS): number {
  const scores = [...offsets];
  for (const [name, value] of features) {
    const row = weights.get(name);
    if (row !== undefined) for (let c = 0; c < 3; c += 1) scores[c] = scores[c]! + row[c]! * value;
  }
  return scores.indexOf(Math.max(...scores));
}

function score(weights: ReadonlyMap<string, readonly number[]>, rows: readonly Row[], features: ReadonlyArray<ReadonlyMap<string, number>>, offsets: readonly number[] = OFFSETS): { f1: number; accuracy: number } {
  const matrix = [[0, 0, 0], [0, 0, 0], [0, 0, 0]];
  for (const [at, row] of rows.entries()) {
    const gold = matrix[row.polarity + 1]!;
    const predicted = predict(weights, features[at]!, offsets);
    gold[predicted] = gold[predicted]! + 1;
  }
  let f1 = 0;
  for (let c = 0; c < 3; c += 1) {
    const hits = matrix[c]![c]!;
    const predicted = matrix[0]![c]! + matrix[1]![c]! + matrix[2]![c]!;
    const gold = matrix[c]!.reduce((sum, value) => sum + value, 0);
    f1 += hits === 0 ? 0 : (2 * hits) / (predicted + gold) / 3;
  }
  return { f1, accuracy: (matrix[0]![0]! + matrix[1]![1]! + matrix[2]![2]!) / rows.length };
}

// With --sweep, prints the dev macro-F1 for a grid of class offsets (negative, positive; neutral 0),
// the post-hoc calibration that `--offsets` then sets.
function sweepOffsets(weights: ReadonlyMap<string, readonly number[]>, dev: ReadonlyArray<{ rows: readonly Row[]; features: ReadonlyArray<ReadonlyMap<string, number>> }>): void {
  const results: string[] = [];
  for (let negative = -1; negative <= 0.501; negative += 0.1) {
    for (let positive = -1; positive <= 0.501; positive += 0.1) {
      const f1s = dev.map(({ rows, features }) => score(weights, rows, features, [negative, 0, positive]).f1);
      results.push(`${Math.min(...f1s).toFixed(3)} ${f1s.map((f1) => f1.toFixed(3)).join(' ')} offsets ${negative.toFixed(1)} ${positive.toFixed(1)}`);
    }
  }
  console.log(results.sort().reverse().slice(0, 15).join('\n'));
  console.error(results.join('\n'));
}

function writeWeights(weights: ReadonlyMap<string, readonly number[]>, trainCount: number): void {
  const lines = [...weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, row]) => `[${JSON.stringify(name)}, ${row.join(', ')}],`);
  writeFileSync(OUTPUT, [
    '// Generated by scripts/train-target-sentiment.ts: do not edit by hand.',
    `// A 3-class logistic regression trained on the ${trainCount} targets of the NewsMTSC train split`,
    '// (Hamborg and Donnay, EACL 2021; MIT licence), L2 ' + L2 + `, ${ITERATIONS} iterations, features seen at least ${MIN_COUNT} times.`,
    '// Each row: feature name (see src/stances/target-sentiment-features.ts), then its weight for the',
    `// classes ${CLASSES.join(', ')}.`,
    'export const TARGET_SENTIMENT_WEIGHT_ROWS: ReadonlyArray<readonly [string, number, number, number]> = [',
    ...lines,
    '];',
    '',
    '// Added to the negative, neutral and positive scores before the softmax: a calibration of the',
    '// classes\' priors, chosen on the NewsMTSC dev files (`--sweep`, then `--offsets`); 0 when untuned.',
    `export const TARGET_SENTIMENT_CLASS_OFFSETS: readonly [number, number, number] = [${OFFSETS.join(', ')}];`,
    '',
  ].join('\n'));
}

function main(): void {
  // With --augment, the target's further mentions in the sentence (`her`, `she`) are extra training
  // targets with the same label: NewsMTSC labels the sentence's portrayal of the target, not of one mention.
  const trainRows = readRows(`${DATA}/newsmtsc-train.jsonl`).flatMap((row) => (process.argv.includes('--augment')
    ? [row, ...(row.further_mentions ?? []).map((target) => ({ ...row, target }))]
    : [row]));
  const trainFeatures = trainRows.map(featuresOf);
  const counts = new Map<string, number>();
  for (const features of trainFeatures) for (const name of features.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  const names = [...counts].filter(([name, count]) => count >= MIN_COUNT && !(DROP?.test(name) ?? false)).map(([name]) => name).sort();
  const indexOf = new Map(names.map((name, index) => [name, index]));
  const examples: Example[] = trainFeatures.map((features, row) => ({
    features: [...features].flatMap(([name, value]) => (indexOf.has(name) ? [[indexOf.get(name)!, value] as const] : [])),
    label: trainRows[row]!.polarity + 1,
  }));
  console.error(`${examples.length} targets, ${names.length} features`);
  // With --l2s a,b,c the weights are the mean of models trained with each L2 (a smoother fit).
  const l2s = process.argv.includes('--l2s') ? String(process.argv[process.argv.indexOf('--l2s') + 1]).split(',').map(Number) : [L2];
  const trained = new Float64Array(names.length * 3);
  for (const l2 of l2s) {
    const one = train(examples, names.length, l2);
    for (let index = 0; index < trained.length; index += 1) trained[index] = trained[index]! + one[index]! / l2s.length;
  }
  const weights = new Map<string, number[]>();
  names.forEach((name, index) => {
    const row = [0, 1, 2].map((c) => Math.round(trained[index * 3 + c]! * 1000) / 1000);
    if (Math.max(...row.map(Math.abs)) >= PRUNE_BELOW || name === 'bias') weights.set(name, row);
  });
  console.error(`${weights.size} weight rows kept`);
  const dev = ['mt', 'rw'].map((subset) => `${DATA}/newsmtsc-dev-${subset}.jsonl`).filter((file) => existsSync(file))
    .map((file) => { const rows = readRows(file); return { file, rows, features: rows.map(featuresOf) }; });
  for (const { file, rows, features } of dev) {
    const { f1, accuracy } = score(weights, rows, features);
    console.log(`${file}: macro-F1 ${f1.toFixed(3)} accuracy ${accuracy.toFixed(3)}`);
  }
  if (process.argv.includes('--sweep')) sweepOffsets(weights, dev);
  if (!process.argv.includes('--dry')) writeWeights(weights, examples.length);
}

main();
