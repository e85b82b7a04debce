import Sentiment from 'sentiment';
import { tokenIndexAtOffset } from '../document/accessors';
import { readDocument, type Document, type Sentence } from '../document/read-document';
import { tagDocumentEntities } from '../entities/tag-document-entities';
import { assertString, typeName } from '../errors';
import { CONTRAST_WORDS } from './lexicons/contrast-words';
import { NEGATIONS } from './lexicons/negations';
import { STANCE_VERBS } from './lexicons/stance-verbs';

/** How the sentence around a target portrays it. */
export interface TargetSentiment {
  /** The portrayal in [-1, 1]: negative is unfavourable, positive favourable. */
  readonly score: number;
  /** The score read as a label: beyond ±`LABEL_THRESHOLD` it is positive or negative. */
  readonly label: 'positive' | 'neutral' | 'negative';
}

// Weights, each with its reason:
// - a word's weight halves every DISTANCE_HALF_LIFE tokens away from the target (closer words are
//   more likely about it);
// - a word in another clause than the target's counts OTHER_CLAUSE_WEIGHT, and a clause before a
//   contrast word (`but`) that the target is after counts BEFORE_CONTRAST_WEIGHT, since `but`
//   shifts what the sentence asserts to what follows;
// - a word nearer another entity than the target is about that entity: OTHER_ENTITY_WEIGHT;
// - AFINN scores run -5 to 5; SCORE_SCALE maps a weighted sum to [-1, 1] with tanh.
const DISTANCE_HALF_LIFE = 4;
const OTHER_CLAUSE_WEIGHT = 0.4;
const BEFORE_CONTRAST_WEIGHT = 0.15;
const OTHER_ENTITY_WEIGHT = 0.3;
const NEGATION_REACH = 3;
// Words this far from the target weigh under 0.1% and are not read: this keeps a huge run-on
// sentence linear.
const MAX_REACH = 40;
const SCORE_SCALE = 3;
// A target that is only the source of what is reported (`X said …`, `according to X`) or a place
// (`protesters in X`) is rarely what the loaded words are about.
const SOURCE_WEIGHT = 0.05;
const PLACE_WEIGHT = 0.05;
const SPEECH_REACH = 3;
// Verbs that only report (a speech verb that takes a side, `rejected`, `warned`, is sentiment itself).
const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'state', 'report', 'announce', 'write', 'note', 'explain', 'confirm', 'quote', 'tweet',
  'post', 'comment', 'remark', 'publish',
]);
// Prepositions that make the target the scene of the sentence (`protesters in X`), not an actor;
// `from` and `by` are left out: `volunteers from X helped` is about X's people.
const SCENE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'inside', 'across', 'throughout', 'into', 'over']);
const LABEL_THRESHOLD = 0.1;
const CLAUSE_MARKS: ReadonlySet<string> = new Set([',', ';', ':', '—', '–', '(', ')']);

function assertTarget(value: unknown): asserts value is { start: number; end: number } {
  const target = value as { start?: unknown; end?: unknown } | null;
  if (typeof value !== 'object' || target === null || typeof target.start !== 'number' || typeof target.end !== 'number'
    || Number.isNaN(target.start) || Number.isNaN(target.end)) {
    throw new TypeError(`presswork: \`target\` must be an object with numeric \`start\` and \`end\`, received ${typeName(value)}`);
  }
}

/** Numbers each token of the sentence with its clause; contrast words and clause marks open a new one. */
function clauseNumbers(doc: Document, sentence: Sentence): { clauses: number[]; contrastAfter: Set<number> } {
  const clauses: number[] = [];
  const contrastAfter = new Set<number>();
  let clause = 0;
  for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
    const normal = doc.tokens[index]?.normal ?? '';
    if (CONTRAST_WORDS.has(normal)) {
      clause += 1;
      contrastAfter.add(clause);
    } else if (CLAUSE_MARKS.has(normal)) clause += 1;
    clauses.push(clause);
  }
  return { clauses, contrastAfter };
}

function isNegated(doc: Document, index: number, first: number): boolean {
  for (let back = index - 1; back >= Math.max(first, index - NEGATION_REACH); back -= 1) {
    if (NEGATIONS.has(doc.tokens[back]?.normal ?? '')) return true;
  }
  return false;
}

/** The distance in tokens from `index` to the nearest token of the span `[first, end)`. */
function distanceTo(index: number, first: number, end: number): number {
  return index < first ? first - index : index >= end ? index - end + 1 : 0;
}

function otherEntityRanges(doc: Document, sentence: Sentence, targetFirst: number, targetEnd: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const mention of tagDocumentEntities(doc)) {
    const first = tokenIndexAtOffset(doc, mention.start);
    const end = Math.max(first + 1, tokenIndexAtOffset(doc, mention.end));
    if (first < Math.max(sentence.firstToken, targetFirst - MAX_REACH) || first >= Math.min(sentence.endToken, targetEnd + MAX_REACH)) continue;
    if (first < targetEnd && end > targetFirst) continue;
    ranges.push([first, end]);
  }
  return ranges;
}

