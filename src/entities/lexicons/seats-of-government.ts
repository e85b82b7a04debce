/**
 * Buildings and places that stand for the government seated in them. GUIDELINES §Entities: they
 * are ORG mentions (`the Kremlin said`); stances count them as the country (countryForMetonym).
 */
export const SEATS_OF_GOVERNMENT: ReadonlyMap<string, string> = new Map([
  ['Kremlin', 'Russia'], ['White House', 'United States'], ['Pentagon', 'United States'],
  ['Capitol Hill', 'United States'], ['Foggy Bottom', 'United States'], ['Downing Street', 'Britain'],
  ['Whitehall', 'Britain'], ['Westminster', 'Britain'], ['Elysee', 'France'], ['Élysée', 'France'],
  ['Elysee Palace', 'France'], ['Quai d\'Orsay', 'France'], ['Zhongnanhai', 'China'], ['Blue House', 'South Korea'],
  ['Chancellery', 'Germany'], ['Porte', 'Turkey'],
]);
