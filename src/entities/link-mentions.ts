import type { Document } from '../document/read-document';
import { makeSpan } from '../document/offsets';
import type { EntityMention, EntityType, KnownEntity } from '../types';
import type { ClassifiedMention } from './classify-mention';
import { acronymOf, fuzzyVariants, nameWords } from './name-keys';
import { isPossessive } from './name-tokens';
import { FIRST_NAME_GENDER } from './lexicons/first-names';

interface Cluster {
  type: EntityType;
  canonical: string | undefined;
  /** The distinct written forms of its mentions. */
  readonly names: Set<string>;
}

/** The indexes linking works with; every look-up is a hash look-up, never a scan of all pairs. */
interface LinkIndex {
  readonly clusters: Cluster[];
  /** `TYPE|key` → cluster: one per canonical name or, without one, per written form. */
  readonly byKey: Map<string, number>;
  /** Full-name key variants of each person → cluster. */
  readonly byFullName: Map<string, number>;
  /** Surname variants of each person named in full → cluster. */
  readonly bySurname: Map<string, number>;
  /**
   * Other words of a full name that are not given names → cluster: a family name written first
   * (`Xi Jinping` → `Xi`) or a middle name used alone (`Lula`).
   */
  readonly byOtherWord: Map<string, number>;
  /** Acronym of each organisation named in full → cluster. */
  readonly byAcronym: Map<string, number>;
  /**
   * First and last word of each organisation named in full → cluster: a short form (`Northwind` for
   * `Northwind Robotics`) or its head alone (`the Commission` for `European Commission`).
   */
  readonly byOrganisationWord: Map<string, number>;
  /** Written form → its name words (see nameWords). */
  readonly words: Map<string, readonly string[]>;
  /** Written form → its name words joined by spaces (see nameKey). */
  readonly keys: Map<string, string>;
  /** Key → its one-deletion variants (see fuzzyVariants). */
  readonly variants: Map<string, readonly string[]>;
}

const COORDINATORS: ReadonlySet<string> = new Set([',', 'and', '&', 'or']);

/** The value stored under `key`, computed and stored on the first request. */
function remembered<V>(store: Map<string, V>, key: string, compute: (key: string) => V): V {
  let value = store.get(key);
  if (value === undefined) {
    value = compute(key);
    store.set(key, value);
  }
  return value;
}

// Mentions are linked by their written form many times over; the words of each form are worked out once.
function wordsOf(index: LinkIndex, surface: string): readonly string[] {
  return remembered(index.words, surface, nameWords);
}

// Each mention's form is looked up by its key several times; the key is joined once per form.
function nameKeyOf(index: LinkIndex, surface: string): string {
  return remembered(index.keys, surface, () => wordsOf(index, surface).join(' '));
}

// A name recurs through an article; its variants are built once, and the same strings, whose hashes
// are then known, serve every look-up.
function variantsOf(index: LinkIndex, key: string): readonly string[] {
  return remembered(index.variants, key, fuzzyVariants);
}

function keyOf(mention: ClassifiedMention, type: EntityType, index: LinkIndex): string {
  return `${type}|${(mention.canonical ?? nameKeyOf(index, mention.surface)).toLowerCase()}`;
}

function newCluster(index: LinkIndex, type: EntityType, canonical: string | undefined): number {
  index.clusters.push({ type, canonical, names: new Set() });
  return index.clusters.length - 1;
}

