import type { Clause } from './make-clause';
import type { StanceTrigger } from './find-stance-triggers';
import { APPOSITIVE_NOUNS } from './lexicons/appositive-nouns';
import { SPEECH_ACT_NOUNS } from './lexicons/speech-act-nouns';
import { AUXILIARY, CLAUSE_BOUNDARY, COMMA, COORDINATOR, isMarked, NEGATION, OBJECT_PRONOUN } from './mark-stance-words';
import { normalAt } from './normal-at';
import type { ActorGroup } from './stance-actor';
import type { StanceArgument } from './stance-argument';

// How far a stance word reaches for its object, in tokens. A bounded window keeps the search
// linear and stops stance from leaking into the next clause.
const MAX_OBJECT_DISTANCE = 14;
// A possessive right after the word makes the object a thing of someone's (`backing his bill`), not a party further on.
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'its', 'their', 'my', 'our', 'your']);

// A direct frame's object may open with an article or a quantifier (`banned the X`, `ban all X`).
const DIRECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'all', 'some', 'most', 'many', 'several']);

/** Looks right after a target for a word that predicates of it (`… that X step down`). */
function findTrailingPredicates(clause: Clause, from: number): StanceTrigger[] {
  const trailing: StanceTrigger[] = [];
  const limit = Math.min(clause.end, from + 4);
  for (let index = from; index < limit; index += 1) {
    if (isMarked(clause.marks, index, CLAUSE_BOUNDARY | COMMA)) break;
    const trigger = clause.triggerAt.get(index);
    if (trigger?.word.target === 'subject') trailing.push(trigger);
  }
  return trailing;
}

/** `demands from X`: X is who demands, the object of a stance toward the demand. */
function isSpeechActSource(clause: Clause, group: ActorGroup): boolean {
  let preposition = group.first - 1;
  if (normalAt(clause, preposition) === 'the') preposition -= 1;
  const word = normalAt(clause, preposition);
  return (word === 'from' || word === 'by') && SPEECH_ACT_NOUNS.has(normalAt(clause, preposition - 1));
}

/** `and`/`but` before a verb starts a second predicate (`criticised X and called for Y`): the object ends there. */
function isCoordinatedPredicate(clause: Clause, index: number): boolean {
  if (!isMarked(clause.marks, index, COORDINATOR)) return false;
  const next = clause.doc.tokens[index + 1];
  const after = clause.doc.tokens[index + 2];
  return next?.pos === 'VERB' || next?.pos === 'AUX' || (next?.pos === 'ADV' && after?.pos === 'VERB');
}

/** `his wife, X`: after a possessive pronoun, a person named in apposition to a one- or two-word noun. */
function namedInApposition(clause: Clause, first: number): ActorGroup | undefined {
  let index = first;
  while (index < first + 2 && clause.doc.tokens[index]?.pos === 'NOUN') index += 1;
  if (index === first || normalAt(clause, index) !== ',') return undefined;
  const group = clause.groupAt.get(index + 1);
  return group !== undefined && group.isPeople && normalAt(clause, group.end) === ',' ? group : undefined;
}

/** A comma ends the object, except right after a noun naming a party (`Tehran's ally, the militia X`). */
function isObjectComma(clause: Clause, trigger: StanceTrigger, index: number): boolean {
  if (!isMarked(clause.marks, index, COMMA)) return false;
  if (index > trigger.end || !APPOSITIVE_NOUNS.has(normalAt(clause, trigger.first))) return true;
  const next = normalAt(clause, index + 1);
  return !(next === 'the' || next === 'a' || clause.groupAt.has(index + 1));
}

/**
 * Finds the object of a stance word: the first group to its right in the clause that is not a place
 * (`a campaign in Syria`) nor a nationality adjective (`Syrian rebels`). Stance words passed on the
 * way compose: `oppose attempts to dump X` multiplies oppose (-1) by dump (-1) into support of X.
 */
export function findStanceObject(clause: Clause, trigger: StanceTrigger): StanceArgument | undefined {
  let sign: 1 | -1 = 1;
  const chain: StanceTrigger[] = [];
  const limit = Math.min(clause.end, trigger.end + MAX_OBJECT_DISTANCE);
  let index = trigger.end;
  // The frame's own preposition introduces the object and is no stance of its own (`lawsuit against X`);
  // without it the word has no object (`a campaign with X`). A direct frame takes only the next noun phrase.
  const { preposition, isDirect } = trigger.word;
  let governedAt = preposition === undefined ? -1 : index + 1;
  if (preposition !== undefined) {
    if (normalAt(clause, index) !== preposition) return undefined;
    index += 1;
  }
  if (POSSESSIVE_PRONOUNS.has(normalAt(clause, index))) {
    const named = namedInApposition(clause, index + 1);
    return named === undefined ? undefined : { group: named, sign, chain };
  }
  const directLimit = index + (DIRECT_DETERMINERS.has(normalAt(clause, index)) ? 2 : 1);
  // A noun's object lies in its own phrase: an auxiliary starts the sentence's predicate (`X and its allies will seek Y`).
  const isNoun = clause.doc.tokens[trigger.first]?.pos === 'NOUN';
  while (index < (isDirect ? Math.min(limit, directLimit) : limit)) {
    // The words the search stops at or counts are read from the document's marks (markStanceWords).
    const isPronounObject = isMarked(clause.marks, index, OBJECT_PRONOUN) && !clause.groupAt.has(index);
    if (isMarked(clause.marks, index, CLAUSE_BOUNDARY) || isPronounObject || isObjectComma(clause, trigger, index) || isCoordinatedPredicate(clause, index)) return undefined;
    if (isNoun && isMarked(clause.marks, index, AUXILIARY)) return undefined;
    const group = clause.groupAt.get(index);
    // A phrase's own preposition governs the group right after it (`stand by X`, `fight alongside X`).
    // So does a frame's own preposition, even a place one (`tariffs on X`).
    // Past a frame's own preposition, `from` names whose goods they are (`tariffs on goods from X`).
    const isGoverned = (index === trigger.end && trigger.end - trigger.first > 1) || index === governedAt
      || (governedAt !== -1 && normalAt(clause, index - 1) === 'from');
    if (group !== undefined && (!group.isPlace || isGoverned || isSpeechActSource(clause, group)) && !group.isAdjective) {
      const trailing = findTrailingPredicates(clause, group.end);
      for (const inner of trailing) sign = (sign * inner.word.polarity) as 1 | -1;
      return { group, sign, chain: [...chain, ...trailing] };
    }
    const inner = clause.triggerAt.get(index);
    if (inner !== undefined && inner.word.target !== 'subject' && group === undefined) {
      sign = (sign * inner.word.polarity) as 1 | -1;
      chain.push(inner);
      index = inner.end;
      // A composed word's own preposition governs the group after it (`called for tariffs on X`).
      // The preposition is part of that frame, no stance of its own (`a lawsuit against X` flips once).
      if (inner.word.preposition !== undefined && normalAt(clause, index) === inner.word.preposition) {
        index += 1;
        governedAt = index;
      }
      continue;
    }
    if (isMarked(clause.marks, index, NEGATION)) sign = (-sign) as 1 | -1;
    index = group === undefined ? index + 1 : group.end;
  }
  return undefined;
}
