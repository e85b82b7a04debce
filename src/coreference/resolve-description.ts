import { spanAtToken } from '../document/accessors';
import type { EntityMention } from '../types';
import { PERSON_TITLES } from '../entities/lexicons/titles';
import { lastMentionBefore, lastMentionOfType, LOOK_BACK_MENTIONS } from './find-mentions-before';
import { BUSINESS_HEADS, COURT_WORDS, DEFINITE_DETERMINERS, DOCUMENT_HEADS, LEADER_TITLES, ORGANISATION_HEADS, PUBLIC_BODY_WORDS, ROLE_NOUNS, TITLE_SYNONYMS } from './lexicons/reference-words';
import { placeKey } from './place-key';
import type { Coreference, CoreferenceLink, PersonProfile } from './types';

function mentionAt(coreference: Coreference, index: number): EntityMention | undefined {
  return spanAtToken(coreference.entities, coreference.mentionOfToken, index);
}

/** The head of a noun phrase: the word before its first preposition outside a name, else its last word. */
export function headOfPhrase(coreference: Coreference, first: number, end: number): number {
  for (let index = first + 1; index < end; index += 1) {
    if (coreference.doc.tokens[index]?.pos === 'ADP' && coreference.mentionOfToken[index] === -1) return index - 1;
  }
  return end - 1;
}

/** What a description asks of a profile: its head word, the head's synonyms, the places it names, and whether the head is a leader's title. */
interface TitleQuery {
  readonly head: string;
  readonly synonyms: readonly string[];
  readonly places: readonly string[];
  readonly leader: boolean;
}

function hasEveryPlace(profile: PersonProfile, places: readonly string[]): boolean {
  for (const place of places) if (!profile.places.has(place)) return false;
  return true;
}

function hasTitleOf(profile: PersonProfile, query: TitleQuery): boolean {
  if (profile.titles.has(query.head)) return true;
  for (const title of query.synonyms) if (profile.titles.has(title)) return true;
  return false;
}

function hasLeaderTitle(profile: PersonProfile): boolean {
  for (const title of profile.titles) if (LEADER_TITLES.has(title)) return true;
  return false;
}

/**
 * Whether a profile fits a description, in three passes from strictest: the same title and every place;
 * the same title where the article gave the person no place; any leader's title for `leader`-like heads.
 * Runs for every person within the look-back in every pass, so what depends on the head alone is in `query`.
 */
function matchesTitle(profile: PersonProfile, query: TitleQuery, pass: number): boolean {
  const placesFit = hasEveryPlace(profile, query.places) || (pass === 1 && profile.places.size === 0);
  if (pass < 2) return placesFit && hasTitleOf(profile, query);
  return placesFit && query.leader && hasLeaderTitle(profile);
}

/** `the French leader`, `the senator` → the nearest person whose profile fits, looking back first. */
function personForTitle(coreference: Coreference, first: number, end: number, head: string): EntityMention | undefined {
  const places: string[] = [];
  for (let index = first; index < end; index += 1) {
    const mention = mentionAt(coreference, index);
    if ((mention?.type === 'GPE' || mention?.type === 'NORP') && mention.start === coreference.doc.tokens[index]?.start) places.push(placeKey(mention.text));
  }
  const query: TitleQuery = { head, synonyms: TITLE_SYNONYMS.get(head) ?? [], places, leader: LEADER_TITLES.has(head) };
  const split = lastMentionBefore(coreference, coreference.doc.tokens[first]?.start ?? 0);
  const order: number[] = [];
  for (let m = split; m >= 0 && split - m < LOOK_BACK_MENTIONS; m -= 1) order.push(m);
  for (let m = split + 1; m < coreference.entities.length && m - split <= LOOK_BACK_MENTIONS; m += 1) order.push(m);
  // The people in that order with their profiles, read once for the three passes below.
  const people: Array<{ readonly mention: EntityMention; readonly profile: PersonProfile }> = [];
  for (const m of order) {
    const mention = coreference.entities[m];
    const profile = mention?.type === 'PERSON' ? coreference.profiles.get(mention.entity) : undefined;
    if (mention !== undefined && profile !== undefined) people.push({ mention, profile });
  }
  // The person the article gave this very title wins over one who merely holds a leader's office.
  for (const pass of [0, 1, 2]) {
    for (const { mention, profile } of people) if (matchesTitle(profile, query, pass)) return mention;
  }
  return undefined;
}

