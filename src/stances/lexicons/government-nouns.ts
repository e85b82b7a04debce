/**
 * Nouns that turn a leader's name into the government they head (`the Smith administration` → the
 * country). `regime` and `government` are left out: news writes `the X regime` for the leader.
 */
export const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(['administration', 'cabinet', 'presidency']);
