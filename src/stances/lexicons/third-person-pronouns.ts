/**
 * Pronouns that stand for the subject of their sentence when they hold a stance (`Russia shielded
 * Syria, and it launched a campaign against X` → `it` is Russia, not Syria).
 */
export const THIRD_PERSON_PRONOUNS: ReadonlySet<string> = new Set([
  'it', 'its', 'they', 'their', 'he', 'she',
]);
