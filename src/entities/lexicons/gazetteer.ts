import type { EntityType } from '../../types';
import { CAPITALS } from './capitals';
import { CITIES } from './cities';
import { COUNTRY_NAMES } from './countries';
import { GROUPS } from './groups';
import { NATIONALITIES } from './nationalities';
import { ORGANISATIONS } from './organisations';
import { REGIONS } from './regions';
import { SEATS_OF_GOVERNMENT } from './seats-of-government';
import { STATE_ABBREVIATIONS, STATES } from './states';

/** Where a gazetteer entry comes from; classify-mention weighs ambiguous names by it. */
export type GazetteerSource = 'organisation' | 'seat' | 'country' | 'nationality' | 'group' | 'capital' | 'city' | 'state' | 'region' | 'known';

/** One name a gazetteer knows. */
export interface GazetteerEntry {
  /** The name as written in the lexicon; its capital letters must be capitals in the text too. */
  readonly surface: string;
  /** The kind of entity. */
  readonly type: EntityType;
  /** The canonical name of the entity (`U.S.` → `United States`). */
  readonly canonical: string;
  /** The lexicon the entry comes from. */
  readonly source: GazetteerSource;
}

/** A gazetteer: names by key, and the beginnings of longer names so a look-up knows when to stop. */
export interface Gazetteer {
  /** Normalised name (see gazetteerKey) → its entries, most likely reading first. */
  readonly entries: ReadonlyMap<string, readonly GazetteerEntry[]>;
  /**
   * Every beginning of a key that ends where a token may end (before or after a space or a mark:
   * `united`, `u.s.`, `al-`), so a window that is not one cannot grow into a name.
   */
  readonly prefixes: ReadonlySet<string>;
}

const ALPHANUMERIC = /[\p{L}\p{N}]/u;

function addPrefixes(prefixes: Set<string>, key: string): void {
  for (let i = 1; i < key.length; i += 1) {
    if (!ALPHANUMERIC.test(key[i] ?? '') || !ALPHANUMERIC.test(key[i - 1] ?? '')) prefixes.add(key.slice(0, i).trimEnd());
  }
}

/** The look-up key of a name: lower-cased, curly apostrophes straightened, spaces collapsed. */
export function gazetteerKey(name: string): string {
  return name.toLowerCase().replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ');
}

/** Builds a gazetteer from entries, keeping the first entry for each (key, type) pair. */
export function buildGazetteer(entries: Iterable<GazetteerEntry>): Gazetteer {
  const byKey = new Map<string, GazetteerEntry[]>();
  const prefixes = new Set<string>();
  for (const entry of entries) {
    const key = gazetteerKey(entry.surface);
    const list = byKey.get(key);
    if (list === undefined) {
      byKey.set(key, [entry]);
      addPrefixes(prefixes, key);
    } else if (!list.some((known) => known.type === entry.type)) list.push(entry);
  }
  return { entries: byKey, prefixes };
}

function* lexiconEntries(): Iterable<GazetteerEntry> {
  // Order is the reading preferred when one name is in two lexicons: an organisation beats a place
  // of the same name, a country beats a city or state of the same name (`Georgia`).
  for (const [surface, canonical] of ORGANISATIONS) yield { surface, type: 'ORG', canonical, source: 'organisation' };
  for (const [surface] of SEATS_OF_GOVERNMENT) yield { surface, type: 'ORG', canonical: surface, source: 'seat' };
  // A country's own name beats a nationality of the same spelling (`Vatican`); a nationality beats
  // another name of a country (`Saudi King Fahd`).
  for (const [surface, canonical] of COUNTRY_NAMES) if (surface === canonical) yield { surface, type: 'GPE', canonical, source: 'country' };
  for (const [surface, canonical] of NATIONALITIES) yield { surface, type: 'NORP', canonical, source: 'nationality' };
  for (const [surface, canonical] of COUNTRY_NAMES) yield { surface, type: 'GPE', canonical, source: 'country' };
  for (const [surface, canonical] of GROUPS) yield { surface, type: 'NORP', canonical, source: 'group' };
  for (const [surface] of CAPITALS) yield { surface, type: 'GPE', canonical: surface, source: 'capital' };
  for (const surface of STATES) yield { surface, type: 'GPE', canonical: surface, source: 'state' };
  for (const [surface, canonical] of STATE_ABBREVIATIONS) yield { surface, type: 'GPE', canonical, source: 'state' };
  for (const surface of CITIES) yield { surface, type: 'GPE', canonical: surface, source: 'city' };
  for (const surface of REGIONS) yield { surface, type: 'LOC', canonical: surface, source: 'region' };
}

/**
 * presswork's own gazetteer: countries, nationalities, groups, capitals, cities, states, regions,
 * organisations and seats of government, looked up by hash over token windows so its size never
 * affects speed.
 */
export const GAZETTEER: Gazetteer = buildGazetteer(lexiconEntries());
