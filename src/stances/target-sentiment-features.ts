import Sentiment from 'sentiment';
import { tokenIndexAtOffset } from '../document/accessors';
import { AFINN_SCORES } from '../lexicons/afinn-scores';
import type { Document, Sentence, Token } from '../document/read-document';
import {
  SENTIMENT_CLAUSE_MARKS, SENTIMENT_CONTRASTS, SENTIMENT_NEGATIONS, SENTIMENT_QUOTE_MARKS,
  SENTIMENT_REPORTING_VERBS, SENTIMENT_STANCE_VERBS,
} from './lexicons/target-sentiment-cues';

/** A target's features: name → value (1 for a present word feature, a scaled sum for AFINN ones). */
export type TargetFeatures = ReadonlyMap<string, number>;

/** The bags a context word counts in: the sentence, the distance-decayed one, and side by distance. */
export const WORD_BAGS = ['S', 'D', 'Lnear', 'Lmid', 'Lfar', 'Rnear', 'Rmid', 'Rfar'] as const;
export type WordBag = (typeof WORD_BAGS)[number];

/**
 * Where a target's features go as they are read, in reading order. A context word's bag features
 * come with the bag and the word apart (the feature named `${bag}:${word}`, e.g. `Lnear:praise`):
 * they are most of a target's features, and the scorer finds all of a word's weights with one
 * look-up by the word instead of building and hashing a name for each bag.
 */
export interface FeatureSink {
  /** Adds `value` to the feature `name`. */
  readonly add: (name: string, value: number) => void;
  /** Adds `value` to the feature `${bag}:${word}`. */
  readonly addWord: (bag: WordBag, word: string, value: number) => void;
}

// Words further than WINDOW tokens from the target count only in the sentence-wide bag; the
// distance buckets let the model learn that near words speak about the target more often.
const WINDOW = 10;
const NEGATION_REACH = 3;
// AFINN runs -5..5; sums are divided by this so that they sit near the 0..1 range of word features.
const AFINN_SCALE = 5;
// The distance-decayed bag weighs a word DECAY / (DECAY + distance): 1 beside the target, 1/2 at DECAY tokens.
const DECAY = 4;

/** The bag of a word on the target's left (`L`) or right (`R`) at a distance: near, mid or far. */
function sideBag(side: 'L' | 'R', distance: number): WordBag {
  if (side === 'L') return distance <= 2 ? 'Lnear' : distance <= 5 ? 'Lmid' : 'Lfar';
  return distance <= 2 ? 'Rnear' : distance <= 5 ? 'Rmid' : 'Rfar';
}

function wordOf(token: Token | undefined): string | undefined {
  if (token === undefined || (token.type !== 'word' && token.type !== 'number')) return undefined;
  return token.type === 'number' ? '#num' : token.lemma.toLowerCase();
}

// A word of letters, digits, hyphens and apostrophes is one token to `sentiment`, which scores it
// from its table alone (a lone word has no negator before it). Analysing each word in every window
// around every target tokenised it with six regular expressions and built a result object; any
// other word still goes through the package.
const PLAIN_WORD = /^[A-Za-z0-9'-]+$/u;
const WORD_ANALYZER = new Sentiment();

function afinnScore(word: string): number {
  if (!PLAIN_WORD.test(word)) return WORD_ANALYZER.analyze(word).score;
  return AFINN_SCORES.get(word.toLowerCase()) ?? 0;
}

/** The AFINN polarity of a word token (-5..5), by its normal form or else its lemma; 0 for marks. */
export function afinnOf(token: Token): number {
  if (token.type !== 'word') return 0;
  const byNormal = afinnScore(token.normal);
  // Most words have no polarity and are their own lemma: the same word is not scored twice.
  return byNormal || (token.lemma === token.normal ? byNormal : afinnScore(token.lemma));
}

// What each token of the sentence is to a negation's reach: a clause mark stops it, a negation is one.
const CLAUSE_MARK = 1;
const NEGATION = 2;

/**
 * The negation cue of each token of the sentence, by its offset from the sentence's first token.
 * Every word asks about the three before it: each word is looked up once, not once per asking word.
 */
function negationCues(doc: Document, sentence: Sentence): Uint8Array {
  // The window is empty, not negative, when a target's token lies past its sentence's end (a line
  // break that ends the sentence belongs to it but lies outside its token range).
  const cues = new Uint8Array(Math.max(0, sentence.endToken - sentence.firstToken));
  for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
    const token = doc.tokens[index];
    if (token === undefined) continue;
    if (SENTIMENT_CLAUSE_MARKS.has(token.normal)) cues[index - sentence.firstToken] = CLAUSE_MARK;
    else if (SENTIMENT_NEGATIONS.has(token.normal) || SENTIMENT_NEGATIONS.has(token.lemma)) cues[index - sentence.firstToken] = NEGATION;
  }
  return cues;
}

