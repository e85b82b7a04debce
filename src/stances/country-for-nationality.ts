import { NATIONALITIES } from '../entities/lexicons/nationalities';
import { NATIONALITY_COUNTRIES } from './lexicons/nationality-countries';

// Shortest shared beginning that links a nationality to a country (`Iran` → `Iranian`,
// `Britain` → `British`) and the share of the country's name it must cover, so that `Austrian`
// does not match `Australia` nor `Iranian` match `Iraq`.
const MIN_SHARED = 4;
const MIN_SHARE = 0.6;

function sharedPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

/**
 * Finds the country a nationality word names (`Iranians` → `Iran`): from the demonym lexicon, or
 * else among the countries the article itself mentions, by their shared beginning (`Saudi` →
 * `Saudi Arabia`). Stance needs it because `Iranian and Russian support` is the two countries'
 * support; a nationality with no country (`Shiite`, `Western`) stays unlinked.
 */
export function countryForNationality(nationality: string, countries: readonly string[]): string | undefined {
  const known = NATIONALITY_COUNTRIES.get(NATIONALITIES.get(nationality) ?? nationality);
  if (known !== undefined) return known;
  const word = nationality.toLowerCase();
  let best: string | undefined;
  let bestLength = 0;
  for (const country of countries) {
    const name = country.toLowerCase();
    const shared = sharedPrefixLength(word, name);
    if (shared >= MIN_SHARED && shared >= MIN_SHARE * Math.min(name.length, word.length) && shared > bestLength) {
      best = country;
      bestLength = shared;
    }
  }
  return best;
}
