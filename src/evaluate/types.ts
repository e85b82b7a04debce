import type { EntityType, QuoteKind } from '../types';

/** Precision, recall and F1 with the counts they come from, so totals can be summed (micro). */
export interface Prf {
  /** The number of predictions that match the gold. */
  readonly tp: number;
  /** The number of predictions that match nothing in the gold. */
  readonly fp: number;
  /** The number of gold items no prediction matches. */
  readonly fn: number;
  /** The share of predictions that are right; 1 when gold and prediction are both empty, 0 when only one is. */
  readonly precision: number;
  /** The share of the gold that was found; 1 when gold and prediction are both empty, 0 when only one is. */
  readonly recall: number;
  /** The harmonic mean of precision and recall. */
  readonly f1: number;
}

/** A share of items that are right (an accuracy or a recall), with its counts. */
export interface Ratio {
  /** The number of items that are right. */
  readonly correct: number;
  /** The number of items judged. */
  readonly total: number;
  /** `correct / total`; 1 when `total` is 0 (nothing to get wrong). */
  readonly value: number;
}

/** Named-entity recognition scores. */
export interface NerScores {
  /** Span and type both equal the gold's. */
  readonly strict: Prf;
  /** Strict scores for each gold/predicted type. */
  readonly byType: Readonly<Record<EntityType, Prf>>;
  /** The span equals the gold's, whatever the type. */
  readonly spanOnly: Prf;
}

/** B³ alias-linking scores over the mentions whose span matches the gold exactly. */
export interface LinkingScores {
  /** The number of mentions scored (span in both gold and prediction). */
  readonly mentions: number;
  /** The sum of per-mention B³ precision, so totals can be summed. */
  readonly precisionSum: number;
  /** The sum of per-mention B³ recall, so totals can be summed. */
  readonly recallSum: number;
  /** The mean per-mention B³ precision; 1 when no mention is scored. */
  readonly precision: number;
  /** The mean per-mention B³ recall; 1 when no mention is scored. */
  readonly recall: number;
  /** The harmonic mean of B³ precision and recall. */
  readonly f1: number;
}

/** Quote scores. */
export interface QuoteScores {
  /** Quote detection: a prediction matches the gold quote whose content it overlaps by half the shorter. */
  readonly detection: Prf;
  /** The share of matched quotes whose kind equals the gold's. */
  readonly kind: Ratio;
  /** The share of matched quotes whose speaker is the gold's. */
  readonly speaker: Ratio;
  /** Detection where the kind and the speaker must also be right. */
  readonly endToEnd: Prf;
  /** The share of gold quotes of each kind that were detected. */
  readonly recallByKind: Readonly<Record<QuoteKind, Ratio>>;
}

/** Stance scores, after alias and metonym normalisation; `neutral` predictions are not claims and are left out. */
export interface StanceScores {
  /** (holder, target, polarity) triples. */
  readonly triples: Prf;
  /** (holder, target) pairs, whatever the polarity. */
  readonly pairs: Prf;
}

/** Every score for one article, or for the whole corpus. */
export interface DocumentScores {
  /** The article's id, or `total`. */
  readonly id: string;
  /** The named-entity scores. */
  readonly ner: NerScores;
  /** The alias-linking scores. */
  readonly linking: LinkingScores;
  /** The quote scores. */
  readonly quotes: QuoteScores;
  /** The stance scores. */
  readonly stances: StanceScores;
}

/** The scores of a corpus: each article's, and the micro-averaged total. */
export interface CorpusScores {
  /** The scores of each article, in input order. */
  readonly documents: readonly DocumentScores[];
  /** The corpus total: counts summed over the articles, then divided (micro average). */
  readonly total: DocumentScores;
}

/** A catalog index: lower-cased canonical names and aliases → canonical name. */
export type CatalogIndex = ReadonlyMap<string, string>;
