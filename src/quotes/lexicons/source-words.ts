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

/** Relative pronouns that stand for the noun phrase before them (`a senior official, who said …`). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that']);

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
 * Nouns that introduce a name or a title in quotation marks (`the nickname “…”`, `his book “…”`): what
 * follows them is no reported speech (GUIDELINES §Quotes: a title, a name).
 */
export const NAMING_NOUNS: ReadonlySet<string> = new Set([
  'nickname', 'moniker', 'slogan', 'motto', 'hashtag', 'headline', 'title', 'book', 'memoir', 'novel', 'film',
  'movie', 'documentary', 'song', 'album', 'show', 'series', 'play', 'musical', 'column', 'essay', 'poem',
  'podcast', 'program', 'programme', 'brand', 'codename', 'code-name', 'label', 'banner', 'sign',
]);
