import type { Quote, QuoteKind } from '../types';
import { isSpeakerCorrect } from './is-speaker-correct';
import { makePrf } from './make-prf';
import { makeRatio } from './make-ratio';
import { matchQuotes } from './match-quotes';
import type { CatalogIndex, QuoteScores, Ratio } from './types';

const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'partial', 'indirect'];

/**
 * Scores predicted quotes against the gold: detection, then kind and speaker on the matched pairs,
 * end to end (detected with the right kind and speaker), and detection recall per gold kind.
 */
export function scoreQuotes(gold: readonly Quote[], predicted: readonly Quote[], index: CatalogIndex): QuoteScores {
  const matches = matchQuotes(gold, predicted);
  let kindCorrect = 0;
  let speakerCorrect = 0;
  let bothCorrect = 0;
  const detectedGold = new Set<number>();
  for (const match of matches) {
    const goldQuote = gold[match.gold];
    const predictedQuote = predicted[match.predicted];
    if (goldQuote === undefined || predictedQuote === undefined) continue;
    detectedGold.add(match.gold);
    const kindRight = goldQuote.kind === predictedQuote.kind;
    const speakerRight = isSpeakerCorrect(goldQuote.speaker, predictedQuote.speaker, index);
    if (kindRight) kindCorrect += 1;
    if (speakerRight) speakerCorrect += 1;
    if (kindRight && speakerRight) bothCorrect += 1;
  }
  const recallByKind = {} as Record<QuoteKind, Ratio>;
  for (const kind of QUOTE_KINDS) {
    const indices = gold.flatMap((quote, goldIndex) => (quote.kind === kind ? [goldIndex] : []));
    recallByKind[kind] = makeRatio(indices.filter((goldIndex) => detectedGold.has(goldIndex)).length, indices.length);
  }
  const tp = matches.length;
  return {
    detection: makePrf(tp, predicted.length - tp, gold.length - tp),
    kind: makeRatio(kindCorrect, tp),
    speaker: makeRatio(speakerCorrect, tp),
    endToEnd: makePrf(bothCorrect, predicted.length - bothCorrect, gold.length - bothCorrect),
    recallByKind,
  };
}
