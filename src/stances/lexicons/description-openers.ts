/** Determiners that open a description a reader resolves to someone already named (`the judge`, `its board`). */
export const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'its', 'their']);
