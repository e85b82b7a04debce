import { findSharedSubject } from './find-shared-subject';
import { findStanceSubject } from './find-stance-subject';
import { NAMING_VERBS } from './lexicons/naming-verbs';
import type { Clause } from './make-clause';
import { isMarked, NAMING_VERB, type StanceWordMarks } from './mark-stance-words';
import { normalAt } from './normal-at';
import type { ActorGroup } from './stance-actor';
import type { StanceEvidence } from './stance-evidence';
import { afinnOf } from './target-sentiment-features';

// How far a predicate reaches after its object, in tokens (`a "huge win for the state's voters."`).
const MAX_PREDICATE_TOKENS = 10;
// The least AFINN sum that states a stance: one clearly judging word (`outrageous` -3, `win` 4); a
// mild one (`huge` 1) alone is description, not judgement.
const MIN_JUDGEMENT = 2;
// At most this many nouns follow a possessor in the object (`X's business practices`).
const MAX_POSSESSED_NOUNS = 2;
// The strength of a naming stance, like a plain stance verb's (2 of 3).
const NAMING_STRENGTH = 2 / 3;
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", '’s']);
const POSSESSED_TAGS: ReadonlySet<string> = new Set(['NOUN', 'VERB', 'ADJ']);
// What a predicate may open with: an article, a quotation mark, an adjective or a noun, never a
// preposition (`called X on Tuesday`, `called X to complain`).
const PREDICATE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PUNCT', 'ADV']);
const PREDICATE_ENDS: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?', 'but', 'while', 'who', 'which', 'that']);

/** The party named as the object (`Y`, `the senator`, `Y's behaviour`) and the token after its phrase. */
function findNamedObject(clause: Clause, verb: number): { group: ActorGroup; end: number } | undefined {
  const first = normalAt(clause, verb + 1) === 'the' ? verb + 2 : verb + 1;
  const group = clause.groupAt.get(first);
  if (group === undefined) return undefined;
  if (!POSSESSIVE_MARKS.has(normalAt(clause, group.end))) return { group, end: group.end };
  let end = group.end + 1;
  // After a possessive the next words are the thing possessed, whatever tag wink-nlp gives them (`conduct`).
  while (end - group.end <= MAX_POSSESSED_NOUNS && POSSESSED_TAGS.has(clause.doc.tokens[end]?.pos ?? '')) end += 1;
  return end === group.end + 1 ? undefined : { group, end };
}

/** The AFINN sum of the predicate that starts at `first`, or 0 when what follows is no predicate. */
function judgementOf(clause: Clause, first: number, needsAs: boolean): number {
  let index = first;
  if (needsAs) {
    if (normalAt(clause, index) !== 'as') return 0;
    index += 1;
  }
  if (!PREDICATE_TAGS.has(clause.doc.tokens[index]?.pos ?? '') || normalAt(clause, index) === ',') return 0;
  let sum = 0;
  for (let end = Math.min(clause.end, index + MAX_PREDICATE_TOKENS); index < end; index += 1) {
    const token = clause.doc.tokens[index];
    // `… "outrageous" and called for …`: a second predicate ends this one.
    if (token === undefined || PREDICATE_ENDS.has(token.normal) || (token.normal === 'and' && clause.doc.tokens[index + 1]?.pos === 'VERB')) break;
    sum += afinnOf(token);
  }
  return sum;
}

/**
 * Finds the stances a naming verb states through its predicate: `X called Y a "disgrace"` (X
 * opposes Y), `X called Y's ruling a "huge win"` (X supports Y), `X described Y as "brilliant"`.
 * The holder is the verb's subject, or the subject it shares (`…, calling Y "reckless"`).
 */
export function findNamingStances(clause: Clause, verbs: readonly number[]): StanceEvidence[] {
  const evidence: StanceEvidence[] = [];
  for (const verb of verbs) {
    const needsAs = NAMING_VERBS.get(clause.doc.tokens[verb]?.lemma ?? '') ?? false;
    const object = findNamedObject(clause, verb);
    const judgement = object === undefined ? 0 : judgementOf(clause, object.end, needsAs);
    if (object === undefined || Math.abs(judgement) < MIN_JUDGEMENT) continue;
    const shared = findSharedSubject(clause, { first: verb });
    const subject = shared === undefined ? findStanceSubject(clause, verb) : shared;
    // `X did not call Y a liar` denies the judgement; it states none.
    if (subject == null || subject.sign === -1) continue;
    for (const holder of subject.group.members) {
      for (const target of object.group.members) {
        const sign = judgement > 0 ? 1 : -1;
        if (holder !== target) evidence.push({ holder, target, sign, strength: NAMING_STRENGTH, sentence: clause.sentence, rule: `naming:${clause.doc.tokens[verb]?.lemma ?? ''}` });
      }
    }
  }
  return evidence;
}

/** The naming verbs of tokens `first` up to `end` (`called`, `described`), by index. */
export function findNamingVerbs(marks: StanceWordMarks, first: number, end: number): number[] {
  const verbs: number[] = [];
  for (let index = first; index < end; index += 1) {
    if (isMarked(marks, index, NAMING_VERB)) verbs.push(index);
  }
  return verbs;
}
