/**
 * Words around a name that say which kind of entity it is, read by weigh-type-evidence.ts. General
 * English news usage (sports reports, business and politics), lower-cased. Each list is one kind of
 * evidence; none names an entity.
 */

/**
 * Words only sports reporting uses: a document with two of them, or one and a match score beside
 * `beat` or `drew`, is a sports report. Left out: words politics shares (`won`, `victory`, `race`, `points`).
 */
export const SPORTS_WORDS: ReadonlySet<string> = new Set([
  'goal', 'goals', 'innings', 'wicket', 'wickets', 'halftime', 'half-time', 'striker', 'midfielder', 'goalkeeper',
  'defender', 'league', 'cup', 'standings', 'tournament', 'soccer', 'football', 'cricket', 'tennis', 'golf',
  'rugby', 'baseball', 'basketball', 'hockey', 'quarter-final', 'semi-final', 'qualifier', 'fixture', 'fixtures',
  'coach', 'squad', 'stadium', 'club', 'clubs', 'touchdown', 'playoff', 'playoffs', 'derby', 'referee', 'penalty',
  'scored', 'match', 'matches', 'championship', 'olympic', 'olympics', 'athletics', 'cycling', 'boxing',
]);

/** Results verbs that, with a match score, mark a sports report (`X beat Y 2-0`). */
export const RESULT_VERBS: ReadonlySet<string> = new Set(['beat', 'beats', 'drew', 'defeated', 'thrashed', 'edged', 'routed', 'crushed', 'trounced', 'lost']);

/** Words right after a name that make it a team in a sports report (`X beat Y`, `X coach`). */
export const TEAM_CUES_AFTER: ReadonlySet<string> = new Set([
  'beat', 'beats', 'drew', 'draw', 'defeated', 'thrashed', 'edged', 'routed', 'crushed', 'trounced', 'lost',
  'lose', 'won', 'win', 'held', 'hammered', 'outplayed', 'coach', 'manager', 'fans', 'supporters', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'squad', 'captain', 'bowled', 'declared', 'v', 'vs', 'vs.', 'versus',
]);

/** Words right before a name that make it a team in a sports report (`beat Y`, `against Y`, `v Y`). */
export const TEAM_CUES_BEFORE: ReadonlySet<string> = new Set([
  'beat', 'beats', 'defeated', 'thrashed', 'edged', 'routed', 'crushed', 'trounced', 'against', 'v', 'vs',
  'vs.', 'versus', 'hosted', 'hosts', 'host', 'face', 'faces', 'play', 'plays', 'played', 'outplayed',
  // a player's move between clubs (`joined X`)
  'joined', 'joins', 'join', 'rejoined',
]);

/** Two words right before a name that make it a team (`drew with Y`, `lost to Y`, `win over Y`). */
export const TEAM_PHRASES_BEFORE: ReadonlySet<string> = new Set([
  'drew with', 'draw with', 'lost to', 'losing to', 'loss to', 'win over', 'victory over', 'defeat by',
  'defeat to', 'defeat against', 'draw against', 'win against', 'joined from', 'move to', 'transfer to',
  // a player's club and a table's rival (`scored for Y`, `lead over Y`)
  'scored for', 'played for', 'plays for', 'playing for', 'signed for', 'homered for', 'pitched for',
  'transferred to', 'loaned to', 'lead over',
]);

/** Prepositions before a name that make it a place (`in X`, `near X`). `at` is weighed apart: `at X` is also an employer. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'near', 'outside', 'from', 'across', 'around', 'throughout', 'towards', 'toward', 'into', 'inside', 'via',
]);

/** Nouns that, with `of`, introduce a place's name (`the town of X`, `the province of X`). */
export const PLACE_NOUNS_BEFORE_OF: ReadonlySet<string> = new Set([
  'town', 'city', 'village', 'province', 'region', 'capital', 'port', 'suburb', 'district', 'state', 'county',
  'island', 'outskirts', 'streets', 'centre', 'center', 'north', 'south', 'east', 'west', 'people', 'residents',
]);

/**
 * Roles that, with `at`, `of` or `with`, name the organisation a person works for (`an analyst at X`,
 * `the finance chief of X`). Titles (titles.ts) count too.
 */
export const EMPLOYEE_NOUNS: ReadonlySet<string> = new Set([
  'analyst', 'analysts', 'economist', 'economists', 'strategist', 'employee', 'employees', 'worker', 'workers',
  'researcher', 'researchers', 'engineer', 'engineers', 'executive', 'executives', 'chief', 'partner', 'staff',
  'trader', 'traders', 'banker', 'bankers', 'scientist', 'scientists', 'shareholders', 'customers',
  'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'founder', 'owner', 'owners', 'unit', 'subsidiary',
]);

/** Endings of place names written as one word (`Yorkshire`, `Volgograd`, `Islamabad`). */
export const PLACE_SUFFIXES: readonly string[] = ['shire', 'grad', 'abad', 'burg', 'bourg', 'ville', 'stadt', 'sk'];

/**
 * Nouns that, with `of`, take a person (`the removal of X`, `the resignation of X`, `the wife of X`):
 * offices are left and lost, and families had, by people. General news English; `fate` and `death`
 * are left out because places and companies have them too.
 */
export const PERSON_NOUNS_BEFORE_OF: ReadonlySet<string> = new Set([
  'removal', 'ouster', 'overthrow', 'resignation', 'impeachment', 'assassination', 'arrest', 'indictment',
  'wife', 'husband', 'widow', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'successor', 'predecessor',
]);

/**
 * Nouns for a kind of organisation written right before its name (`the Belgian club X`, `tyre giant X`,
 * `the news agency X`, `the daily X`): the name is the organisation. Business, media and sports usage;
 * left out: nouns that name a person as often (`rival`, `partner`, `broker`, `publisher`, `producer`, `miner`).
 */
export const ORGANISATION_NOUNS_BEFORE: ReadonlySet<string> = new Set([
  'club', 'team', 'franchise', 'company', 'firm', 'group', 'giant', 'conglomerate', 'manufacturer', 'retailer',
  'carrier', 'airline', 'bank', 'lender', 'insurer', 'brokerage', 'chain', 'consortium', 'broadcaster',
  'newspaper', 'daily', 'weekly', 'tabloid', 'agency', 'network', 'outfit', 'startup', 'utility', 'refiner',
  'automaker', 'carmaker', 'chipmaker', 'subsidiary', 'affiliate', 'watchdog', 'regulator',
]);

/** Nouns right after a name that say it is an organisation (`the Kabari news agency`, `the Novy Svet daily`). */
export const ORGANISATION_NOUNS_AFTER: ReadonlySet<string> = new Set([
  'agency', 'newspaper', 'daily', 'channel', 'broadcaster', 'network', 'magazine', 'company', 'group', 'party', 'militia',
]);
