import { spanOfSentence } from '../document/accessors';
import type { Document, Sentence } from '../document/read-document';
import type { Stance } from '../types';
import type { StanceEvidence } from './stance-evidence';

interface Tally {
  readonly holder: string;
  readonly target: string;
  readonly sign: 1 | -1;
  readonly sentences: Set<number>;
  // The product of (1 - strength) over the evidence, for the noisy-or below.
  doubt: number;
}

// The tallies by holder, then target, then sign (index 0 opposes, 1 supports): no key string is built per item.
type TallyIndex = Map<string, Map<string, [Tally?, Tally?]>>;

/** The tally of an item's (holder, target, sign), added to `tallies` (kept in order of first evidence) when new. */
function tallyFor(index: TallyIndex, tallies: Tally[], item: StanceEvidence): Tally {
  let byTarget = index.get(item.holder);
  if (byTarget === undefined) {
    byTarget = new Map();
    index.set(item.holder, byTarget);
  }
  let bySign = byTarget.get(item.target);
  if (bySign === undefined) {
    bySign = [undefined, undefined];
    byTarget.set(item.target, bySign);
  }
  const slot = item.sign > 0 ? 1 : 0;
  let tally = bySign[slot];
  if (tally === undefined) {
    tally = { holder: item.holder, target: item.target, sign: item.sign, sentences: new Set<number>(), doubt: 1 };
    bySign[slot] = tally;
    tallies.push(tally);
  }
  return tally;
}

/**
 * Merges evidence into one record per (holder, target, polarity). The score is a noisy-or of the
 * evidence strengths, signed: each statement removes a share of the remaining doubt, so three mild
 * statements (`agree`, strength 1/3) score 0.70 and one strong one (`condemn`, strength 1) scores 1.
 * Evidence is one span per sentence that states the stance, in text order.
 */
export function aggregateStances(doc: Document, evidence: readonly StanceEvidence[]): Stance[] {
  const tallies: Tally[] = [];
  const index: TallyIndex = new Map();
  for (const item of evidence) {
    const tally = tallyFor(index, tallies, item);
    if (!tally.sentences.has(item.sentence)) tally.doubt *= 1 - item.strength;
    tally.sentences.add(item.sentence);
  }
  const stances: Stance[] = [];
  for (const tally of tallies) {
    const sentences = [...tally.sentences].sort((a, b) => a - b)
      .map((index) => doc.sentences[index])
      .filter((sentence): sentence is Sentence => sentence !== undefined);
    if (sentences.length === 0) continue;
    stances.push({
      holder: tally.holder,
      target: tally.target,
      polarity: tally.sign > 0 ? 'support' : 'oppose',
      score: Math.round(tally.sign * (1 - tally.doubt) * 1000) / 1000,
      evidence: sentences.map((sentence) => spanOfSentence(doc, sentence)),
    });
  }
  return stances;
}
