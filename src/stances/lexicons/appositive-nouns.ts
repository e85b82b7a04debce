/**
 * Stance nouns that name a party and so may take their target in apposition after a comma
 * (`Tehran's closest ally, the militia X`); other stance nouns end their object at a comma.
 */
export const APPOSITIVE_NOUNS: ReadonlySet<string> = new Set([
  'ally', 'allies', 'partner', 'backer', 'supporter', 'protector', 'opponent', 'critic', 'rival', 'archrival',
  'enemy', 'foe', 'friend',
]);
