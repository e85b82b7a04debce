/**
 * Dashes that set off a phrase in news text: the em dash, the en dash and the double hyphen that
 * stand for them, and the horizontal bar (`―`) some outlets put after a dateline.
 */
export const DASHES: ReadonlySet<string> = new Set(['--', '—', '―', '–']);

/** The same with a plain hyphen, which some writers space out and use as a dash (`families - all of them - would`). */
export const DASHES_AND_HYPHEN: ReadonlySet<string> = new Set([...DASHES, '-']);
