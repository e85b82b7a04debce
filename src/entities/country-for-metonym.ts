import { CAPITALS } from './lexicons/capitals';
import { COUNTRY_NAMES } from './lexicons/countries';
import { SEATS_OF_GOVERNMENT } from './lexicons/seats-of-government';

function buildMetonyms(): ReadonlyMap<string, string> {
  const metonyms = new Map<string, string>();
  // Acronyms are kept with their capitals (`US`), so the pronoun `us` never maps to a country.
  const keyOf = (name: string): string => (/\p{Ll}/u.test(name) ? name.toLowerCase() : name);
  // Later sources win: a country's own names beat a capital of the same spelling (none today, but
  // `Kuwait`, `Singapore` and `Djibouti` are both).
  for (const [capital, country] of CAPITALS) metonyms.set(keyOf(capital), country);
  for (const [seat, country] of SEATS_OF_GOVERNMENT) metonyms.set(keyOf(seat), country);
  for (const [name, country] of COUNTRY_NAMES) metonyms.set(keyOf(name), country);
  return metonyms;
}

// Capitals, seats of government and every name of a country (lower-cased, acronyms as written) → the country's canonical name.
const METONYMS: ReadonlyMap<string, string> = buildMetonyms();

// What the clean-up below changes: a leading `the`, a possessive, and any space that is not one plain space.
const NEEDS_CLEANING = /^[Tt][Hh][Ee]\s|[’']s$|\s\s|[^\S ]/u;

/**
 * Returns the country a name stands for when used as a metonym for its government: a capital
 * (`Moscow`), a seat of government (`the Kremlin`, `Downing Street`), or another name of the
 * country (`Russian Federation`, `U.S.`, `America`, `UK`), as the canonical country name entity
 * tagging uses (`Russia`, `United States`, `Britain`). A country's own canonical name maps to
 * itself. Returns `undefined` otherwise; nationality adjectives are never mapped, because a NORP
 * is its own entity (GUIDELINES §Entities).
 */
export function countryForMetonym(name: string): string | undefined {
  const trimmed = name.trim();
  // Most names need no cleaning: one test instead of three replacements.
  const key = !NEEDS_CLEANING.test(trimmed) ? trimmed : trimmed.replace(/^the\s+/iu, '').replace(/[’']s$/u, '').replace(/\s+/gu, ' ');
  return METONYMS.get(key.toLowerCase()) ?? METONYMS.get(key);
}
