import type { EntityType, QuoteKind } from '../types';
import { makeLinkingScores } from './make-linking-scores';
import { makePrf } from './make-prf';
import { makeRatio } from './make-ratio';
import type { DocumentScores, Prf, Ratio } from './types';

function sumPrf(items: readonly Prf[]): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const item of items) {
    tp += item.tp;
    fp += item.fp;
    fn += item.fn;
  }
  return makePrf(tp, fp, fn);
}

function sumRatio(items: readonly Ratio[]): Ratio {
  let correct = 0;
  let total = 0;
  for (const item of items) {
    correct += item.correct;
    total += item.total;
  }
  return makeRatio(correct, total);
}

function sumRecord<K extends string, V>(keys: readonly K[], items: readonly Readonly<Record<K, V>>[], sum: (values: V[]) => V): Record<K, V> {
  const result = {} as Record<K, V>;
  for (const key of keys) result[key] = sum(items.map((item) => item[key]));
  return result;
}

const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP'];
const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'partial', 'indirect'];

/**
 * Speaker accuracy in total is the mean of the articles' accuracies (an article with no matched quote
 * counts 0), as the reference scorer `score-gold.mjs` computes it; the counts are still summed.
 */
function averageSpeakerRatio(items: readonly DocumentScores[]): Ratio {
  const summed = sumRatio(items.map((item) => item.quotes.speaker));
  if (items.length === 0) return summed;
  const mean = items.reduce((total, item) => total + (item.quotes.speaker.total === 0 ? 0 : item.quotes.speaker.value), 0) / items.length;
  return { ...summed, value: mean };
}

/** Sums per-article scores into a micro-averaged total: counts are added, then divided once (speaker accuracy excepted). */
export function sumScores(id: string, scores: readonly DocumentScores[]): DocumentScores {
  let mentions = 0;
  let precisionSum = 0;
  let recallSum = 0;
  for (const score of scores) {
    mentions += score.linking.mentions;
    precisionSum += score.linking.precisionSum;
    recallSum += score.linking.recallSum;
  }
  return {
    id,
    ner: {
      strict: sumPrf(scores.map((score) => score.ner.strict)),
      byType: sumRecord(ENTITY_TYPES, scores.map((score) => score.ner.byType), sumPrf),
      spanOnly: sumPrf(scores.map((score) => score.ner.spanOnly)),
    },
    linking: makeLinkingScores(mentions, precisionSum, recallSum),
    quotes: {
      detection: sumPrf(scores.map((score) => score.quotes.detection)),
      kind: sumRatio(scores.map((score) => score.quotes.kind)),
      speaker: averageSpeakerRatio(scores),
      endToEnd: sumPrf(scores.map((score) => score.quotes.endToEnd)),
      recallByKind: sumRecord(QUOTE_KINDS, scores.map((score) => score.quotes.recallByKind), sumRatio),
    },
    stances: {
      triples: sumPrf(scores.map((score) => score.stances.triples)),
      pairs: sumPrf(scores.map((score) => score.stances.pairs)),
    },
  };
}
