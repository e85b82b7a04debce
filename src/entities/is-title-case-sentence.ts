import type { Document, Sentence } from '../document/read-document';
import { isUpperCaseLetter } from './name-tokens';

// Short words a title-case headline may leave in lower case.
const MINOR_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs',
]);
const MIN_WORDS = 4;
// A headline carries a figure or so (`Kestrow Beat Hallam 42-36`); a results line carries more.
const MAX_HEADLINE_FIGURES = 2;

// Runs on every token of every sentence, so ASCII (nearly all news) is decided without a string.
function startsWithLetter(value: string): boolean {
  const code = value.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  const initial = value[0];
  return initial !== undefined && initial.toLowerCase() !== initial.toUpperCase();
}

/**
 * True when the sentence is a title-case or all-caps headline (`Lopez Says Kenya Will Not Bend To
 * Foreign Pressure`): at least four words, all but the minor ones capitalised. Capitals
 * there carry no evidence of a name, so only gazetteer names and names the article uses elsewhere count.
 */
export function isTitleCaseSentence(doc: Document, sentence: Sentence): boolean {
  // A byline (`By Emily Carter and James O'Neill`) is all names, not a headline.
  if (doc.tokens[sentence.firstToken]?.value === 'By') return false;
  let words = 0;
  let figures = 0;
  for (let index = sentence.firstToken; index < sentence.endToken; index += 1) {
    const token = doc.tokens[index];
    // A line of results or a table row (`Hallam 3 Corby 1`, `Westshire 214 and 108-3`) is names with
    // figures, not a headline: its capitals are names.
    if (token?.type === 'number' && (figures += 1) >= MAX_HEADLINE_FIGURES) return false;
    if (token === undefined || token.type !== 'word' || !startsWithLetter(token.value)) continue;
    if (token.value.length <= 4 && MINOR_WORDS.has(token.value.toLowerCase())) continue;
    // One word left in lower case settles it (most sentences, within a few words).
    if (!isUpperCaseLetter(token.value[0])) return false;
    words += 1;
  }
  return words >= MIN_WORDS;
}
