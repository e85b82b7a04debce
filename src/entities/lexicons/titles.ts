/**
 * Titles and roles that stand before a person's name (`President Maria Lopez`, `Maj. Gen. X`) or
 * describe a person in place of the name (`the ayatollah`, `the foreign minister`). GUIDELINES §Entities:
 * they mark a PERSON but stay outside its span. Quote attribution uses the same words to resolve
 * descriptions (`the president` → the person the article introduced as President X).
 * General English news usage, lower-cased, without a trailing full stop (`gen`, not `gen.`).
 * Left out: words that are mostly something else when capitalised (`will`, `grant`).
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  // heads of state and government
  'president', 'vice-president', 'premier', 'chancellor', 'minister', 'secretary', 'king', 'queen',
  'prince', 'princess', 'emir', 'sultan', 'sheikh', 'shaikh', 'monarch', 'dictator', 'leader',
  'governor', 'gov', 'mayor', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman',
  'mp', 'mep', 'mpp', 'mla', 'lawmaker', 'legislator', 'speaker', 'ambassador', 'amb', 'envoy', 'diplomat', 'consul', 'commissioner',
  // religious
  'ayatollah', 'imam', 'cleric', 'mullah', 'hojatoleslam', 'pope', 'cardinal', 'archbishop',
  'bishop', 'rabbi', 'reverend', 'rev', 'patriarch', 'mufti', 'pastor', 'priest',
  // military and police
  'general', 'gen', 'lieutenant', 'lt', 'colonel', 'col', 'major', 'maj', 'captain', 'capt', 'commander',
  'cmdr', 'admiral', 'adm', 'brigadier', 'brig', 'sergeant', 'sgt', 'corporal', 'cpl', 'private', 'pvt',
  'marshal', 'commandant', 'chief', 'inspector', 'detective', 'superintendent', 'officer',
  // officials and spokespeople
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'aide', 'adviser', 'advisor', 'director',
  'chairman', 'chairwoman', 'chairperson', 'chair', 'head', 'deputy', 'undersecretary', 'attorney',
  'prosecutor', 'judge', 'justice', 'analyst', 'expert', 'correspondent', 'reporter', 'editor',
  'columnist', 'professor', 'prof', 'dr', 'doctor', 'ceo', 'founder', 'executive',
  // honorifics
  'mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady', 'madam', 'hon',
]);

/**
 * Words that qualify a title without being one (`Foreign Minister`, `Supreme Leader`, `former President`).
 * They join a title phrase only when a title word follows.
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'foreign', 'defense', 'defence', 'interior', 'finance', 'economy', 'energy', 'oil', 'trade', 'health',
  'justice', 'education', 'intelligence', 'state', 'prime', 'vice', 'deputy', 'acting', 'former', 'late',
  'supreme', 'grand', 'senior', 'chief', 'top', 'assistant', 'associate', 'executive', 'general',
  'national', 'security', 'press', 'army', 'military', 'first', 'presidential', 'crown', 'lieutenant',
  'brigadier', 'major', 'field', 'rear', 'junior', 'majority', 'minority', 'opposition', 'party',
]);

/** Titles that tell a person's gender, used to resolve `he` and `she` to the right person. */
export const GENDERED_TITLES: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['king', 'male'], ['prince', 'male'], ['emir', 'male'], ['sultan', 'male'], ['sheikh', 'male'],
  ['shaikh', 'male'], ['ayatollah', 'male'], ['imam', 'male'], ['mullah', 'male'], ['hojatoleslam', 'male'],
  ['pope', 'male'], ['cardinal', 'male'], ['archbishop', 'male'], ['bishop', 'male'], ['patriarch', 'male'],
  ['mufti', 'male'], ['priest', 'male'], ['mr', 'male'], ['sir', 'male'], ['lord', 'male'],
  ['spokesman', 'male'], ['chairman', 'male'], ['congressman', 'male'],
  ['queen', 'female'], ['princess', 'female'], ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'],
  ['dame', 'female'], ['lady', 'female'], ['madam', 'female'], ['spokeswoman', 'female'],
  ['chairwoman', 'female'], ['congresswoman', 'female'],
]);