/** A word's polarity: AFINN on the word or its lemma, else a stance verb's polarity (`thank`, `oppose`). */
function wordScore(analyzer: Sentiment, doc: Document, index: number): number {
  const token = doc.tokens[index];
  if (token === undefined || token.type !== 'word') return 0;
  const afinn = analyzer.analyze(token.normal).score || analyzer.analyze(token.lemma).score;
  if (afinn !== 0) return afinn;
  const stance = token.pos === 'VERB' ? STANCE_VERBS.get(token.lemma) : undefined;
  return stance === undefined ? 0 : stance.polarity * stance.strength;
}

/** Whether the target is the source of a report: `X said`, `a spokesman for X told`, `according to X`. */
function isSource(doc: Document, targetFirst: number, targetEnd: number): boolean {
  if (doc.tokens[targetFirst - 1]?.normal === 'to' && doc.tokens[targetFirst - 2]?.normal === 'according') return true;
  for (let index = targetEnd; index < targetEnd + SPEECH_REACH; index += 1) {
    const token = doc.tokens[index];
    if (token !== undefined && token.pos === 'VERB' && REPORTING_VERBS.has(token.lemma)) return true;
  }
  return false;
}

function labelOf(score: number): TargetSentiment['label'] {
  return score > LABEL_THRESHOLD ? 'positive' : score < -LABEL_THRESHOLD ? 'negative' : 'neutral';
}

/**
 * Scores how the sentence containing `target` portrays it, with AFINN word polarity (the
 * `sentiment` package) weighted toward the target: closer words, words of the target's own clause
 * and of the clause after a contrast (`but`) weigh more; negated words flip; words nearer another
 * entity weigh less. A target out of range is clamped into the text; an empty text is neutral.
 */
export function targetSentiment(text: string, target: { start: number; end: number }): TargetSentiment {
  assertString(text, 'text');
  assertTarget(target);
  const start = Math.max(0, Math.min(Math.floor(target.start), text.length));
  const end = Math.max(start, Math.min(Math.ceil(target.end), text.length));
  const doc = readDocument(text);
  const firstToken = Math.min(tokenIndexAtOffset(doc, start), doc.tokens.length - 1);
  const sentence = doc.sentences[doc.tokens[firstToken]?.sentence ?? -1];
  if (sentence === undefined) return { score: 0, label: 'neutral' };
  const targetFirst = Math.max(firstToken, sentence.firstToken);
  const targetEnd = Math.min(Math.max(targetFirst + 1, tokenIndexAtOffset(doc, end)), sentence.endToken);
  const score = scoreSentence(doc, sentence, targetFirst, targetEnd);
  return { score, label: labelOf(score) };
}

function scoreSentence(doc: Document, sentence: Sentence, targetFirst: number, targetEnd: number): number {
  const analyzer = new Sentiment();
  const { clauses, contrastAfter } = clauseNumbers(doc, sentence);
  const targetClause = clauses[targetFirst - sentence.firstToken] ?? 0;
  const others = otherEntityRanges(doc, sentence, targetFirst, targetEnd);
  let total = 0;
  const last = Math.min(sentence.endToken, targetEnd + MAX_REACH);
  for (let index = Math.max(sentence.firstToken, targetFirst - MAX_REACH); index < last; index += 1) {
    if (index >= targetFirst && index < targetEnd) continue;
    const word = wordScore(analyzer, doc, index);
    if (word === 0) continue;
    const distance = distanceTo(index, targetFirst, targetEnd);
    let weight = 0.5 ** (distance / DISTANCE_HALF_LIFE);
    const clause = clauses[index - sentence.firstToken] ?? 0;
    if (clause < targetClause && [...contrastAfter].some((opened) => opened > clause && opened <= targetClause)) {
      weight *= BEFORE_CONTRAST_WEIGHT;
    } else if (clause !== targetClause) weight *= OTHER_CLAUSE_WEIGHT;
    if (others.some(([first, otherEnd]) => distanceTo(index, first, otherEnd) < distance)) weight *= OTHER_ENTITY_WEIGHT;
    total += (isNegated(doc, index, sentence.firstToken) ? -word : word) * weight;
  }
  if (isSource(doc, targetFirst, targetEnd)) total *= SOURCE_WEIGHT;
  if (SCENE_PREPOSITIONS.has(doc.tokens[targetFirst - 1]?.normal ?? '')) total *= PLACE_WEIGHT;
  return Math.round(Math.tanh(total / SCORE_SCALE) * 1000) / 1000;
}