function firstHit(map: ReadonlyMap<string, number>, variants: readonly string[]): number | undefined {
  for (const variant of variants) {
    const hit = map.get(variant);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

function registerOtherWord(index: LinkIndex, word: string, surface: string, id: number): void {
  const written = surface.split(/\s+/u).find((part) => part.toLowerCase() === word);
  if (word.length > 1 && written !== undefined && !FIRST_NAME_GENDER.has(written) && !index.byOtherWord.has(word)) index.byOtherWord.set(word, id);
}

function setAll(map: Map<string, number>, keys: readonly string[], id: number): void {
  for (const key of keys) if (!map.has(key)) map.set(key, id);
}

/**
 * The caller's people are linked by surname even when the article never writes their full name
 * (`Reyes` → `Jordan Reyes`). Clusters without mentions produce no output.
 */
function registerKnownPeople(index: LinkIndex, knownEntities: readonly KnownEntity[]): void {
  for (const entity of knownEntities) {
    const words = entity.type === 'PERSON' ? nameWords(entity.name) : [];
    if (words.length < 2) continue;
    const id = newCluster(index, 'PERSON', entity.name);
    setAll(index.byFullName, variantsOf(index, words.join(' ')), id);
    setAll(index.bySurname, variantsOf(index, words[words.length - 1] ?? ''), id);
    index.byKey.set(`PERSON|${entity.name.toLowerCase()}`, id);
  }
}

/** Names in full and lexicon names found first: they define the clusters lone words join later. */
function linkDefiningMention(mention: ClassifiedMention, index: LinkIndex): number {
  const surface = mention.kind === 'known' && mention.canonical !== undefined ? mention.canonical : mention.surface;
  if (mention.type === 'PERSON') {
    const words = wordsOf(index, surface);
    const full = variantsOf(index, nameKeyOf(index, surface));
    const key = keyOf(mention, 'PERSON', index);
    const id = firstHit(index.byFullName, full) ?? index.byKey.get(key) ?? newCluster(index, 'PERSON', mention.canonical);
    setAll(index.byFullName, full, id);
    setAll(index.bySurname, variantsOf(index, words[words.length - 1] ?? ''), id);
    for (let position = 0; position < words.length - 1; position += 1) registerOtherWord(index, words[position] ?? '', surface, id);
    index.byKey.set(key, id);
    return id;
  }
  const key = keyOf(mention, mention.type, index);
  const id = index.byKey.get(key) ?? newCluster(index, mention.type, mention.canonical);
  index.byKey.set(key, id);
  if (mention.type === 'ORG' && /\s/u.test(surface)) {
    setAll(index.byAcronym, [acronymOf(surface)], id);
    const words = wordsOf(index, surface);
    setAll(index.byOrganisationWord, [words[0] ?? '', words[words.length - 1] ?? ''], id);
  }
  return id;
}

function isDefining(mention: ClassifiedMention, index: LinkIndex): boolean {
  if (!mention.strong) return false;
  if (mention.type !== 'PERSON') return mention.kind !== 'run' || mention.surface.includes(' ');
  return mention.kind === 'known' || wordsOf(index, mention.surface).length > 1;
}

/** An acronym in parentheses right after a name is that name's (`Islamic Revolutionary Guard Corps (IRGC)`). */
function parenthesisedAfter(doc: Document, mentions: readonly ClassifiedMention[], position: number, assigned: ReadonlyArray<number | undefined>): number | undefined {
  const mention = mentions[position];
  const previous = mentions[position - 1];
  if (mention === undefined || previous === undefined) return undefined;
  if (doc.text[mention.stop] !== ')' || mention.start - previous.stop > 3) return undefined;
  return doc.text.slice(previous.stop, mention.start).trim() === '(' ? assigned[position - 1] : undefined;
}

/** Lone words: a surname, an acronym, a misspelling or a repeat of a name already linked. */
function linkLoneMention(mention: ClassifiedMention, index: LinkIndex): number | undefined {
  const surface = mention.surface;
  const key = nameKeyOf(index, surface);
  const formKey = keyOf(mention, mention.type, index);
  const sameForm = index.byKey.get(formKey);
  if (sameForm !== undefined) return sameForm;
  if (mention.type === 'PERSON') {
    const variants = variantsOf(index, key);
    const hit = firstHit(index.bySurname, variants) ?? firstHit(index.byFullName, variants) ?? index.byOtherWord.get(key);
    // Later repetitions of this form then resolve with one look-up.
    if (hit !== undefined) { index.byKey.set(formKey, hit); return hit; }
  }
  if (mention.type === 'ORG') {
    const hit = index.byAcronym.get(surface.replace(/\./gu, '')) ?? index.byOrganisationWord.get(key);
    if (hit !== undefined) return hit;
  }
  // A weak word the article uses elsewhere as a name of another type takes that type (`by Kabari`).
  if (!mention.strong) {
    for (const type of ['ORG', 'GPE', 'PERSON'] as const) {
      const hit = index.byKey.get(`${type}|${key}`);
      if (hit !== undefined) return hit;
    }
    return undefined;
  }
  const id = newCluster(index, mention.type, mention.canonical);
  index.byKey.set(formKey, id);
  if (mention.type === 'PERSON') setAll(index.bySurname, variantsOf(index, key), id);
  return id;
}

/** True when only a comma or `and` separates two mentions in one sentence (`Okonkwo and Lopez`). */
function isCoordinated(doc: Document, left: ClassifiedMention | undefined, right: ClassifiedMention | undefined): boolean {
  if (left === undefined || right === undefined || left.end > right.first) return false;
  if ((doc.tokens[left.first]?.sentence ?? -1) !== (doc.tokens[right.first]?.sentence ?? -2)) return false;
  for (let i = left.end; i < right.first; i += 1) if (!COORDINATORS.has(doc.tokens[i]?.value.toLowerCase() ?? '')) return false;
  return right.first > left.end;
}

function nameOf(cluster: Cluster, index: LinkIndex): string {
  if (cluster.canonical !== undefined) return cluster.canonical;
  let best = '';
  for (const name of cluster.names) {
    const words = wordsOf(index, name).length;
    const bestWords = wordsOf(index, best).length;
    if (words > bestWords || (words === bestWords && name.length > best.length)) best = name;
  }
  return best.replace(/[’']s$/u, '');
}

const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'to', 'from', 'of', 'at', 'into', 'across', 'near', 'via', 'toward', 'towards']);

/**
 * A place name that is also the surname of a person the article names in full is that person
 * (`Michael Jordan … Jordan said`), unless a preposition or a possessive says it is the place
 * (`in Jordan`, `Jordan's King`).
 */
function readSurnamesOfPlaces(doc: Document, mentions: readonly ClassifiedMention[], index: LinkIndex): readonly ClassifiedMention[] {
  const surnames = new Set<string>();
  for (const mention of mentions) {
    if (mention.type !== 'PERSON' || !mention.strong || !mention.surface.includes(' ')) continue;
    const words = wordsOf(index, mention.surface);
    if (words.length > 1) surnames.add(words[words.length - 1] ?? '');
  }
  if (surnames.size === 0) return mentions;
  return mentions.map((mention) => {
    if (mention.type !== 'GPE' || mention.kind !== 'gazetteer' || mention.end - mention.first !== 1) return mention;
    if (!surnames.has(mention.surface.toLowerCase())) return mention;
    const before = doc.tokens[mention.first - 1]?.value.toLowerCase() ?? '';
    if (PLACE_PREPOSITIONS.has(before) || isPossessive(doc.tokens[mention.end])) return mention;
    return { ...mention, type: 'PERSON', kind: 'run', entries: [], canonical: undefined };
  });
}

/**
 * In a headline each capitalised word was read alone; two adjacent ones that form a full name the
 * article gives elsewhere are that name (`Maria Lopez Wins Vote`).
 */
function joinHeadlineNames(doc: Document, mentions: readonly ClassifiedMention[], index: LinkIndex): ClassifiedMention[] {
  const joined: ClassifiedMention[] = [];
  for (let position = 0; position < mentions.length; position += 1) {
    const mention = mentions[position];
    const next = mentions[position + 1];
    if (mention === undefined) continue;
    if (next !== undefined && mention.inHeadline && !mention.strong && !next.strong && next.first === mention.end && next.start === mention.stop + 1) {
      const surface = doc.text.slice(mention.start, next.stop);
      if (index.byFullName.has(nameKeyOf(index, surface))) {
        joined.push({ ...mention, end: next.end, stop: next.stop, surface });
        position += 1;
        continue;
      }
    }
    joined.push(mention);
  }
  return joined;
}

/**
 * Links mentions into entities within the article and names each by its fullest form (or its
 * lexicon's canonical name): full names and lexicon names first, then lone words by surname,
 * one-letter misspelling, acronym or repetition, then weak words by coordination with a person.
 * Weak words that link to nothing are dropped.
 */
export function linkMentions(doc: Document, found: readonly ClassifiedMention[], knownEntities: readonly KnownEntity[] = []): EntityMention[] {
  const index: LinkIndex = { clusters: [], byKey: new Map(), byFullName: new Map(), bySurname: new Map(), byAcronym: new Map(), byOrganisationWord: new Map(), byOtherWord: new Map(), words: new Map(), keys: new Map(), variants: new Map() };
  registerKnownPeople(index, knownEntities);
  const defined = new Map<ClassifiedMention, number>();
  const read = readSurnamesOfPlaces(doc, found, index);
  for (const mention of read) {
    if (isDefining(mention, index)) defined.set(mention, linkDefiningMention(mention, index));
  }
  // Only weak headline words are joined, and weak mentions define nothing, so `defined` still applies.
  const mentions = joinHeadlineNames(doc, read, index);
  const assigned: Array<number | undefined> = mentions.map((mention) => defined.get(mention));
  for (let round = 0; round < 2; round += 1) {
    for (let position = 0; position < mentions.length; position += 1) {
      const mention = mentions[position];
      if (assigned[position] !== undefined || mention === undefined) continue;
      assigned[position] = parenthesisedAfter(doc, mentions, position, assigned) ?? linkLoneMention(mention, index);
    }
    // A weak word coordinated with a person is a person too; it may then anchor its repetitions.
    for (let position = 0; position < mentions.length; position += 1) {
      const mention = mentions[position];
      if (assigned[position] !== undefined || mention === undefined) continue;
      if (isPersonAt(index, assigned, position - 1) && isCoordinated(doc, mentions[position - 1], mention)
        || isPersonAt(index, assigned, position + 1) && isCoordinated(doc, mention, mentions[position + 1])) {
        assigned[position] = linkLoneMention({ ...mention, type: 'PERSON', strong: true }, index);
      }
    }
  }
  for (let position = 0; position < mentions.length; position += 1) {
    const id = assigned[position];
    const mention = mentions[position];
    if (id !== undefined && mention !== undefined) index.clusters[id]?.names.add(mention.surface);
  }
  const names = index.clusters.map((cluster) => nameOf(cluster, index));
  const result: EntityMention[] = [];
  for (let position = 0; position < mentions.length; position += 1) {
    const id = assigned[position];
    const mention = mentions[position];
    const cluster = id === undefined ? undefined : index.clusters[id];
    if (cluster === undefined || id === undefined || mention === undefined) continue;
    const span = makeSpan(doc.text, mention.start, mention.stop);
    result.push({ start: span.start, end: span.end, text: span.text, type: cluster.type, entity: names[id] ?? '' });
  }
  return result;
}

function isPersonAt(index: LinkIndex, assigned: ReadonlyArray<number | undefined>, position: number): boolean {
  const id = assigned[position];
  return id !== undefined && index.clusters[id]?.type === 'PERSON';
}
