// PLACEHOLDER (lead): the entity-tagging helper replaces this with a data-backed version built from
// generated lexicons (capitals, alternative names, seats of government). Keep the signature.

const PLACEHOLDER: ReadonlyMap<string, string> = new Map([
  ['moscow', 'Russia'], ['kremlin', 'Russia'], ['tehran', 'Iran'], ['washington', 'United States'],
  ['white house', 'United States'], ['damascus', 'Syria'], ['russian federation', 'Russia'],
]);

/**
 * Returns the country a name stands for when used as a metonym for its government: a capital
 * (`Moscow`), a seat of government (`the Kremlin`), an alternative name (`Russian Federation`), a
 * government (`the Obama administration` → not handled here). Returns `undefined` otherwise.
 * Nationality adjectives are never mapped: a NORP is its own entity.
 */
export function countryForMetonym(name: string): string | undefined {
  return PLACEHOLDER.get(name.toLowerCase().replace(/^the\s+/u, ''));
}
