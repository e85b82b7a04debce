/**
 * Last words that make a run of capitalised words a place (`Silicon Valley`, `Tahrir Square`,
 * `Heathrow Airport`): LOC, since GUIDELINES §Entities gives named places that are not
 * geo-political entities that type. Lower-cased.
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'street', 'avenue', 'road', 'square', 'boulevard', 'bridge', 'airport', 'port', 'harbour', 'harbor', 'valley',
  'river', 'lake', 'mountain', 'mountains', 'mount', 'hills', 'island', 'islands', 'bay', 'canal', 'strait',
  'desert', 'peninsula', 'coast', 'plain', 'plateau', 'sea', 'ocean', 'gulf', 'park', 'forest', 'dam', 'crossing',
  'camp', 'base', 'province', 'region', 'district', 'county', 'governorate', 'oblast', 'strip', 'heights',
]);

/**
 * Last words that make a run of capitalised words an event, a law or a prize (`World Cup`,
 * `Climate Summit`, `Nobel Prize`): none of the entity types, so such a run is no mention. Lower-cased.
 */
export const EVENT_HEADS: ReadonlySet<string> = new Set([
  'cup', 'war', 'games', 'olympics', 'championship', 'championships', 'summit', 'conference', 'festival', 'award',
  'awards', 'prize', 'act', 'bill', 'treaty', 'accord', 'accords', 'agreement', 'deal', 'plan', 'day', 'week',
  'revolution', 'uprising', 'spring', 'crisis', 'election', 'elections', 'index', 'storm', 'hurricane', 'typhoon',
  'law', 'convention', 'open', 'classic', 'series', 'prix', 'marathon', 'rally', 'partnership',
]);