/** Whether a negation precedes `index` of the sentence within NEGATION_REACH tokens, without a clause mark between. */
function isNegated(cues: Uint8Array, sentence: Sentence, index: number): boolean {
  const first = sentence.firstToken;
  for (let back = index - 1; back >= Math.max(first, index - NEGATION_REACH); back -= 1) {
    const cue = cues[back - first];
    if (cue === CLAUSE_MARK) return false;
    if (cue === NEGATION) return true;
  }
  return false;
}

/**
 * Step 1: the words around the target. Each word counts in a side-and-distance bag (`Lnear:praise`),
 * the sentence bag and a bag weighted by closeness, prefixed `not_` when negated. AFINN sums, with
 * negated words flipped, are kept per side and distance, per clause, per role of the target, and
 * apart for words nearer another name or pronoun than the target. (Word pairs and a clause bag were
 * tried and did not help on the dev files.)
 */
function addContextFeatures(features: FeatureSink, doc: Document, sentence: Sentence, cues: Uint8Array, first: number, end: number): void {
  const clauseOf = clauseNumbers(doc, sentence);
  const targetClause = clauseOf[first - sentence.firstToken] ?? 0;
  const others = otherMentions(doc, sentence, first, end);
  for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
    if (index >= first && index < end) continue;
    const token = doc.tokens[index];
    const word = wordOf(token);
    if (token === undefined || word === undefined) continue;
    const side = index < first ? 'L' : 'R';
    const distance = index < first ? first - index : index - end + 1;
    const negated = isNegated(cues, sentence, index);
    const key = negated ? `not_${word}` : word;
    features.addWord('S', key, 1);
    features.addWord('D', key, DECAY / (DECAY + distance));
    if (distance <= WINDOW) features.addWord(sideBag(side, distance), key, 1);
    const afinn = afinnOf(token) * (negated ? -1 : 1);
    if (afinn === 0) continue;
    const sign = afinn > 0 ? 'pos' : 'neg';
    const value = Math.abs(afinn) / AFINN_SCALE;
    features.add(`A:S:${sign}`, value);
    if (distance <= WINDOW) features.add(`A:${sideBag(side, distance)}:${sign}`, value);
    if (index >= first - WINDOW && index < end + WINDOW) features.add(`RA:${roleOf(doc, sentence, first, end)}:${side}:${sign}`, value);
    if (others.some((other) => Math.abs(other - index) < distance)) features.add(`A:nearerOther:${sign}`, value);
    else features.add(`A:nearerTarget:${sign}`, value);
    const clause = clauseOf[index - sentence.firstToken] ?? 0;
    features.add(clause === targetClause ? `A:clause:${sign}` : clause > targetClause ? `A:laterClause:${sign}` : `A:earlierClause:${sign}`, value);
  }
}

/** The target's coarse role: after a preposition, before its verb (subject), after a verb (object), or other. */
function roleOf(doc: Document, sentence: Sentence, first: number, end: number): string {
  const before = doc.tokens[first - 1];
  if (first > sentence.firstToken && before?.pos === 'ADP') return 'prep';
  if (verbAfter(doc, sentence, end) !== undefined) return 'subj';
  if (verbBefore(doc, sentence, first) !== undefined) return 'obj';
  return 'other';
}

/** The tokens of other possible targets in the sentence: proper nouns and personal pronouns. */
function otherMentions(doc: Document, sentence: Sentence, first: number, end: number): number[] {
  const others: number[] = [];
  for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
    if (index >= first && index < end) continue;
    const pos = doc.tokens[index]?.pos;
    if (pos === 'PROPN' || pos === 'PRON') others.push(index);
  }
  return others;
}

