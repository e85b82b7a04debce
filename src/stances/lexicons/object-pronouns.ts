/** Object pronouns: one is the object itself (`thanked him for …`), so the search for a named object ends there. */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'me', 'us', 'himself', 'herself', 'themselves', 'itself']);