/** `the IMF report`, `a recent Reuters survey`, `Jane Roe's brief`: the author named inside a document's phrase. */
function organisationInside(coreference: Coreference, first: number, head: number): EntityMention | undefined {
  for (let index = first; index < head; index += 1) {
    const mention = mentionAt(coreference, index);
    if (mention?.type === 'ORG' || mention?.type === 'PERSON') return mention;
  }
  return undefined;
}

function link(first: number, end: number, mention: EntityMention, reason: CoreferenceLink['reason'], coreference: Coreference): CoreferenceLink {
  const entity = coreference.fullNames.get(mention.entity) ?? mention.entity;
  return { first, end, entity, type: mention.type, reason, antecedent: mention.start };
}

/**
 * Resolves a description (tokens `first` to `end`, with no name at its head) to the entity it stands for:
 * a document to the organisation named in it or, if definite, to the organisation that issued it
 * (`the ruling` → the last court); a definite organisation noun to the nearest organisation of that
 * kind (`the company`, `the court`); a definite title to the person the article gave it
 * (`the senator`, `the bank's chief executive`). Indefinite and plural descriptions stay unresolved.
 */
export function resolveDescription(coreference: Coreference, first: number, end: number): CoreferenceLink | null {
  const tokens = coreference.doc.tokens;
  const head = headOfPhrase(coreference, first, end);
  const headToken = tokens[head];
  const headWord = (headToken?.lemma ?? '').toLowerCase();
  if (headToken === undefined || (headToken.normal !== headWord && headToken.normal.endsWith('s'))) return null;
  const possessive = tokens.slice(first, head).some((token) => token.normal === "'s" || token.normal === '’s');
  // A headline drops its articles (`Police chief says …`): a bare singular noun is definite too.
  const bare = tokens[first]?.pos !== 'DET';
  const definite = DEFINITE_DETERMINERS.has(tokens[first]?.normal ?? '') || possessive || bare;
  const documentKind = DOCUMENT_HEADS.get(headWord);
  if (documentKind !== undefined) {
    const named = organisationInside(coreference, first, head);
    if (named !== undefined) return link(first, end, named, 'description-named', coreference);
    if (!definite) return null;
    const issuer = lastMentionOfType(coreference, first, (type, mention) => type === 'ORG'
      && (documentKind === 'any' || mention.text.toLowerCase().split(/\s+/u).some((word) => COURT_WORDS.has(word))));
    return issuer === undefined ? null : link(first, end, issuer, 'description-document', coreference);
  }
  if (!definite) return null;
  const organisationType = head === end - 1 ? ORGANISATION_HEADS.get(headWord) : undefined;
  if (organisationType !== undefined) {
    // `the appeals court` → the last court named, not the last organisation of any kind.
    const court = COURT_WORDS.has(headWord);
    // `the bank` after a senator's hearing is the bank, not the Senate named last.
    const business = BUSINESS_HEADS.has(headWord);
    const organisation = lastMentionOfType(coreference, first, (type, mention) => type === organisationType
      && (!court || mention.text.toLowerCase().split(/\s+/u).some((word) => COURT_WORDS.has(word)))
      && (!business || !mention.text.toLowerCase().split(/\s+/u).some((word) => PUBLIC_BODY_WORDS.has(word))));
    if (organisation !== undefined) return link(first, end, organisation, 'description-organisation', coreference);
  }
  if (!PERSON_TITLES.has(headWord) && !LEADER_TITLES.has(headWord) && !TITLE_SYNONYMS.has(headWord) && !ROLE_NOUNS.has(headWord)) return null;
  const person = personForTitle(coreference, first, end, headWord);
  return person === undefined ? null : link(first, end, person, 'description-title', coreference);
}
