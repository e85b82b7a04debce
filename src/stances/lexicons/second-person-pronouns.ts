/** Pronouns by which a quote refers to its hearer (`"You should resign," X told Y` → Y). */
export const SECOND_PERSON_PRONOUNS: ReadonlySet<string> = new Set(['you', 'your']);
