import { NAME_PARTICLES } from './lexicons/name-particles';

/**
 * The words of a name as linking compares them: lower-cased, hyphens and particles dropped
 * (`Khalid Al-Rashidi`, `Khalid al-Rashidi` and `Khalid Rashidi` all give `khalid rashidi`).
 */
export function nameWords(name: string): string[] {
  return name.toLowerCase().replace(/[’']s$/u, '').split(/[\s\-‐]+/u)
    .filter((word) => word.length > 0 && !NAME_PARTICLES.has(word) && !/^\p{L}\.$/u.test(word));
}

/** The key of a name for exact linking: its words joined by spaces. */
export function nameKey(name: string): string {
  return nameWords(name).join(' ');
}

// Names shorter than this are too easily confused by one letter (`Iran`/`Iraq`, `Mali`/`Bali`).
const MIN_FUZZY_LENGTH = 6;

/**
 * The one-deletion variants of a key (plus the key itself), so two keys within one edit of each
 * other share a variant: linking one-letter misspellings (`Kuznetzov`/`Kuznetsov`) by hash look-up
 * instead of comparing every pair. Short keys get no variants.
 */
export function fuzzyVariants(key: string): string[] {
  if (key.length < MIN_FUZZY_LENGTH) return [key];
  const variants = [key];
  for (let i = 0; i < key.length; i += 1) variants.push(key.slice(0, i) + key.slice(i + 1));
  return variants;
}

const ACRONYM_SKIP: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'on', 'in', '&']);

/** The acronym an organisation's name would have (`Coastal Fisheries Authority` → `CFA`). */
export function acronymOf(name: string): string {
  return name.split(/[\s\-]+/u).filter((word) => word.length > 0 && !ACRONYM_SKIP.has(word.toLowerCase()))
    .map((word) => word[0] ?? '').join('').toUpperCase();
}
