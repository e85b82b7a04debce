import { describe, expect, it } from 'vitest';
import { countryForMetonym } from '../../src/entities/country-for-metonym';

describe('countryForMetonym', () => {
  it.each<[string, string]>([
    ['Moscow', 'Russia'], ['Tehran', 'Iran'], ['Washington', 'United States'], ['Damascus', 'Syria'],
    ['Ankara', 'Turkey'], ['London', 'Britain'], ['Nairobi', 'Kenya'],
  ])('maps the capital %s to %s', (name, country) => {
    expect(countryForMetonym(name)).toBe(country);
  });

  it.each<[string, string]>([
    ['Kremlin', 'Russia'], ['the Kremlin', 'Russia'], ['White House', 'United States'], ['the Pentagon', 'United States'],
    ['Downing Street', 'Britain'], ['Elysee', 'France'],
  ])('maps the seat of government %s to %s', (name, country) => {
    expect(countryForMetonym(name)).toBe(country);
  });

  it.each<[string, string]>([
    ['Russian Federation', 'Russia'], ['U.S.', 'United States'], ['US', 'United States'], ['USA', 'United States'],
    ['America', 'United States'], ['United States of America', 'United States'], ['UK', 'Britain'],
    ['United Kingdom', 'Britain'], ['Islamic Republic of Iran', 'Iran'], ['Syrian Arab Republic', 'Syria'],
    ['Iran', 'Iran'], ['Türkiye', 'Turkey'],
  ])('maps the country name %s to %s', (name, country) => {
    expect(countryForMetonym(name)).toBe(country);
  });

  it.each(['Russian', 'Iranians', 'Syrian', 'us', 'u.s.', 'Lagos', 'Vladimir Putin', '', 'constructor'])('leaves %j unmapped', (name) => {
    expect(countryForMetonym(name)).toBeUndefined();
  });
});
