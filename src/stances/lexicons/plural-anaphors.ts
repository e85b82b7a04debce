/**
 * Noun phrases that refer back to the last group of two or more parties (`Russia and Iran … Both
 * countries are allies of X`), keyed by their lower-cased words joined by one space.
 */
export const PLURAL_ANAPHORS: ReadonlySet<string> = new Set([
  'both countries', 'the two countries', 'both sides', 'the two sides', 'both nations', 'the two nations',
  'the nations', 'the countries', 'both governments', 'the two governments', 'the two leaders', 'both leaders',
  'the allies', 'the two allies', 'the pair',
]);

/**
 * Noun phrases that refer back to the last group of two or more named organisations (`X and Y
 * filed a motion … A lawyer for the news outlets said`), keyed like the list above.
 */
export const ORGANISATION_ANAPHORS: ReadonlySet<string> = new Set([
  'the outlets', 'the news outlets', 'the media outlets', 'the newspapers', 'the papers', 'the publishers',
  'the companies', 'the two companies', 'both companies', 'the firms', 'the two firms', 'both firms',
  'the banks', 'the two banks', 'both banks', 'the lenders', 'the groups', 'the two groups', 'both groups',
  'the organizations', 'the organisations', 'the two organizations', 'the two organisations',
  'the unions', 'the two unions', 'the networks', 'the broadcasters', 'the agencies', 'the two agencies',
]);
