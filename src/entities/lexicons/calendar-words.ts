/**
 * Capitalised words that are never names in news: days, months and their abbreviations
 * (`Monday`, `Nov.`), and eras. Lower-cased, without a trailing full stop.
 */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'today', 'yesterday', 'tomorrow', 'christmas', 'easter', 'ramadan', 'eid', 'am', 'pm', 'ad', 'bc', 'gmt', 'utc',
]);
