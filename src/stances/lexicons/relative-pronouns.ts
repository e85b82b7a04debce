/**
 * Relative pronouns: one ends the object (`X, which backs Y`), but the subject of a relative clause
 * is the noun before it, so the backward search for a subject goes on past it.
 */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'whom', 'whose', 'that']);
