/** A possessive ending (`'s`) or a bare apostrophe after a plural (`the allies'`). */
export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'", '’', "'s", '’s']);
