import { COUNTRY_DATA } from './countries.data';

/**
 * Other names English news uses for a country, beyond world-countries' own lists: short forms,
 * dotted abbreviations and informal names. Each maps to the name `COUNTRY_DATA` uses.
 * `US` and `UK` live here, not in the generated data, because other two-letter codes are words.
 */
const EXTRA_COUNTRY_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['U.S.', 'United States'], ['US', 'United States'], ['U.S.A.', 'United States'], ['America', 'United States'],
  ['United States of America', 'United States'], ['the States', 'United States'],
  ['UK', 'Britain'], ['U.K.', 'Britain'], ['United Kingdom', 'Britain'], ['Great Britain', 'Britain'],
  ['England', 'England'], ['Scotland', 'Scotland'], ['Wales', 'Wales'], ['Northern Ireland', 'Northern Ireland'],
  ['Islamic Republic', 'Iran'], ['Persia', 'Iran'], ['Korea', 'Korea'], ['Holland', 'Netherlands'],
  ['the Netherlands', 'Netherlands'], ['Burma', 'Myanmar'], ['Ivory Coast', 'Ivory Coast'],
  ['Czech Republic', 'Czech Republic'], ['Congo', 'Republic of Congo'], ['DRC', 'Democratic Republic of Congo'],
  ['UAE', 'United Arab Emirates'], ['U.A.E.', 'United Arab Emirates'], ['Emirates', 'United Arab Emirates'],
  ['Soviet Union', 'Soviet Union'], ['USSR', 'Soviet Union'], ['U.S.S.R.', 'Soviet Union'],
  ['Turkey', 'Turkey'], ['Türkiye', 'Turkey'], ['Turkiye', 'Turkey'], ['Vatican', 'Vatican'],
  ['Palestinian territories', 'Palestine'], ['Gaza Strip', 'Gaza'], ['Gaza', 'Gaza'], ['West Bank', 'West Bank'],
  ['Taiwan', 'Taiwan'], ['Hong Kong', 'Hong Kong'], ['Kosovo', 'Kosovo'],
  ['Bosnia', 'Bosnia and Herzegovina'], ['Herzegovina', 'Bosnia and Herzegovina'],
  // Former states that history and archives still name.
  ['Yugoslavia', 'Yugoslavia'], ['Czechoslovakia', 'Czechoslovakia'], ['Zaire', 'Zaire'], ['East Germany', 'East Germany'],
  ['West Germany', 'West Germany'], ['Rhodesia', 'Rhodesia'], ['Ceylon', 'Sri Lanka'], ['Siam', 'Thailand'],
];

function buildCountryNames(): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const country of COUNTRY_DATA) {
    names.set(country.name, country.name);
    for (const alternative of country.alternatives) if (!names.has(alternative)) names.set(alternative, country.name);
  }
  for (const [name, country] of EXTRA_COUNTRY_NAMES) names.set(name, country);
  return names;
}

/**
 * Every name of a country (as written, case kept) → the short name English news uses for it
 * (`Russian Federation` → `Russia`, `U.S.` → `United States`, `United Kingdom` → `Britain`).
 * From world-countries (countries.data.ts) plus the short forms above.
 */
export const COUNTRY_NAMES: ReadonlyMap<string, string> = buildCountryNames();
