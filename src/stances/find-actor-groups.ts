import type { Document } from '../document/read-document';
import {
  COMMA, GROUP_CONNECTOR, isMarked, OBJECT_PREPOSITION, OPENING_BRACKET, PLACE_PREPOSITION, POSSESSIVE_MARK, PROPER_NOUN,
  STANCE_VERB, THE, TITLE_WORD, type StanceWordMarks,
} from './mark-stance-words';
import type { ActorGroup, StanceActor } from './stance-actor';

const MAX_GAP = 4;

/** Connectors, and the titles of a coordinated name (`X and Russian President Y`), may join two members. */
function isConnectorGap(marks: StanceWordMarks, from: number, to: number): boolean {
  if (to - from > MAX_GAP) return false;
  let hasConnector = to === from;
  for (let index = from; index < to; index += 1) {
    if (isMarked(marks, index, GROUP_CONNECTOR)) {
      hasConnector = true;
      continue;
    }
    if (!isMarked(marks, index, TITLE_WORD | PROPER_NOUN)) return false;
  }
  return hasConnector;
}

/**
 * The index of the word governing the token at `first` (a preposition or a verb), past one article
 * (`in the Kremlin` → `in`). What that word is, is read from its marks: this runs for every group.
 */
function governorBefore(marks: StanceWordMarks, first: number): number {
  return isMarked(marks, first - 1, THE) ? first - 2 : first - 1;
}

// Nearly every group is one actor: its one name needs no set to drop repeats.
function distinctNames(members: readonly StanceActor[]): string[] {
  return members.length === 1 ? [members[0]?.name ?? ''] : [...new Set(members.map((actor) => actor.name))];
}

function makeGroup(marks: StanceWordMarks, members: readonly StanceActor[]): ActorGroup {
  const first = members[0]?.first ?? 0;
  const end = members[members.length - 1]?.end ?? first;
  const governor = governorBefore(marks, first);
  // The object of a stance verb (`defending X and confronting Y`) is not the next verb's subject.
  const isStanceVerbObject = isMarked(marks, governor, STANCE_VERB);
  // A possessor is never the place itself: `from Tehran's ally` is about the ally.
  const isPossessor = isMarked(marks, end, POSSESSIVE_MARK);
  const isPlace = !isStanceVerbObject && isMarked(marks, governor, PLACE_PREPOSITION);
  return {
    members: distinctNames(members), first, end,
    isPlace,
    isObject: !isPossessor && (isPlace || isStanceVerbObject || isMarked(marks, governor, OBJECT_PREPOSITION)),
    isPossessor,
    isAdjective: members.every((actor) => actor.isAdjective),
    isPeople: members.every((actor) => actor.type === 'PERSON'),
    isOrganisations: members.every((actor) => actor.type === 'ORG'),
  };
}

// The longest bracket read as a label after a name (`(D-N.Y.)`, `(R-Texas)`).
const MAX_LABEL_TOKENS = 8;

/** The token after the `)` of a bracket opening at `open`, or -1 when no short bracket opens there. */
function bracketEnd(doc: Document, marks: StanceWordMarks, open: number): number {
  if (!isMarked(marks, open, OPENING_BRACKET)) return -1;
  for (let index = open + 1; index < doc.tokens.length && index - open <= MAX_LABEL_TOKENS; index += 1) {
    if (doc.tokens[index]?.value === ')') return index + 1;
  }
  return -1;
}

/** `X, Y's critic`: a possessor after a bare comma opens an apposition about X, not a list with X. */
function isApposedPossessor(marks: StanceWordMarks, last: StanceActor, actor: StanceActor): boolean {
  return actor.first === last.end + 1 && isMarked(marks, last.end, COMMA) && isMarked(marks, actor.end, POSSESSIVE_MARK);
}

/**
 * Joins coordinated actors into groups (`Russia and Iran`, `the United States, France and Britain`),
 * since every member holds or receives the stance of the group (coordination gives two holders).
 * People join people and countries join countries, so an apposition (`X, the country's leader`)
 * stays apart. `actors` must be sorted and lie in one clause.
 */
export function findActorGroups(doc: Document, marks: StanceWordMarks, actors: readonly StanceActor[]): ActorGroup[] {
  const groups: ActorGroup[] = [];
  let members: StanceActor[] = [];
  for (const actor of actors) {
    const last = members[members.length - 1];
    // A person's party label in brackets (`X (D-Ohio), Y (R-Utah) and Z`) belongs to that person: no party of its own.
    const labelEnd = last?.type === 'PERSON' ? bracketEnd(doc, marks, last.end) : -1;
    if (last !== undefined && actor.first < labelEnd) continue;
    const isSameKind = last !== undefined && (last.type === 'PERSON') === (actor.type === 'PERSON');
    if (last !== undefined && isSameKind && isConnectorGap(marks, Math.max(last.end, labelEnd), actor.first) && !isApposedPossessor(marks, last, actor)) {
      members.push(actor);
      continue;
    }
    if (members.length > 0) groups.push(makeGroup(marks, members));
    members = [actor];
  }
  if (members.length > 0) groups.push(makeGroup(marks, members));
  return groups;
}
