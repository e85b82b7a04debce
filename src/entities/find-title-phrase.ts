import type { Document } from '../document/read-document';
import { PERSON_TITLES, TITLE_MODIFIERS } from './lexicons/titles';
import { isUpperCaseLetter } from './name-tokens';

// Runs at nearly every token, and nearly every token is neither: one look-up turns it away.
const TITLE_PHRASE_WORDS: ReadonlySet<string> = new Set([...PERSON_TITLES, ...TITLE_MODIFIERS]);

function titleWord(value: string): string {
  const word = isUpperCaseLetter(value[0]) ? value.toLowerCase() : value;
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/**
 * Returns the end (exclusive) of the title phrase starting at token `first` (`President`,
 * `Foreign Minister`, `Maj. Gen.`, `supreme leader Ayatollah`), or `first` when there is none.
 * A phrase is title words and their modifiers and ends on a title word; a full stop after an
 * abbreviation (`Maj` `.`) belongs to it. GUIDELINES §Entities: the phrase marks the name after it
 * as a PERSON and stays outside the span.
 */
export function findTitlePhrase(doc: Document, first: number, limit: number): number {
  let end = first;
  for (let index = first; index < limit; index += 1) {
    const token = doc.tokens[index];
    if (token === undefined) break;
    if (token.value === '.' && index > first && end === index) { end = index + 1; continue; }
    const word = titleWord(token.value);
    if (!TITLE_PHRASE_WORDS.has(word)) break;
    if (PERSON_TITLES.has(word)) end = index + 1;
  }
  return end;
}