/** Numbers each token of the sentence with its clause; contrast words and clause marks open a new one. */
function clauseNumbers(doc: Document, sentence: Sentence): number[] {
  const clauses: number[] = [];
  let clause = 0;
  for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
    const normal = doc.tokens[index]?.normal ?? '';
    if (SENTIMENT_CONTRASTS.has(normal) || SENTIMENT_CLAUSE_MARKS.has(normal)) clause += 1;
    clauses.push(clause);
  }
  return clauses;
}

/** The first verb after the target in its clause (the target's predicate when it is the subject). */
function verbAfter(doc: Document, sentence: Sentence, end: number): Token | undefined {
  for (let index = end; index < Math.min(sentence.endToken, end + WINDOW); index += 1) {
    const token = doc.tokens[index];
    if (token === undefined || SENTIMENT_CLAUSE_MARKS.has(token.normal)) return undefined;
    if (token.pos === 'VERB') return token;
  }
  return undefined;
}

/** The verb governing the target as an object: a verb just before it, over determiners and adjectives. */
function verbBefore(doc: Document, sentence: Sentence, first: number): Token | undefined {
  for (let index = first - 1; index >= Math.max(sentence.firstToken, first - 4); index -= 1) {
    const token = doc.tokens[index];
    if (token === undefined) return undefined;
    if (token.pos === 'VERB') return token;
    if (token.pos !== 'DET' && token.pos !== 'ADJ' && token.pos !== 'PROPN' && token.pos !== 'NOUN') return undefined;
  }
  return undefined;
}

/** Step 2: the verbs the target is subject or object of, with their stance and AFINN polarity. */
function addVerbFeatures(features: FeatureSink, doc: Document, sentence: Sentence, cues: Uint8Array, first: number, end: number): void {
  const after = verbAfter(doc, sentence, end);
  const before = verbBefore(doc, sentence, first);
  for (const [role, verb] of [['subj', after], ['obj', before]] as const) {
    if (verb === undefined) continue;
    const lemma = verb.lemma.toLowerCase();
    const negated = isNegated(cues, sentence, verb.index);
    const flip = negated ? -1 : 1;
    const passive = role === 'subj' && doc.tokens[verb.index - 1]?.lemma === 'be';
    features.add(`V:${role}:${negated ? 'not_' : ''}${passive ? 'passive_' : ''}${lemma}`, 1);
    if (passive) features.add('ROLE:passive', 1);
    const stance = (SENTIMENT_STANCE_VERBS.get(lemma) ?? 0) * flip;
    if (stance !== 0) features.add(`SV:${role}:${stance > 0 ? 'pos' : 'neg'}`, 1);
    if (role === 'subj' && SENTIMENT_REPORTING_VERBS.has(lemma)) features.add('ROLE:speaker', 1);
    const afinn = afinnOf(verb) * flip;
    if (afinn !== 0) features.add(`A:V:${role}:${afinn > 0 ? 'pos' : 'neg'}`, Math.abs(afinn) / AFINN_SCALE);
  }
}

/** Step 3: where the target sits: its neighbours, a preposition, a possessive, a quote, a speech frame. */
function addRoleFeatures(features: FeatureSink, doc: Document, sentence: Sentence, first: number, end: number): void {
  const before = doc.tokens[first - 1];
  const beforeTwo = doc.tokens[first - 2];
  const after = doc.tokens[end];
  features.add(`P1:${first > sentence.firstToken ? wordOf(before) ?? before?.normal : '<s>'}`, 1);
  features.add(`N1:${end < sentence.endToken ? wordOf(after) ?? after?.normal : '</s>'}`, 1);
  if (first - 1 > sentence.firstToken) features.add(`P2:${wordOf(beforeTwo) ?? beforeTwo?.normal}`, 1);
  if (first === sentence.firstToken) features.add('ROLE:start', 1);
  if (before !== undefined && first > sentence.firstToken && before.pos === 'ADP') features.add(`ROLE:prep:${before.normal}`, 1);
  if (after !== undefined && (after.normal === "'s" || after.normal === '’s' || after.normal === "'")) features.add('ROLE:possessive', 1);
  if (beforeTwo?.normal === 'according' && before?.normal === 'to') features.add('ROLE:according', 1);
  if (before !== undefined && SENTIMENT_REPORTING_VERBS.has(before.lemma) && before.pos === 'VERB') features.add('ROLE:speaker', 1);
  for (let index = first; index < end; index += 1) {
    const token = doc.tokens[index];
    if (token !== undefined && (token.pos === 'NOUN' || token.pos === 'PRON' || token.pos === 'ADJ')) features.add(`T:${token.lemma.toLowerCase()}`, 1);
  }
  const targetPos = doc.tokens[first]?.pos;
  if (targetPos === 'PRON') features.add('ROLE:pronoun', 1);
  let quotes = 0;
  for (let index = sentence.firstToken; index < first; index += 1) {
    const normal = doc.tokens[index]?.normal ?? '';
    if (SENTIMENT_QUOTE_MARKS.has(normal) && normal !== '’' && normal !== "'") quotes += 1;
  }
  if (quotes % 2 === 1) features.add('ROLE:inQuote', 1);
  features.add(`LEN:${Math.min(4, Math.floor((sentence.endToken - sentence.firstToken) / 10))}`, 1);
}

