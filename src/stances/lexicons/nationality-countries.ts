import { COUNTRY_DATA } from '../../entities/lexicons/countries.data';
import { COUNTRY_NAMES } from '../../entities/lexicons/countries';

// Derived, not copied, from the entity stage's country data: each demonym → the country's news
// name. Where territories share a demonym with a state (`American`, `French`, `Indian`), the state's
// shorter name wins (`United States` over `Northern Mariana Islands`).
function buildNationalityCountries(): ReadonlyMap<string, string> {
  const countries = new Map<string, string>();
  for (const country of COUNTRY_DATA) {
    for (const demonym of country.demonyms) {
      const known = countries.get(demonym);
      if (known === undefined || country.name.length < known.length) countries.set(demonym, country.name);
    }
  }
  const named = new Map<string, string>();
  for (const [demonym, name] of countries) named.set(demonym, COUNTRY_NAMES.get(name) ?? name);
  return named;
}

/**
 * Nationality adjective (singular, as written: `Iranian`) → the country it names for stance
 * (`Iran`). GUIDELINES §Stances: `Iranian and Russian support for X` is the two countries' support.
 */
export const NATIONALITY_COUNTRIES: ReadonlyMap<string, string> = buildNationalityCountries();
