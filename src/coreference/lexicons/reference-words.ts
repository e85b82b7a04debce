/**
 * Words a reporter uses to refer back to an entity already named: pronouns, determiners, and the head
 * nouns of descriptions (`the senator`, `the company`, `the report`). General English news usage,
 * lower-cased; no name or phrase from any article.
 */

/** Pronouns that stand for a named entity, with the number and gender they carry (`it` is neuter). */
export const REFERRING_PRONOUNS: ReadonlyMap<string, { readonly number: 'singular' | 'plural'; readonly gender: 'male' | 'female' | 'neuter' | null }> = new Map([
  ['he', { number: 'singular', gender: 'male' }],
  ['she', { number: 'singular', gender: 'female' }],
  ['it', { number: 'singular', gender: 'neuter' }],
  ['they', { number: 'plural', gender: null }],
  ['we', { number: 'plural', gender: null }],
  ['i', { number: 'singular', gender: null }],
] as const);

/**
 * Object pronouns that stand for a named person (`criticised him`). They never refer to their own
 * clause's subject (that would be `himself`), so they are linked to a person of an earlier sentence.
 * `her` is one only when no noun follows it (`her support` is a determiner).
 */
export const OBJECT_PRONOUNS: ReadonlyMap<string, 'male' | 'female'> = new Map([['him', 'male'], ['her', 'female']]);

/** Possessive determiners that stand for a named entity, with the gender they carry (`her` only before a noun). */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'neuter'> = new Map([['his', 'male'], ['her', 'female'], ['its', 'neuter']]);

/** Determiners that make a description definite, so it refers to someone the article already named. */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their']);

/** Role nouns that any head of state or government answers to (`the French leader` → its president). */
export const LEADER_TITLES: ReadonlySet<string> = new Set([
  'president', 'premier', 'minister', 'chancellor', 'king', 'queen', 'emir', 'sultan', 'monarch', 'leader',
  'dictator', 'ayatollah', 'prince',
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
  ['fund', 'ORG'], ['campaign', 'ORG'], ['lender', 'ORG'], ['regulator', 'ORG'], ['institute', 'ORG'],
  ['panel', 'ORG'], ['commission', 'ORG'], ['bureau', 'ORG'], ['coalition', 'ORG'], ['charity', 'ORG'],
  ['paper', 'ORG'], ['school', 'ORG'], ['club', 'ORG'], ['team', 'ORG'], ['giant', 'ORG'], ['watchdog', 'ORG'],
  ['country', 'GPE'], ['nation', 'GPE'], ['province', 'GPE'], ['city', 'GPE'], ['state', 'GPE'],
]);

/** Organisation heads that name a business: `the bank` or `the company` is never a public body. */
export const BUSINESS_HEADS: ReadonlySet<string> = new Set([
  'company', 'firm', 'bank', 'lender', 'retailer', 'insurer', 'automaker', 'carmaker', 'airline', 'broadcaster', 'giant',
]);

/** Words that make an organisation's name a public body's (`Senate`, `House Ethics Committee`, `Justice Department`). */
export const PUBLIC_BODY_WORDS: ReadonlySet<string> = new Set([
  'senate', 'house', 'congress', 'parliament', 'assembly', 'legislature', 'committee', 'subcommittee', 'caucus',
  'court', 'tribunal', 'circuit', 'party', 'council', 'ministry', 'department', 'agency', 'commission', 'bureau',
  'government', 'cabinet', 'administration', 'army', 'navy', 'police', 'delegation',
]);

/**
 * Nouns for what a court, an agency or a company issues (`the ruling said`, `the report found`). A
 * document speaks for the organisation that wrote it: the one named inside the phrase (`the agency's
 * report`), else, for a court's documents, the last court named; else the last organisation named.
 */
export const DOCUMENT_HEADS: ReadonlyMap<string, 'court' | 'any'> = new Map([
  ['ruling', 'court'], ['decision', 'court'], ['opinion', 'court'], ['judgment', 'court'], ['judgement', 'court'],
  ['verdict', 'court'], ['order', 'court'],
  ['report', 'any'], ['study', 'any'], ['survey', 'any'], ['statement', 'any'], ['analysis', 'any'],
  ['review', 'any'], ['audit', 'any'], ['filing', 'any'], ['brief', 'any'], ['lawsuit', 'any'], ['suit', 'any'],
  ['complaint', 'any'], ['memo', 'any'], ['letter', 'any'], ['release', 'any'], ['forecast', 'any'],
  ['outlook', 'any'], ['poll', 'any'], ['assessment', 'any'], ['paper', 'any'], ['document', 'any'],
]);

/** Organisation heads that name a court, for documents such as `the ruling`. */
export const COURT_WORDS: ReadonlySet<string> = new Set(['court', 'tribunal', 'judge', 'justice', 'circuit', 'bench']);

/**
 * The titles a description's head also matches (`the judge` → `Justice X`, `the senator` → `Sen. X`),
 * as written before names in US, UK and Commonwealth news; abbreviations without their full stop.
 */
export const TITLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['judge', ['justice']], ['justice', ['judge']],
  ['senator', ['sen', 'sens']], ['representative', ['rep', 'reps', 'congressman', 'congresswoman']],
  ['congressman', ['rep', 'representative']], ['congresswoman', ['rep', 'representative']],
  ['lawmaker', ['sen', 'sens', 'senator', 'rep', 'representative', 'congressman', 'congresswoman', 'mp']],
  ['governor', ['gov']], ['general', ['gen']], ['lieutenant', ['lt']], ['colonel', ['col']],
  ['ex-wife', ['wife']], ['ex-husband', ['husband']], ['professor', ['prof']], ['doctor', ['dr']], ['secretary', ['sec']], ['attorney', ['atty']],
]);

/**
 * Roles a campaign or a family gives a person, read before a name like titles (`Republican nominee
 * Jane Roe`, `his wife Ann`), so that `the nominee` or `his ex-wife` finds the person later.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'nominee', 'candidate', 'challenger', 'incumbent', 'frontrunner', 'contender', 'hopeful',
  'wife', 'husband', 'ex-wife', 'ex-husband', 'widow', 'widower', 'son', 'daughter', 'mother', 'father',
  'brother', 'sister', 'partner', 'fiancee', 'fiance',
]);
