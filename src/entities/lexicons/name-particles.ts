/**
 * Lower-case words and prefixes inside personal and organisation names (`Khalid al-Rashidi`,
 * `Osama bin Laden`, `Charles de Gaulle`, `Ludwig van Beethoven`, `von der`). They join a name run only
 * between two capitalised words, or as `al-` glued to the next one. Lower-cased.
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'bin', 'ibn', 'bint', 'ben', 'abu', 'abd', 'abdel', 'abdul',
  'de', 'da', 'di', 'do', 'dos', 'das', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'ter', 'ten', 'zu', 'op',
]);
