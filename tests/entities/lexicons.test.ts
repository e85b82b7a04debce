import { describe, expect, it } from 'vitest';
import { CAPITALS } from '../../src/entities/lexicons/capitals';
import { CITIES } from '../../src/entities/lexicons/cities';
import { COUNTRY_NAMES } from '../../src/entities/lexicons/countries';
import { FIRST_NAME_GENDER } from '../../src/entities/lexicons/first-names';
import { GAZETTEER, gazetteerKey } from '../../src/entities/lexicons/gazetteer';
import { NATIONALITIES } from '../../src/entities/lexicons/nationalities';

describe('entity lexicons', () => {
  it.each<[string, 'male' | 'female' | 'either']>([
    ['John', 'male'], ['Mary', 'female'], ['Leslie', 'either'], ['Mohammed', 'male'], ['Fatima', 'female'], ['Sergei', 'male'],
  ])('gives %s the gender %s', (name, gender) => {
    expect(FIRST_NAME_GENDER.get(name)).toBe(gender);
  });

  it.each<[string, string]>([
    ['Russian Federation', 'Russia'], ['U.S.', 'United States'], ['United Kingdom', 'Britain'], ['Türkiye', 'Turkey'], ['Islamic Republic of Iran', 'Iran'],
  ])('maps the country name %s to %s', (name, country) => {
    expect(COUNTRY_NAMES.get(name)).toBe(country);
  });

  it.each<[string, string]>([['Russians', 'Russian'], ['Americans', 'American'], ['French', 'French'], ['Saudi', 'Saudi']])('reads the nationality %s as %s', (form, name) => {
    expect(NATIONALITIES.get(form)).toBe(name);
  });

  it('knows capitals and large cities, but not small towns or common words', () => {
    expect(CAPITALS.get('Tehran')).toBe('Iran');
    expect(CAPITALS.get('Washington')).toBe('United States');
    expect(CITIES.has('Aleppo')).toBe(true);
    expect(CITIES.has('Nice')).toBe(false);
  });

  it('keys names as written in text, apostrophes and spaces normalised', () => {
    expect(gazetteerKey('Côte  d’Ivoire')).toBe("côte d'ivoire");
    expect(GAZETTEER.entries.get('u.s.')?.[0]?.canonical).toBe('United States');
    expect(GAZETTEER.prefixes.has('united')).toBe(true);
  });

  it('is not fooled by object property names', () => {
    expect(GAZETTEER.entries.get('constructor')).toBeUndefined();
    expect(FIRST_NAME_GENDER.get('__proto__')).toBeUndefined();
  });
});
