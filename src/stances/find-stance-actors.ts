import { tokenIndexAtOffsetFrom } from '../document/accessors';
import type { Document } from '../document/read-document';
import { countryForMetonym } from '../entities/country-for-metonym';
import { TITLE_MODIFIERS } from '../entities/lexicons/titles';
import { DEFAULT_LEXICONS, type CompiledLexicons } from '../lexicons/compiled-lexicons';
import type { EntityMention } from '../types';
import { countryForNationality } from './country-for-nationality';
import { GOVERNMENT_NOUNS } from './lexicons/government-nouns';
import { SPEAKING_ROLES } from './lexicons/speaking-roles';
import type { StanceActor } from './stance-actor';

/** The parties of a document, ready for stance: actors in text order and what their names stand for. */
export interface StanceCast {
  /** The actors, sorted by their first token. */
  readonly actors: readonly StanceActor[];
  /** People who speak for a country by their role (`Foreign Minister X` → the country). */
  readonly speakingFor: ReadonlyMap<string, string>;
  /** The name of every actor (a quote's speaker who is none is a misread attribution more often than a party). */
  readonly names: ReadonlySet<string>;
  /**
   * Every name (mention text or entity, as written) that resolves to each actor name, gathered when
   * first asked for. They are kept as written: only a call restricted to targets reads them, and
   * compares them in lower case (see restrictToTargets).
   */
  readonly aliases: () => ReadonlyMap<string, ReadonlySet<string>>;
  /** The country a name stands for as a metonym (`Moscow`, `the Kremlin` → Russia), looked up once per name in the document. */
  readonly countryOf: (name: string) => string | undefined;
}

// The last word of a treaty's or a law's name (`… Free Trade Agreement`, `… Act`).
const INSTRUMENT_HEADS: ReadonlySet<string> = new Set(['agreement', 'treaty', 'accord', 'accords', 'act', 'pact', 'convention', 'protocol', 'charter', 'bill']);

const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

interface Located { readonly mention: EntityMention; readonly first: number; readonly end: number }

// At most this many title words stand between a modifier and the name it qualifies
// (`U.S. Secretary of State X` is rare enough to miss).
const MAX_MODIFIER_GAP = 4;

function locate(doc: Document, entities: readonly EntityMention[]): Located[] {
  const located: Located[] = [];
  let inOrder = true;
  // The first token of the previous mention and where it starts: a mention starting no earlier walks on from it.
  let previousFirst = 0;
  let previousStart = 0;
  for (const mention of entities) {
    const first = tokenIndexAtOffsetFrom(doc, mention.start, mention.start >= previousStart ? previousFirst : 0);
    previousFirst = first;
    previousStart = mention.start;
    if (first >= doc.tokens.length) continue;
    const previous = located[located.length - 1];
    if (previous !== undefined && previous.first > first) inOrder = false;
    located.push({ mention, first, end: Math.max(first + 1, tokenIndexAtOffsetFrom(doc, mention.end, first)) });
  }
  // The tagger returns its mentions in text order, so the (stable) sort is nearly always skipped.
  return inOrder ? located : located.sort((a, b) => a.first - b.first);
}

function isTitleGap(doc: Document, from: number, to: number, lexicons: CompiledLexicons): boolean {
  if (to - from < 1 || to - from > MAX_MODIFIER_GAP) return false;
  for (let index = from; index < to; index += 1) {
    const token = doc.tokens[index];
    if (token === undefined || lexicons.stanceWords.nouns.has(token.normal)) return false;
    const isTitle = lexicons.titles.has(token.normal) || TITLE_MODIFIERS.has(token.normal);
    const isPossessive = token.normal === "'s" || token.normal === '’s';
    if (!isTitle && !isPossessive && token.pos !== 'NOUN' && token.pos !== 'PROPN' && token.pos !== 'ADJ') return false;
  }
  return true;
}

/** A nationality or country right before a titled name qualifies it (`Syrian President X`): not a party. */
function isModifier(doc: Document, item: Located, next: Located | undefined, lexicons: CompiledLexicons): boolean {
  if (next === undefined || item.mention.type === 'PERSON') return false;
  if (next.mention.type !== 'PERSON' && next.mention.type !== 'ORG') return false;
  if (doc.tokens[item.first]?.sentence !== doc.tokens[next.first]?.sentence) return false;
  return isTitleGap(doc, item.end, next.first, lexicons);
}

