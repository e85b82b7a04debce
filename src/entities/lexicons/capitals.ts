import { COUNTRY_DATA } from './countries.data';

function buildCapitals(): ReadonlyMap<string, string> {
  const capitals = new Map<string, string>();
  for (const country of COUNTRY_DATA) {
    for (const capital of country.capitals) {
      capitals.set(capital, country.name);
      // `Washington D.C.` is written `Washington` far more often.
      const short = capital.replace(/\s+D\.C\.$/u, '');
      if (short !== capital) capitals.set(short, country.name);
    }
  }
  return capitals;
}

/** Capital cities (as written) → the country they are the capital of. From world-countries. */
export const CAPITALS: ReadonlyMap<string, string> = buildCapitals();
