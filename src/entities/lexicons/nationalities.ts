import { COUNTRY_DATA } from './countries.data';

// Demonyms that news uses beside world-countries' own (`Saudi`, not only `Saudi Arabian`).
const EXTRA_DEMONYMS: readonly string[] = [
  'Saudi', 'Brit', 'Briton', 'English', 'Scottish', 'Scot', 'Welsh', 'Korean', 'Soviet', 'Emirati',
  'Palestinian', 'Taiwanese', 'Congolese', 'Ivorian', 'Czech', 'Turkish', 'Yemeni', 'Iraqi', 'Afghan',
];

// Demonyms whose plural is not `+s` (`French`, `Chinese`, `Swiss`) stay as they are.
function pluralOf(demonym: string): string | undefined {
  if (/(?:ese|ish|ch|sh|ss|x)$/u.test(demonym)) return undefined;
  if (demonym.endsWith('man')) return `${demonym.slice(0, -3)}men`;
  return `${demonym}s`;
}

function buildNationalities(): ReadonlyMap<string, string> {
  const nationalities = new Map<string, string>();
  const demonyms = [...COUNTRY_DATA.flatMap((country) => country.demonyms), ...EXTRA_DEMONYMS];
  for (const demonym of demonyms) {
    nationalities.set(demonym, demonym);
    const plural = pluralOf(demonym);
    if (plural !== undefined && !nationalities.has(plural)) nationalities.set(plural, demonym);
  }
  return nationalities;
}

/**
 * Nationality words (as written) → the singular adjective used as the entity name
 * (`Russians` → `Russian`). GUIDELINES §Entities: a nationality is NORP and its own entity, never
 * its country. From world-countries' English demonyms plus the common short forms above.
 */
export const NATIONALITIES: ReadonlyMap<string, string> = buildNationalities();
