/**
 * Stance-word lemmas that describe a deed rather than state a stance (`X plans to dominate the
 * region`): they compose inside another stance (`against attempts to dictate …`) and let a quoted
 * speaker oppose the doer (see HOSTILE_ACTS), but on their own state no stance of the doer.
 */
export const PORTRAYAL_ONLY_WORDS: ReadonlySet<string> = new Set(['dominate', 'plot', 'dictate', 'ignore']);
