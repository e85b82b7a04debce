/** Pronouns by which a quoted speaker refers to themselves or the side they speak for. */
export const FIRST_PERSON_PRONOUNS: ReadonlySet<string> = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'ours']);
