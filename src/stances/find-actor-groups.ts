import { PERSON_TITLES, TITLE_MODIFIERS } from '../entities/lexicons/titles';
import type { Document } from '../document/read-document';
import { GROUP_CONNECTORS } from './lexicons/group-connectors';
import { PLACE_PREPOSITIONS } from './lexicons/place-prepositions';
import { STANCE_VERBS } from './lexicons/stance-verbs';
import type { ActorGroup, StanceActor } from './stance-actor';

// Prepositions after which a party is never the subject of a stance (`sent advisers to X to back
// Y`: X does not back Y), on top of the place prepositions.
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'with', 'against', 'toward', 'towards', 'alongside']);
const MAX_GAP = 4;

/** Connectors, and the titles of a coordinated name (`X and Russian President Y`), may join two members. */
function isConnectorGap(doc: Document, from: number, to: number): boolean {
  if (to - from > MAX_GAP) return false;
  let hasConnector = to === from;
  for (let index = from; index < to; index += 1) {
    const token = doc.tokens[index];
    if (token === undefined) return false;
    if (GROUP_CONNECTORS.has(token.normal)) {
      hasConnector = true;
      continue;
    }
    const isTitle = PERSON_TITLES.has(token.normal) || TITLE_MODIFIERS.has(token.normal) || token.pos === 'PROPN';
    if (!isTitle) return false;
  }
  return hasConnector;
}

/** The preposition governing the token at `first`, past one article (`in the Kremlin` → `in`). */
function prepositionBefore(doc: Document, first: number): string {
  let before = first - 1;
  if (doc.tokens[before]?.normal === 'the') before -= 1;
  const token = doc.tokens[before];
  // The object of a stance verb (`defending X and confronting Y`) is not the next verb's subject.
  return token === undefined ? '' : token.pos === 'VERB' && STANCE_VERBS.has(token.lemma) ? '<verb>' : token.normal;
}

// A possessive ending (`'s`) or a bare apostrophe after a plural (`the allies'`).
const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'", '’', "'s", '’s']);

// Nearly every group is one actor: its one name needs no set to drop repeats.
function distinctNames(members: readonly StanceActor[]): string[] {
  return members.length === 1 ? [members[0]?.name ?? ''] : [...new Set(members.map((actor) => actor.name))];
}

function makeGroup(doc: Document, members: readonly StanceActor[]): ActorGroup {
  const first = members[0]?.first ?? 0;
  const end = members[members.length - 1]?.end ?? first;
  const preposition = prepositionBefore(doc, first);
  // A possessor is never the place itself: `from Tehran's ally` is about the ally.
  const isPossessor = POSSESSIVE_MARKS.has(doc.tokens[end]?.normal ?? '');
  const isPlace = PLACE_PREPOSITIONS.has(preposition);
  return {
    members: distinctNames(members), first, end,
    isPlace,
    isObject: !isPossessor && (isPlace || OBJECT_PREPOSITIONS.has(preposition) || preposition === '<verb>'),
    isPossessor,
    isAdjective: members.every((actor) => actor.isAdjective),
    isPeople: members.every((actor) => actor.type === 'PERSON'),
    isOrganisations: members.every((actor) => actor.type === 'ORG'),
  };
}

// The longest bracket read as a label after a name (`(D-N.Y.)`, `(R-Texas)`).
const MAX_LABEL_TOKENS = 8;

/** The token after the `)` of a bracket opening at `open`, or -1 when no short bracket opens there. */
function bracketEnd(doc: Document, open: number): number {
  if (doc.tokens[open]?.value !== '(') return -1;
  for (let index = open + 1; index < doc.tokens.length && index - open <= MAX_LABEL_TOKENS; index += 1) {
    if (doc.tokens[index]?.value === ')') return index + 1;
  }
  return -1;
}

/** `X, Y's critic`: a possessor after a bare comma opens an apposition about X, not a list with X. */
function isApposedPossessor(doc: Document, last: StanceActor, actor: StanceActor): boolean {
  return actor.first === last.end + 1 && doc.tokens[last.end]?.normal === ',' && POSSESSIVE_MARKS.has(doc.tokens[actor.end]?.normal ?? '');
}

/**
 * Joins coordinated actors into groups (`Russia and Iran`, `the United States, France and Britain`),
 * since every member holds or receives the stance of the group (coordination gives two holders).
 * People join people and countries join countries, so an apposition (`X, the country's leader`)
 * stays apart. `actors` must be sorted and lie in one clause.
 */
export function findActorGroups(doc: Document, actors: readonly StanceActor[]): ActorGroup[] {
  const groups: ActorGroup[] = [];
  let members: StanceActor[] = [];
  for (const actor of actors) {
    const last = members[members.length - 1];
    // A person's party label in brackets (`X (D-Ohio), Y (R-Utah) and Z`) belongs to that person: no party of its own.
    const labelEnd = last?.type === 'PERSON' ? bracketEnd(doc, last.end) : -1;
    if (last !== undefined && actor.first < labelEnd) continue;
    const isSameKind = last !== undefined && (last.type === 'PERSON') === (actor.type === 'PERSON');
    if (last !== undefined && isSameKind && isConnectorGap(doc, Math.max(last.end, labelEnd), actor.first) && !isApposedPossessor(doc, last, actor)) {
      members.push(actor);
      continue;
    }
    if (members.length > 0) groups.push(makeGroup(doc, members));
    members = [actor];
  }
  if (members.length > 0) groups.push(makeGroup(doc, members));
  return groups;
}
