/**
 * Words around an attribution that are not the speaker. General English news usage, lower-cased.
 */

/** Time words a reporter puts between a cue and its clause or subject (`said Monday that`, `who on Sunday said`). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'tomorrow', 'recently', 'earlier', 'later', 'last', 'week', 'month', 'year', 'night',
  'morning', 'afternoon', 'evening', 'weekend', 'on', 'previously', 'again', 'also', 'repeatedly',
  'publicly', 'privately', 'separately', 'then', 'now', 'once', 'already', 'reportedly', 'allegedly',
  'however', 'too', 'still', 'further', 'moreover', 'meanwhile',
]);

/** Be-forms that make a following participle passive (`it was reported that` has no named source). */
export const BE_FORMS: ReadonlySet<string> = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", '’s']);

/** Pronouns that can name a speaker, with the number and gender they carry. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, { readonly number: 'singular' | 'plural'; readonly gender: 'male' | 'female' | 'neuter' | null }> = new Map([
  ['he', { number: 'singular', gender: 'male' }],
  ['she', { number: 'singular', gender: 'female' }],
  ['it', { number: 'singular', gender: 'neuter' }],
  ['they', { number: 'plural', gender: null }],
  ['we', { number: 'plural', gender: null }],
  ['i', { number: 'singular', gender: null }],
] as const);

/** Relative pronouns that stand for the noun phrase before them (`a senior official, who said …`). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/** Determiners that make a description definite, so it refers to someone the article already named. */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their']);

/** Role nouns that any head of state or government answers to (`the French leader` → its president). */
export const LEADER_TITLES: ReadonlySet<string> = new Set([
  'president', 'premier', 'minister', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'monarch', 'leader',
  'dictator', 'ayatollah', 'prince',
]);

/** Words that name a source of news (`according to state media`), so `according to X` is a cue only then. */
export const SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'official', 'source', 'report', 'statement', 'agency', 'media', 'newspaper', 'paper', 'daily', 'news',
  'witness', 'police', 'ministry', 'department', 'office', 'spokesman', 'spokeswoman', 'spokesperson',
  'government', 'diplomat', 'analyst', 'expert', 'people', 'resident', 'activist', 'group', 'document',
  'survey', 'poll', 'study', 'data', 'figure', 'estimate', 'observer', 'monitor', 'television', 'tv',
  'broadcaster', 'website', 'outlet', 'channel', 'wire', 'service', 'aide', 'adviser', 'advisor',
  'officer', 'authority', 'military', 'army', 'leader', 'member', 'lawmaker', 'investigator', 'prosecutor',
  'researcher', 'scientist', 'person', 'insider', 'interview', 'account', 'record', 'filing', 'letter',
]);

/**
 * Head nouns of a definite description that refers back to an organisation or a country the article
 * named (`the company said` → the last company mentioned). `government` is left out: it may stand for
 * a country or for its cabinet.
 */
export const ORGANISATION_HEADS: ReadonlyMap<string, 'ORG' | 'GPE'> = new Map([
  ['company', 'ORG'], ['firm', 'ORG'], ['agency', 'ORG'], ['ministry', 'ORG'], ['department', 'ORG'],
  ['group', 'ORG'], ['organization', 'ORG'], ['organisation', 'ORG'], ['party', 'ORG'], ['union', 'ORG'],
  ['bank', 'ORG'], ['council', 'ORG'], ['committee', 'ORG'], ['board', 'ORG'], ['court', 'ORG'],
  ['network', 'ORG'], ['newspaper', 'ORG'], ['university', 'ORG'], ['league', 'ORG'], ['airline', 'ORG'],
  ['retailer', 'ORG'], ['insurer', 'ORG'], ['automaker', 'ORG'], ['carmaker', 'ORG'], ['broadcaster', 'ORG'],
  ['country', 'GPE'], ['nation', 'GPE'], ['province', 'GPE'], ['city', 'GPE'], ['state', 'GPE'],
]);