function hasSpeakingRole(doc: Document, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) {
    if (SPEAKING_ROLES.has(doc.tokens[index]?.normal ?? '')) return true;
  }
  return false;
}

/** Memoises a look-up for the length of one call: a long article names the same places again and again. */
function memoise<T>(lookUp: (name: string) => T): (name: string) => T {
  // Each value is boxed, so that one look-up tells a name looked up before, even one whose value is `undefined`.
  const known = new Map<string, { readonly value: T }>();
  return (name) => {
    const box = known.get(name);
    if (box !== undefined) return box.value;
    const value = lookUp(name);
    known.set(name, { value });
    return value;
  };
}

/** The country names of one document resolves to, each looked up once per document. */
interface Countries {
  /** The country a name stands for as a metonym, memoised. */
  readonly metonym: (name: string) => string | undefined;
  /** The country a place mention stands for (itself when it is no metonym). */
  readonly placeName: (mention: EntityMention) => string;
  /** The country a nationality names, among the lexicon's and the article's. */
  readonly forNationality: (nationality: string) => string | undefined;
}

function resolveCountries(located: readonly Located[]): Countries {
  const metonym = memoise(countryForMetonym);
  // Most mentions are written as their entity's name (`Iran`): the text then needs no look-up of its own.
  const placeName = (mention: EntityMention): string => metonym(mention.entity) ?? (mention.text === mention.entity ? undefined : metonym(mention.text)) ?? mention.entity;
  const names = new Set<string>();
  for (const item of located) if (item.mention.type === 'GPE') names.add(placeName(item.mention));
  const countries = [...names];
  return { metonym, placeName, forNationality: memoise((nationality) => countryForNationality(nationality, countries)) };
}

interface People {
  readonly personCountry: ReadonlyMap<string, string>;
  /** The person the article introduced as `<country> <title> X`, keyed by `country|title`. */
  readonly titled: ReadonlyMap<string, string>;
}

/** Whether a name is a treaty's or a law's (`… Free Trade Agreement`, `… Act`): its last word is the instrument's kind. */
function isInstrumentName(name: string): boolean {
  // The last word is sliced off, not split into an array of every word.
  const lastSpace = name.lastIndexOf(' ');
  return lastSpace !== -1 && INSTRUMENT_HEADS.has(name.slice(lastSpace + 1).toLowerCase());
}

function nameOf(doc: Document, item: Located, countries: Countries, people: People, isInstrument: (name: string) => boolean): string | undefined {
  const { mention } = item;
  const following = doc.tokens[item.end]?.normal ?? '';
  // The word after a possessive (`Syria's president`) is what qualifies the name.
  const next = following === "'s" || following === '’s' ? doc.tokens[item.end + 1]?.normal ?? '' : following;
  if (mention.type === 'LOC') return undefined;
  // `a Republican` is one member of the group, not the group: no party (`Republicans` and `the Republicans` are).
  if (mention.type === 'NORP' && INDEFINITE_ARTICLES.has(doc.tokens[item.first - 1]?.normal ?? '')) return undefined;
  // A treaty or a law is what parties fight over, not a party (GUIDELINES §Stances: people, organisations, groups, places).
  if (isInstrument(mention.entity)) return undefined;
  if (mention.type === 'PERSON') return GOVERNMENT_NOUNS.has(next) ? people.personCountry.get(mention.entity) ?? mention.entity : mention.entity;
  // A group with no country (`Republicans`, `Muslims`) is a party of its own when it is named as
  // a noun; as an adjective (`Shiite militias`) it names the militias, not the group.
  const isNoun = next === '' || (doc.tokens[item.end]?.pos !== 'NOUN' && doc.tokens[item.end]?.pos !== 'ADJ' && doc.tokens[item.end]?.pos !== 'PROPN');
  const name = mention.type === 'NORP'
    ? next === 'people' ? mention.entity : countries.forNationality(mention.entity) ?? (isNoun ? mention.entity : undefined)
    : countries.placeName(mention);
  // `the U.S. president` is the person the article introduced as `U.S. President X` (most articles introduce none).
  return name === undefined || people.titled.size === 0 ? name : people.titled.get(`${name}|${next}`) ?? name;
}

