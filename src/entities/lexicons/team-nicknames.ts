/**
 * Nicknames of professional teams that a sports report uses alone (`the Yankees beat the Mets`): the
 * North American major leagues (baseball, American football, basketball, ice hockey) and national
 * rugby sides. Many are ordinary words (`Giants`, `Heat`, `Pirates`), so they count only in a sports
 * report (weigh-type-evidence.ts). General sports knowledge; lower-cased.
 */
export const TEAM_NICKNAMES: ReadonlySet<string> = new Set([
  // baseball
  'yankees', 'mets', 'red sox', 'white sox', 'cubs', 'orioles', 'blue jays', 'rays', 'devil rays', 'guardians',
  'indians', 'tigers', 'royals', 'twins', 'astros', 'athletics', "a's", 'mariners', 'rangers', 'angels', 'braves',
  'marlins', 'phillies', 'nationals', 'expos', 'reds', 'brewers', 'cardinals', 'pirates', 'diamondbacks',
  'rockies', 'dodgers', 'padres', 'giants',
  // American football
  'patriots', 'bills', 'dolphins', 'jets', 'ravens', 'bengals', 'browns', 'steelers', 'texans', 'colts',
  'jaguars', 'titans', 'oilers', 'broncos', 'chiefs', 'raiders', 'chargers', 'cowboys', 'eagles', 'redskins',
  'commanders', 'packers', 'bears', 'lions', 'vikings', 'falcons', 'panthers', 'saints', 'buccaneers',
  '49ers', 'seahawks', 'rams',
  // basketball
  'celtics', 'knicks', 'nets', '76ers', 'sixers', 'raptors', 'bulls', 'cavaliers', 'pistons', 'pacers', 'bucks',
  'hawks', 'hornets', 'heat', 'magic', 'wizards', 'bullets', 'nuggets', 'timberwolves', 'thunder', 'supersonics',
  'sonics', 'trail blazers', 'blazers', 'jazz', 'warriors', 'clippers', 'lakers', 'suns', 'kings', 'mavericks',
  'rockets', 'grizzlies', 'pelicans', 'spurs',
  // ice hockey
  'bruins', 'sabres', 'red wings', 'canadiens', 'senators', 'lightning', 'maple leafs', 'hurricanes',
  'blue jackets', 'devils', 'islanders', 'flyers', 'penguins', 'capitals', 'blackhawks', 'avalanche', 'stars',
  'wild', 'predators', 'blues', 'flames', 'canucks', 'ducks', 'sharks', 'golden knights', 'coyotes', 'whalers',
  'nordiques', 'kraken',
  // national rugby and cricket sides
  'all blacks', 'springboks', 'wallabies', 'pumas', 'black caps', 'proteas',
]);
