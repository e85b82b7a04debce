/**
 * Prepositions after which a party is never the subject of a stance (`sent advisers to X to back
 * Y`: X does not back Y), on top of the place prepositions.
 */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'with', 'against', 'toward', 'towards', 'alongside']);
