import { EITHER_FIRST_NAMES, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './first-names.data';
import { WORLD_FEMALE_FIRST_NAMES, WORLD_MALE_FIRST_NAMES } from './world-first-names';

type Gender = 'male' | 'female' | 'either';

function buildFirstNames(): ReadonlyMap<string, Gender> {
  const genders = new Map<string, Gender>();
  const add = (name: string, gender: Gender): void => {
    const known = genders.get(name);
    genders.set(name, known === undefined || known === gender ? gender : 'either');
  };
  for (const name of MALE_FIRST_NAMES) add(name, 'male');
  for (const name of FEMALE_FIRST_NAMES) add(name, 'female');
  for (const name of EITHER_FIRST_NAMES) add(name, 'either');
  for (const name of WORLD_MALE_FIRST_NAMES) add(name, 'male');
  for (const name of WORLD_FEMALE_FIRST_NAMES) add(name, 'female');
  return genders;
}

/**
 * Given names (as written, capitalised) → the gender that uses them. From the stdlib English
 * first-name lists (first-names.data.ts) plus world-first-names.ts. Evidence that a capitalised
 * word starts a person's name; quote attribution uses the gender to resolve `he` and `she`.
 */
export const FIRST_NAME_GENDER: ReadonlyMap<string, 'male' | 'female' | 'either'> = buildFirstNames();
