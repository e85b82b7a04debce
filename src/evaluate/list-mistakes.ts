import type { GoldAnnotation } from '../fixtures/types';
import type { EntityMention, Quote } from '../types';
import type { ScoredAnnotation } from './evaluate-document';
import { isSpeakerCorrect } from './is-speaker-correct';
import { matchQuotes } from './match-quotes';
import { normaliseStanceParty } from './normalise-stance-party';
import type { ScoredStance } from './score-stances';
import type { CatalogIndex } from './types';

/** A gold item and the prediction matched to it. */
export interface MistakePair<T> {
  /** The gold item. */
  readonly gold: T;
  /** The prediction matched to it. */
  readonly predicted: T;
}

/** What a prediction got wrong in one article, for people improving a stage (`npm run eval -- --mistakes`). */
export interface DocumentMistakes {
  /** Entity mentions: gold spans not predicted, predicted spans not in gold, and right spans with the wrong type. */
  readonly entities: {
    readonly missed: readonly EntityMention[];
    readonly spurious: readonly EntityMention[];
    readonly retyped: readonly MistakePair<EntityMention>[];
  };
  /** Quotes: unmatched gold and predictions, and matched pairs with the wrong kind or speaker. */
  readonly quotes: {
    readonly missed: readonly Quote[];
    readonly spurious: readonly Quote[];
    readonly wrongKind: readonly MistakePair<Quote>[];
    readonly wrongSpeaker: readonly MistakePair<Quote>[];
  };
  /** Stances: gold triples not predicted and predicted triples not in gold (after normalisation). */
  readonly stances: { readonly missed: readonly ScoredStance[]; readonly spurious: readonly ScoredStance[] };
}

const spanKey = (mention: EntityMention): string => `${mention.start}:${mention.end}`;

function listEntityMistakes(gold: readonly EntityMention[], predicted: readonly EntityMention[]): DocumentMistakes['entities'] {
  const goldBySpan = new Map(gold.map((mention) => [spanKey(mention), mention]));
  const predictedBySpan = new Map(predicted.map((mention) => [spanKey(mention), mention]));
  const retyped: MistakePair<EntityMention>[] = [];
  for (const mention of gold) {
    const match = predictedBySpan.get(spanKey(mention));
    if (match !== undefined && match.type !== mention.type) retyped.push({ gold: mention, predicted: match });
  }
  return {
    missed: gold.filter((mention) => !predictedBySpan.has(spanKey(mention))),
    spurious: predicted.filter((mention) => !goldBySpan.has(spanKey(mention))),
    retyped,
  };
}

function listQuoteMistakes(gold: readonly Quote[], predicted: readonly Quote[], index: CatalogIndex): DocumentMistakes['quotes'] {
  const matches = matchQuotes(gold, predicted);
  const pairs = matches.flatMap((match) => {
    const goldQuote = gold[match.gold];
    const predictedQuote = predicted[match.predicted];
    return goldQuote === undefined || predictedQuote === undefined ? [] : [{ gold: goldQuote, predicted: predictedQuote }];
  });
  const matchedGold = new Set(matches.map((match) => match.gold));
  const matchedPredicted = new Set(matches.map((match) => match.predicted));
  return {
    missed: gold.filter((_quote, goldIndex) => !matchedGold.has(goldIndex)),
    spurious: predicted.filter((_quote, predictedIndex) => !matchedPredicted.has(predictedIndex)),
    wrongKind: pairs.filter((pair) => pair.gold.kind !== pair.predicted.kind),
    wrongSpeaker: pairs.filter((pair) => !isSpeakerCorrect(pair.gold.speaker, pair.predicted.speaker, index)),
  };
}

function listStanceMistakes(gold: readonly ScoredStance[], predicted: readonly ScoredStance[], index: CatalogIndex): DocumentMistakes['stances'] {
  const key = (stance: ScoredStance): string =>
    JSON.stringify([normaliseStanceParty(index, stance.holder), normaliseStanceParty(index, stance.target), stance.polarity]);
  const claims = predicted.filter((stance) => stance.polarity === 'support' || stance.polarity === 'oppose');
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(claims.map(key));
  return {
    missed: gold.filter((stance) => !predictedKeys.has(key(stance))),
    spurious: claims.filter((stance) => !goldKeys.has(key(stance))),
  };
}

/** Lists what a prediction got wrong in one article, by the same matching rules as the scores. */
export function listMistakes(gold: GoldAnnotation, predicted: ScoredAnnotation, index: CatalogIndex): DocumentMistakes {
  return {
    entities: listEntityMistakes(gold.entities, predicted.entities),
    quotes: listQuoteMistakes(gold.quotes, predicted.quotes, index),
    stances: listStanceMistakes(gold.stances, predicted.stances, index),
  };
}
