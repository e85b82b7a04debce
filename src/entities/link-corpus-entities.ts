import type { EntityMention, EntityType } from '../types';
import { acronymOf, fuzzyVariants, nameKey, nameWords } from './name-keys';

/** One mention of a corpus entity: the document it is in and its span there. */
export interface CorpusMention {
  /** The id of the document. */
  readonly id: string;
  /** The offset where the mention starts in that document. */
  readonly start: number;
  /** The offset just past the mention. */
  readonly end: number;
  /** The text of the mention. */
  readonly text: string;
}

/** An entity across a corpus, with every name it goes by and every place it is mentioned. */
export interface CorpusEntity {
  /** The canonical name, shared by all its documents. */
  readonly name: string;
  /** The kind of entity. */
  readonly type: EntityType;
  /** Every distinct form the entity is written in, sorted. */
  readonly aliases: readonly string[];
  /** Every mention, in document order then text order. */
  readonly mentions: readonly CorpusMention[];
}

interface LocalEntity {
  readonly type: EntityType;
  readonly name: string;
  readonly mentions: CorpusMention[];
}

function find(parents: number[], item: number): number {
  let root = item;
  while (parents[root] !== root) root = parents[root] ?? root;
  let current = item;
  while (parents[current] !== root) {
    const next = parents[current] ?? root;
    parents[current] = root;
    current = next;
  }
  return root;
}

/** Collects each document's entities as (type, canonical name) groups. */
function collectLocalEntities(documents: ReadonlyArray<{ readonly id: string; readonly entities: readonly EntityMention[] }>): LocalEntity[] {
  const locals: LocalEntity[] = [];
  for (const document of documents) {
    const byName = new Map<string, LocalEntity>();
    for (const mention of document.entities) {
      const key = `${mention.type}|${mention.entity}`;
      let local = byName.get(key);
      if (local === undefined) {
        local = { type: mention.type, name: mention.entity, mentions: [] };
        byName.set(key, local);
        locals.push(local);
      }
      local.mentions.push({ id: document.id, start: mention.start, end: mention.end, text: mention.text });
    }
  }
  return locals;
}

/** The keys under which two document-level entities are the same: names, aliases, one-letter variants. */
function keysOf(local: LocalEntity): string[] {
  const names = new Set([local.name, ...local.mentions.map((mention) => mention.text)]);
  const keys: string[] = [];
  for (const name of names) {
    const key = nameKey(name);
    if (key === '') continue;
    if (local.type === 'PERSON') {
      // Full names merge on one-letter variants (`Omar Hadad`, `Omar Haddad`); lone surnames only exactly.
      if (nameWords(name).length > 1) keys.push(...fuzzyVariants(key).map((variant) => `PERSON|full|${variant}`));
    } else {
      keys.push(`${local.type}|${key}`);
      // An acronym meets its expansion across documents (`CFA` ↔ `Coastal Fisheries Authority`).
      if (local.type === 'ORG') keys.push(`ORG|acronym|${nameWords(name).length > 1 ? acronymOf(name) : name.replace(/\./gu, '')}`);
    }
  }
  return keys;
}

function pickName(locals: readonly LocalEntity[]): string {
  const votes = new Map<string, number>();
  for (const local of locals) votes.set(local.name, (votes.get(local.name) ?? 0) + local.mentions.length);
  let best = locals[0]?.name ?? '';
  // The fullest name wins (most words, then most letters: `Khalid al-Rashidi` over `Khalid Rashidi`), then the commonest.
  for (const [name, count] of votes) {
    const words = nameWords(name).length - nameWords(best).length;
    const letters = name.length - best.length;
    if (words > 0 || (words === 0 && (letters > 0 || (letters === 0 && count > (votes.get(best) ?? 0))))) best = name;
  }
  return best;
}

/**
 * Merges each document's entities into corpus entities: the same canonical name, a shared alias,
 * a one-letter variant of a full name, or a lone surname of exactly one full name elsewhere. Every
 * comparison is a hash look-up (union-find over keys), so a corpus of thousands of articles links
 * in linear time.
 */
export function linkCorpusEntities(documents: ReadonlyArray<{ readonly id: string; readonly entities: readonly EntityMention[] }>): CorpusEntity[] {
  const locals = collectLocalEntities(documents);
  const order = new Map<string, number>();
  documents.forEach((document, index) => { if (!order.has(document.id)) order.set(document.id, index); });
  const parents = locals.map((_, index) => index);
  const owners = new Map<string, number>();
  const union = (a: number, b: number): void => { parents[find(parents, a)] = find(parents, b); };
  locals.forEach((local, index) => {
    for (const key of keysOf(local)) {
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, index);
      else union(index, owner);
    }
  });
  // Lone surnames join the full name that ends with them, when only one does.
  const bySurname = new Map<string, Set<number>>();
  locals.forEach((local, index) => {
    const words = nameWords(local.name);
    if (local.type !== 'PERSON' || words.length < 2) return;
    const surname = words[words.length - 1] ?? '';
    const roots = bySurname.get(surname) ?? new Set<number>();
    roots.add(find(parents, index));
    bySurname.set(surname, roots);
  });
  locals.forEach((local, index) => {
    const words = nameWords(local.name);
    const roots = local.type === 'PERSON' && words.length === 1 ? bySurname.get(words[0] ?? '') : undefined;
    const only = roots !== undefined && roots.size === 1 ? [...roots][0] : undefined;
    if (only !== undefined) union(index, only);
  });
  const groups = new Map<number, LocalEntity[]>();
  locals.forEach((local, index) => {
    const root = find(parents, index);
    const group = groups.get(root);
    if (group === undefined) groups.set(root, [local]);
    else group.push(local);
  });
  return [...groups.values()].map((group) => ({
    name: pickName(group),
    type: group[0]?.type ?? 'PERSON',
    aliases: [...new Set(group.flatMap((local) => local.mentions.map((mention) => mention.text)))].sort(),
    mentions: group.flatMap((local) => local.mentions).sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0) || a.start - b.start),
  }));
}
