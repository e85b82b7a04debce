import { COMPANY_FORMS } from './company-forms';

/**
 * Words that end an organisation's name (`Northern Farmers Union`, `Coastal Defence Force`,
 * `State Department`): a run of capitalised words ending in one of them is an ORG, and a
 * nationality or country at its start belongs to the ORG (GUIDELINES §Entities). Lower-cased.
 * Left out: words that end place names as often (`City`, `Island`) or people's (`Jr`).
 */
export const ORGANISATION_HEADS: ReadonlySet<string> = new Set([
  'council', 'forum', 'force', 'forces', 'corps', 'department', 'agency', 'ministry', 'party', 'news', 'times',
  'journal', 'post', 'herald', 'tribune', 'gazette', 'telegraph', 'chronicle', 'daily', 'weekly', 'magazine',
  'army', 'navy', 'guard', 'guards', 'brigade', 'brigades', 'battalion', 'militia', 'front', 'movement',
  'committee', 'commission', 'organization', 'organisation', 'union', 'association', 'federation', 'league',
  'alliance', 'coalition', 'institute', 'institution', 'university', 'college', 'academy', 'school', 'bank',
  'fund', 'court', 'tribunal', 'parliament', 'congress', 'senate', 'assembly', 'authority', 'administration',
  'company', 'corporation', 'group', 'holdings', 'airlines', 'airways',
  'office', 'service', 'services', 'police', 'bureau', 'board', 'foundation', 'center', 'centre', 'network',
  'television', 'tv', 'radio', 'press', 'broadcasting', 'channel', 'club', 'society', 'trust', 'church',
  'cabinet', 'government', 'secretariat', 'directorate', 'command', 'staff', 'jihad', 'brotherhood', 'hospital',
  'exchange', 'reserve', 'treasury', 'program', 'programme', 'project', 'initiative', 'watch', 'international',
  'systems', 'technologies', 'laboratory', 'laboratories', 'labs', 'motors', 'pharmaceuticals', 'industries',
  'resorts', 'media', 'communications', 'electric', 'petroleum', 'insurance', 'securities', 'ventures',
  // legislatures' and courts' parts, and party bodies
  'caucus', 'circuit', 'delegation',
  // newspaper titles (`Toronto Star`, `Boston Globe`)
  'star', 'globe', 'observer', 'examiner', 'inquirer', 'courier', 'dispatch', 'bulletin', 'mail', 'mirror',
  'express', 'sun', 'standard', 'review', 'record', 'independent',
  // a news organisation's offices that sign its reports (`Lagos Newsroom`, `Chicago Energy Desk`)
  'newsroom', 'desk',
  // club names (`Manchester United`, `Riverside Rovers`, `Ajax FC`)
  'united', 'fc', 'afc', 'rovers', 'rangers', 'wanderers', 'athletic', 'athletico', 'albion', 'hotspur',
  ...COMPANY_FORMS,
]);
