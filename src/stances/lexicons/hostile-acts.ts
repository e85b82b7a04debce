/**
 * Stance-word lemmas that also portray their doer as hostile (`X plots to dominate the region`):
 * a speaker who says an entity does them opposes that entity. Words that only report a stance
 * (`oppose`, `reject`) are left out: saying that an ally opposes something is not hostility to it.
 */
export const HOSTILE_ACTS: ReadonlySet<string> = new Set([
  'dominate', 'plot', 'interfere', 'impose', 'dictate', 'ignore', 'attack', 'bomb', 'threaten', 'invade',
  'besiege', 'undermine', 'bombard',
]);
