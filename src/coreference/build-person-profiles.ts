import { spanAtToken, tokenIndexAtOffsetFrom } from '../document/accessors';
import { FIRST_NAME_GENDER } from '../entities/lexicons/first-names';
import { GENDERED_TITLES, PERSON_TITLES, TITLE_MODIFIERS } from '../entities/lexicons/titles';
import { ROLE_NOUNS } from './lexicons/reference-words';
import { placeKey } from './place-key';
import type { Coreference, PersonProfile } from './types';

/** The part of the coreference that profiles read: the document and its mentions indexed by token. */
type MentionIndex = Pick<Coreference, 'doc' | 'entities' | 'mentionOfToken'>;

// `Canada’s Deputy Foreign Minister X`: titles stand within a few tokens of the name.
const MAX_TITLE_TOKENS = 7;

// A plain test rather than a regular expression: this runs at every token of every look-back.
function titleWord(normal: string): string {
  return normal.endsWith('.') ? normal.slice(0, -1) : normal;
}

interface MutableProfile { titles: Set<string>; places: Set<string>; gender: 'male' | 'female' | null }

function readTitlesBefore(context: MentionIndex, firstToken: number, profile: MutableProfile): void {
  const tokens = context.doc.tokens;
  for (let index = firstToken - 1; index >= 0 && firstToken - index <= MAX_TITLE_TOKENS; index -= 1) {
    const token = tokens[index];
    if (token === undefined) return;
    const mention = spanAtToken(context.entities, context.mentionOfToken, index);
    const word = titleWord(token.normal);
    if (mention !== undefined) {
      if (mention.type !== 'GPE' && mention.type !== 'NORP') return;
      profile.places.add(placeKey(mention.text));
    } else if (PERSON_TITLES.has(word) || TITLE_MODIFIERS.has(word) || ROLE_NOUNS.has(word)) {
      profile.titles.add(word);
      profile.gender ??= GENDERED_TITLES.get(word) ?? null;
    } else if (!(word === "'s" || word === '’s' || word === 'to' || word === 'of' || word === '.' || (word === ',' && index === firstToken - 1))) {
      return;
    }
  }
}

/** `Ravi Patel, Ontario’s finance minister,`, `Jane Roe, the Green nominee,`: titles and roles in an appositive right after the name. */
function readTitlesAfter(context: MentionIndex, endToken: number, profile: MutableProfile): void {
  const tokens = context.doc.tokens;
  if (tokens[endToken]?.value !== ',') return;
  for (let index = endToken + 1; index < tokens.length && index - endToken <= MAX_TITLE_TOKENS; index += 1) {
    const token = tokens[index];
    if (token === undefined || token.value === ',' || token.pos === 'VERB' || token.pos === 'AUX') return;
    const mention = spanAtToken(context.entities, context.mentionOfToken, index);
    const word = titleWord(token.normal);
    if (mention?.type === 'PERSON') return;
    if (mention?.type === 'GPE' || mention?.type === 'NORP') profile.places.add(placeKey(mention.text));
    else if (PERSON_TITLES.has(word) || TITLE_MODIFIERS.has(word) || ROLE_NOUNS.has(word)) profile.titles.add(word);
  }
}

/** The gender of a full name's given name (`Mark Carney` → male); a lone surname tells nothing. */
function givenNameGender(name: string): 'male' | 'female' | null {
  // The first word, without splitting the whole name: this runs for every mention of a person.
  const space = name.search(/\s/u);
  if (space === -1) return null;
  const gender = FIRST_NAME_GENDER.get(name.slice(0, space));
  return gender === 'male' || gender === 'female' ? gender : null;
}

/**
 * Builds a profile of every PERSON in the article from the titles and nationalities written before
 * their mentions (`French President Marc Roy`), so a later description (`the French leader`,
 * `the ayatollah`) can be resolved to the person it refers to. One bounded look-back per mention.
 */
export function buildPersonProfiles(context: MentionIndex): ReadonlyMap<string, PersonProfile> {
  const profiles = new Map<string, MutableProfile>();
  // The mentions are sorted, so each one's first token is found by walking on from the previous one's.
  let firstToken = 0;
  for (const mention of context.entities) {
    firstToken = tokenIndexAtOffsetFrom(context.doc, mention.start, firstToken);
    if (mention.type !== 'PERSON') continue;
    const profile = profiles.get(mention.entity) ?? { titles: new Set<string>(), places: new Set<string>(), gender: null };
    profiles.set(mention.entity, profile);
    readTitlesBefore(context, firstToken, profile);
    readTitlesAfter(context, tokenIndexAtOffsetFrom(context.doc, mention.end, firstToken), profile);
    profile.gender ??= givenNameGender(mention.text);
  }
  const byEntity = new Map<string, PersonProfile>();
  for (const [entity, { titles, places, gender }] of profiles) byEntity.set(entity, { entity, titles, places, gender });
  return byEntity;
}
