import { indexSpansByToken, spanAtToken } from '../document/accessors';
import type { Document } from '../document/read-document';
import { PERSON_TITLES, TITLE_MODIFIERS } from '../entities/lexicons/titles';
import type { EntityMention } from '../types';
import { buildPersonProfiles } from './build-person-profiles';
import { firstMentionOfNearestSentence } from './find-mentions-before';
import { inTextOrder } from './in-text-order';
import { OBJECT_PRONOUNS, POSSESSIVE_PRONOUNS, REFERRING_PRONOUNS } from './lexicons/reference-words';
import type { Coreference, CoreferenceLink } from './types';

// `Jane Roe, a Democrat from Ohio, said`: an appositive is a short noun phrase between two commas.
const MAX_APPOSITIVE_TOKENS = 12;
const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** `State Jane Roe` (from `Secretary of State Jane Roe`) → `Jane Roe`: title words are no part of a name. */
function withoutTitles(name: string): string {
  const words = name.split(/\s+/u);
  let first = 0;
  while (words.length - first > 2 && isTitleWord(withoutFullStop((words[first] ?? '').toLowerCase()))) first += 1;
  return words.slice(first).join(' ');
}

/** `gen.` → `gen`: a title abbreviation's full stop is no part of the title. */
function withoutFullStop(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

function isTitleWord(word: string): boolean {
  return PERSON_TITLES.has(word) || TITLE_MODIFIERS.has(word);
}

/**
 * `Stumpf` → `John Stumpf` when exactly one full name of the article ends with that word, and a full
 * name that kept a title word from the tagger (`State Jane Roe`) → the name alone. A hash look-up per name.
 */
function findFullNames(entities: readonly EntityMention[]): Map<string, string> {
  const byLastWord = new Map<string, Set<string>>();
  const single = new Set<string>();
  const fullNames = new Map<string, string>();
  // An article names the same people again and again; each entity is read once (every step below
  // only adds what it already added).
  const seen = new Set<string>();
  for (const mention of entities) {
    if (mention.type !== 'PERSON' || seen.has(mention.entity)) continue;
    seen.add(mention.entity);
    const name = withoutTitles(mention.entity);
    if (name !== mention.entity) fullNames.set(mention.entity, name);
    const words = name.split(/\s+/u);
    if (words.length === 1) single.add(name);
    else byLastWord.set(words[words.length - 1] ?? '', (byLastWord.get(words[words.length - 1] ?? '') ?? new Set()).add(name));
  }
  for (const surname of single) {
    const candidates = byLastWord.get(surname);
    if (candidates?.size === 1) fullNames.set(surname, [...candidates][0] ?? surname);
  }
  return fullNames;
}

function isCompatible(coreference: Coreference, mention: EntityMention, gender: 'male' | 'female' | 'neuter' | null): boolean {
  if (mention.type !== 'PERSON') return false;
  const full = coreference.fullNames.get(mention.entity) ?? mention.entity;
  const known = coreference.profiles.get(mention.entity)?.gender ?? coreference.profiles.get(full)?.gender ?? null;
  return gender === null || known === null || known === gender;
}

/** `criticised him` → the first person of that gender in the nearest earlier sentence (never its own clause's subject). */
function linkObjectPronoun(coreference: Coreference, index: number): CoreferenceLink | null {
  const { tokens } = coreference.doc;
  const gender = OBJECT_PRONOUNS.get(tokens[index]?.normal ?? '');
  const next = tokens[index + 1];
  if (gender === undefined || (next !== undefined && next.sentence === tokens[index]?.sentence && (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN'))) return null;
  const sentence = tokens[index]?.sentence ?? 0;
  const before = coreference.doc.sentences[sentence]?.firstToken ?? index;
  const antecedent = firstMentionOfNearestSentence(coreference, before, (mention) => isCompatible(coreference, mention, gender));
  if (antecedent === undefined) return null;
  const entity = coreference.fullNames.get(antecedent.entity) ?? antecedent.entity;
  return { first: index, end: index + 1, entity, type: antecedent.type, reason: 'pronoun-object', antecedent: antecedent.start };
}

/** `he`/`she` → the nearest sentence's first person of that gender; `it` → its first organisation or country. */
function linkPronoun(coreference: Coreference, index: number): CoreferenceLink | null {
  const pronoun = REFERRING_PRONOUNS.get(coreference.doc.tokens[index]?.normal ?? '');
  if (pronoun === undefined || pronoun.number === 'plural' || pronoun.gender === null) return null;
  const neuter = pronoun.gender === 'neuter';
  const antecedent = firstMentionOfNearestSentence(coreference, index, neuter
    ? (mention) => mention.type === 'ORG' || mention.type === 'GPE'
    : (mention) => isCompatible(coreference, mention, pronoun.gender));
  if (antecedent === undefined) return null;
  const entity = coreference.fullNames.get(antecedent.entity) ?? antecedent.entity;
  return { first: index, end: index + 1, entity, type: antecedent.type, reason: neuter ? 'pronoun-organisation' : 'pronoun-subject', antecedent: antecedent.start };
}

/**
 * `his criticism of X` → whom `he` would stand for: the nearest sentence's first person of that gender
 * (or organisation, for `its`). Resolved on demand, never into `links`: `his spokesman` is not the man
 * himself, so a speaker is never resolved through a possessive, and most possessives matter to no one.
 */
export function resolvePossessive(coreference: Coreference, index: number): CoreferenceLink | null {
  const gender = POSSESSIVE_PRONOUNS.get(coreference.doc.tokens[index]?.normal ?? '');
  const next = coreference.doc.tokens[index + 1];
  if (gender === undefined || next === undefined || (next.pos !== 'NOUN' && next.pos !== 'ADJ' && next.pos !== 'VERB')) return null;
  // The first fitting mention of the nearest sentence stands in for its subject, who owns most (`X raised its fees`).
  const antecedent = firstMentionOfNearestSentence(coreference, index, gender === 'neuter'
    ? (mention) => mention.type === 'ORG' || mention.type === 'GPE'
    : (mention) => isCompatible(coreference, mention, gender));
  if (antecedent === undefined) return null;
  const entity = coreference.fullNames.get(antecedent.entity) ?? antecedent.entity;
  return { first: index, end: index + 1, entity, type: antecedent.type, reason: 'pronoun-possessive', antecedent: antecedent.start };
}

/** `Jane Roe, a Democrat from Ohio,`: the noun phrase between the commas after a person's name stands for that person. */
function linkAppositive(coreference: Coreference, mention: EntityMention, end: number): CoreferenceLink | null {
  const tokens = coreference.doc.tokens;
  if (mention.type !== 'PERSON' || tokens[end]?.value !== ',' || !APPOSITIVE_OPENERS.has(tokens[end + 1]?.normal ?? '')) return null;
  for (let index = end + 2; index < tokens.length && index - end <= MAX_APPOSITIVE_TOKENS; index += 1) {
    const token = tokens[index];
    if (token === undefined || token.pos === 'VERB' || token.pos === 'AUX' || /^[.;:!?“”"]$/u.test(token.value)) return null;
    if (token.value === ',') {
      const entity = coreference.fullNames.get(mention.entity) ?? mention.entity;
      return { first: end + 1, end: index, entity, type: 'PERSON', reason: 'appositive', antecedent: mention.start };
    }
  }
  return null;
}

/** A surname-only mention (`Stumpf`, `Mr. Stumpf`) of someone the article named in full. */
function linkSurname(coreference: Coreference, mention: EntityMention, first: number, end: number): CoreferenceLink | null {
  const full = coreference.fullNames.get(mention.entity);
  if (full === undefined) return null;
  const title = withoutFullStop(coreference.doc.tokens[first - 1]?.normal ?? '');
  const honorific = PERSON_TITLES.has(title);
  return { first: honorific ? first - 1 : first, end, entity: full, type: 'PERSON', reason: honorific ? 'honorific-surname' : 'surname', antecedent: -1 };
}

/** What the caller may tell coreference about the document. */
export interface CoreferenceOptions {
  /** Whether the character at an offset stands inside quotation marks (quotes know; coreference does not). */
  readonly isQuoted?: (offset: number) => boolean;
}

/**
 * Resolves the document's coreference once: the profile of every person (titles, places, gender from
 * titles and given names), the full name behind each surname-only entity, and a link with its rule for
 * every surname, appositive and third-person singular pronoun (`he`, `she`, `it`). Quotes and stances
 * read the links; descriptions are resolved on demand with `resolveDescription`. Every look-back is
 * bounded, so the whole pass is linear in the document's length.
 */
export function resolveCoreference(doc: Document, entities: readonly EntityMention[], options: CoreferenceOptions = {}): Coreference {
  const quoted = options.isQuoted;
  // A name inside quotation marks is in the speaker's words, not the reporter's narrative: no antecedent.
  const sorted = inTextOrder(quoted === undefined ? entities : entities.filter((mention) => !quoted(mention.start)));
  const mentionOfToken = indexSpansByToken(doc, sorted);
  const profiles = buildPersonProfiles({ doc, entities: sorted, mentionOfToken });
  const links = new Map<number, CoreferenceLink>();
  // Every field written out, not spread from the object above: this runs once per document.
  const coreference: Coreference = { doc, entities: sorted, mentionOfToken, profiles, fullNames: findFullNames(sorted), links };
  for (let index = 0; index < doc.tokens.length; index += 1) {
    const mentionIndex = mentionOfToken[index] ?? -1;
    const mention = spanAtToken(sorted, mentionOfToken, index);
    if (mention === undefined) {
      if (doc.tokens[index]?.pos === 'PRON') {
        const link = linkPronoun(coreference, index) ?? linkObjectPronoun(coreference, index);
        if (link !== null) links.set(index, link);
      }
      continue;
    }
    let end = index;
    while (mentionOfToken[end] === mentionIndex) end += 1;
    const surname = linkSurname(coreference, mention, index, end);
    if (surname !== null) links.set(surname.first, surname);
    const appositive = linkAppositive(coreference, mention, end);
    if (appositive !== null) links.set(appositive.first, appositive);
    index = end - 1;
  }
  return coreference;
}