/** Maps each person introduced with a country before their title to it, and notes who speaks for one. */
function findPersonCountries(doc: Document, located: readonly Located[], countries: Countries, lexicons: CompiledLexicons) {
  const personCountry = new Map<string, string>();
  const speakingFor = new Map<string, string>();
  const titled = new Map<string, string>();
  for (let index = 0; index + 1 < located.length; index += 1) {
    const item = located[index] as Located;
    const next = located[index + 1] as Located;
    if (next.mention.type !== 'PERSON' || !isModifier(doc, item, next, lexicons)) continue;
    const country = item.mention.type === 'NORP' ? countries.forNationality(item.mention.entity) : countries.placeName(item.mention);
    if (country === undefined) continue;
    if (!personCountry.has(next.mention.entity)) personCountry.set(next.mention.entity, country);
    if (hasSpeakingRole(doc, item.end, next.first)) speakingFor.set(next.mention.entity, country);
    const title = doc.tokens[next.first - 1]?.normal ?? '';
    if (!titled.has(`${country}|${title}`)) titled.set(`${country}|${title}`, next.mention.entity);
  }
  return { personCountry, speakingFor, titled };
}

/** Every name (mention text or entity) each actor name is written as, by actor name. */
function aliasesOf(actors: readonly StanceActor[], mentions: readonly EntityMention[]): ReadonlyMap<string, ReadonlySet<string>> {
  const aliases = new Map<string, Set<string>>();
  actors.forEach((actor, index) => {
    const mention = mentions[index] as EntityMention;
    let names = aliases.get(actor.name);
    if (names === undefined) {
      names = new Set<string>([actor.name]);
      aliases.set(actor.name, names);
    }
    names.add(mention.text).add(mention.entity);
  });
  return aliases;
}

/**
 * Resolves the document's entity mentions into stance actors: metonyms become their country
 * (GUIDELINES §Stances), nationalities their country, places (LOC) and title modifiers
 * (`Syrian` in `Syrian President X`) drop out, since they hold no stance of their own.
 */
export function findStanceActors(doc: Document, entities: readonly EntityMention[], lexicons: CompiledLexicons = DEFAULT_LEXICONS): StanceCast {
  const located = locate(doc, entities);
  const countries = resolveCountries(located);
  const people = findPersonCountries(doc, located, countries, lexicons);
  // Looked up once per entity: a long article names the same ones again and again.
  const isInstrument = memoise(isInstrumentName);
  const actors: StanceActor[] = [];
  // The mention each actor was read from, by the actor's index.
  const mentions: EntityMention[] = [];
  for (let index = 0; index < located.length; index += 1) {
    const item = located[index] as Located;
    if (isModifier(doc, item, located[index + 1], lexicons)) continue;
    const name = nameOf(doc, item, countries, people, isInstrument);
    if (name === undefined) continue;
    const next = doc.tokens[item.end];
    // `Syrian rebels` and `Syria-led talks` name the rebels and the talks, not the country.
    const isCompound = next !== undefined && next.start === doc.tokens[item.end - 1]?.end && next.normal.startsWith('-');
    // A place before a lower-case noun names what it qualifies (`a U.S. district court judge`), save a government.
    const isPlaceModifier = item.mention.type === 'GPE' && next?.pos === 'NOUN' && !GOVERNMENT_NOUNS.has(next.normal) && next.value === next.normal;
    const isAdjective = isCompound || isPlaceModifier || (item.mention.type === 'NORP' && next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ'));
    actors.push({ name, first: item.first, end: item.end, type: item.mention.type, isAdjective });
    mentions.push(item.mention);
  }
  let aliases: ReadonlyMap<string, ReadonlySet<string>> | undefined;
  return {
    actors,
    speakingFor: people.speakingFor,
    names: new Set(actors.map((actor) => actor.name)),
    aliases: () => (aliases ??= aliasesOf(actors, mentions)),
    countryOf: countries.metonym,
  };
}
