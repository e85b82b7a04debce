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

/** A 32-bit hash of a key (`h = 31h + code`), the one fuzzyVariantHashes gives for each variant. */
export function keyHash(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length; i += 1) hash = (Math.imul(hash, 31) + key.charCodeAt(i)) | 0;
  return hash;
}

/**
 * The keyHash of each of fuzzyVariants(key), in the same order, without building the variants:
 * the hash of `key` without its character i is the prefix's hash shifted past the suffix, plus the
 * suffix's. Linear in the key's length, where building the strings is quadratic and allocates.
 */
export function fuzzyVariantHashes(key: string): number[] {
  const hashes = [keyHash(key)];
  if (key.length < MIN_FUZZY_LENGTH) return hashes;
  const prefixes = [0];
  for (let i = 0; i < key.length; i += 1) prefixes.push((Math.imul(prefixes[i] ?? 0, 31) + key.charCodeAt(i)) | 0);
  const variantHashes: number[] = [];
  // Right to left: `suffix` is the hash of key[i + 1 …], `power` is 31 to its length.
  let suffix = 0;
  let power = 1;
  for (let i = key.length - 1; i >= 0; i -= 1) {
    variantHashes.push((Math.imul(prefixes[i] ?? 0, power) + suffix) | 0);
    suffix = (Math.imul(key.charCodeAt(i), power) + suffix) | 0;
    power = Math.imul(power, 31);
  }
  return hashes.concat(variantHashes.reverse());
}

const ACRONYM_SKIP: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'on', 'in', '&']);

/** The acronym an organisation's name would have (`Coastal Fisheries Authority` → `CFA`). */
export function acronymOf(name: string): string {
  return name.split(/[\s\-]+/u).filter((word) => word.length > 0 && !ACRONYM_SKIP.has(word.toLowerCase()))
    .map((word) => word[0] ?? '').join('').toUpperCase();
}
