import { countryForMetonym } from '../entities/country-for-metonym';
import { normaliseEntityName } from './normalise-entity-name';
import type { CatalogIndex } from './types';

/**
 * Returns a comparison key for a stance holder or target: its catalog canonical name, where a
 * capital, seat of government or ministry counts as its country (GUIDELINES §Stances:
 * `Moscow`, `the Kremlin` → `Russia`).
 */
export function normaliseStanceParty(index: CatalogIndex, name: string): string {
  const canonical = normaliseEntityName(index, name);
  const country = countryForMetonym(canonical) ?? countryForMetonym(name.trim());
  return country === undefined ? canonical : normaliseEntityName(index, country);
}