// The model reads at most this many tokens on each side of the target. News sentences are far
// shorter, so this changes no ordinary reading; it keeps a run-on sentence of a megabyte (no full
// stops at all) from costing a pass over the whole text for every target in it.
const MAX_CONTEXT_TOKENS = 80;

/** The part of the sentence the model reads: the target and up to `MAX_CONTEXT_TOKENS` on each side. */
function contextWindow(doc: Document, sentence: Sentence, first: number, end: number): Sentence {
  const firstToken = Math.max(sentence.firstToken, first - MAX_CONTEXT_TOKENS);
  const endToken = Math.min(sentence.endToken, end + MAX_CONTEXT_TOKENS);
  if (firstToken === sentence.firstToken && endToken === sentence.endToken) return sentence;
  const start = doc.tokens[firstToken]?.start ?? sentence.start;
  return { start, end: doc.tokens[endToken - 1]?.end ?? start, firstToken, endToken };
}

/**
 * The features the target-sentiment model reads for the target tokens `[first, end)` of
 * `sentence`: context words by side and distance, negation, AFINN sums, the verbs the target is
 * subject or object of, and the target's role. The target's own words are left out, so the model
 * learns how sentences speak about someone, not who is liked.
 */
export function readTargetFeatures(doc: Document, fullSentence: Sentence, first: number, end: number, features: FeatureSink): void {
  const sentence = contextWindow(doc, fullSentence, first, end);
  features.add('bias', 1);
  const cues = negationCues(doc, sentence);
  addContextFeatures(features, doc, sentence, cues, first, end);
  addVerbFeatures(features, doc, sentence, cues, first, end);
  addRoleFeatures(features, doc, sentence, first, end);
}

/** `readTargetFeatures`, gathered by name (for training and inspecting the model). */
export function targetSentimentFeatures(doc: Document, fullSentence: Sentence, first: number, end: number): TargetFeatures {
  const features = new Map<string, number>();
  const add = (name: string, value: number): void => {
    features.set(name, (features.get(name) ?? 0) + value);
  };
  readTargetFeatures(doc, fullSentence, first, end, { add, addWord: (bag, word, value) => add(`${bag}:${word}`, value) });
  return features;
}

/** The target's tokens `[first, end)` inside its sentence, located from character offsets. */
export interface TargetTokens {
  readonly sentence: Sentence;
  readonly first: number;
  readonly end: number;
}

/**
 * Finds the tokens of the character span `[start, end)`, clamped into the sentence of its first
 * token; `undefined` when the text has no token there (an empty text).
 */
export function locateTarget(doc: Document, start: number, end: number): TargetTokens | undefined {
  const firstToken = Math.min(tokenIndexAtOffset(doc, start), doc.tokens.length - 1);
  const sentence = doc.sentences[doc.tokens[firstToken]?.sentence ?? -1];
  if (sentence === undefined) return undefined;
  const first = Math.max(firstToken, sentence.firstToken);
  const last = Math.min(Math.max(first + 1, tokenIndexAtOffset(doc, end)), sentence.endToken);
  return { sentence, first, end: last };
}
