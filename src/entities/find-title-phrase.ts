import type { Document } from '../document/read-document';
import type { CompiledLexicons } from '../lexicons/compiled-lexicons';
import { isUpperCaseLetter } from './name-tokens';

function titleWord(value: string): string {
  const word = isUpperCaseLetter(value[0]) ? value.toLowerCase() : value;
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/** Whether a title phrase can start with this token (`president`, `Foreign`); findTitlePhrase finds none where it cannot. */
export function canStartTitlePhrase(value: string, lexicons: CompiledLexicons): boolean {
  return lexicons.titlePhraseWords.has(titleWord(value));
}

// Portfolios named after `Secretary of` or `Minister for`, capitalised in the text.
const PORTFOLIOS: ReadonlySet<string> = new Set([
  'state', 'defense', 'defence', 'homeland', 'security', 'commerce', 'labor', 'labour', 'agriculture', 'transportation',
  'transport', 'treasury', 'energy', 'education', 'health', 'interior', 'justice', 'war', 'foreign', 'affairs', 'home',
  'finance', 'economy', 'trade', 'culture', 'housing', 'veterans', 'and', 'the', 'human', 'services', 'urban', 'development',
]);

function portfolioEnd(doc: Document, first: number, limit: number): number {
  let end = first;
  while (end < limit && PORTFOLIOS.has(doc.tokens[end]?.value.toLowerCase() ?? '') && (doc.tokens[end]?.value === 'and' || doc.tokens[end]?.value === 'the' || isUpperCaseLetter(doc.tokens[end]?.value[0]))) end += 1;
  // The phrase ends on a portfolio word, not on `and` or `the`.
  while (end > first && (doc.tokens[end - 1]?.value === 'and' || doc.tokens[end - 1]?.value === 'the')) end -= 1;
  return end;
}

/**
 * Returns the end (exclusive) of the title phrase starting at token `first` (`President`,
 * `Foreign Minister`, `Maj. Gen.`, `supreme leader Ayatollah`), or `first` when there is none.
 * A phrase is title words and their modifiers and ends on a title word; a full stop after an
 * abbreviation (`Maj` `.`) belongs to it. GUIDELINES §Entities: the phrase marks the name after it
 * as a PERSON and stays outside the span.
 */
export function findTitlePhrase(doc: Document, first: number, limit: number, lexicons: CompiledLexicons): number {
  let end = first;
  for (let index = first; index < limit; index += 1) {
    const token = doc.tokens[index];
    if (token === undefined) break;
    if (token.value === '.' && index > first && end === index) { end = index + 1; continue; }
    const word = titleWord(token.value);
    // `Secretary of State`, `Minister for Foreign Affairs`: a portfolio after a title belongs to it.
    if ((word === 'of' || word === 'for') && end === index && index > first) {
      const portfolio = portfolioEnd(doc, index + 1, limit);
      if (portfolio > index + 1) { end = portfolio; index = portfolio - 1; continue; }
    }
    // Runs at nearly every token, and nearly every token is neither: one look-up turns it away.
    if (!lexicons.titlePhraseWords.has(word)) break;
    if (lexicons.titles.has(word)) end = index + 1;
  }
  return end;
}
