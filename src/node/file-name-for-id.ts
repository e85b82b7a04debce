// Letters, digits, `.`, `_` and `-` are safe in a file name on every system; anything else in an id
// (a `/`, a `..`, a colon) would write outside `--out` or fail on some file system.
const UNSAFE = /[^\p{L}\p{N}._-]+/gu;
const MAX_LENGTH = 120;

/**
 * A file name for a document id, unique among the names in `used` (which it extends): unsafe
 * characters become `_`, and a repeated id gets `-2`, `-3`, … so no document overwrites another.
 */
export function fileNameForId(id: string, used: Set<string>): string {
  const safe = id.replace(UNSAFE, '_').replace(/^[.]+/, '_').slice(0, MAX_LENGTH) || 'document';
  let name = safe;
  for (let copy = 2; used.has(name.toLowerCase()); copy += 1) name = `${safe}-${copy}`;
  // Compared lower-cased: on case-insensitive file systems `A` and `a` are one file.
  used.add(name.toLowerCase());
  return name;
}
