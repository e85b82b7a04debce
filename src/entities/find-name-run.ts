import type { Document } from '../document/read-document';
import { CALENDAR_WORDS } from './lexicons/calendar-words';
import { FIRST_NAME_GENDER } from './lexicons/first-names';
import { GAZETTEER, gazetteerKey } from './lexicons/gazetteer';
import { matchGazetteer } from './match-gazetteer';
import { NAME_PARTICLES } from './lexicons/name-particles';
import type { CompiledLexicons } from '../lexicons/compiled-lexicons';
import { COMPANY_FORMS } from './lexicons/company-forms';
import { hasLowerCase, headWordKey, isCapitalised, isGlued, isInitial, isLowerCaseLetter, isPossessive } from './name-tokens';

// Connectors that continue an organisation's name after its head word (`House of Representatives`,
// `Council on Foreign Relations`); never a person's.
const ORGANISATION_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'on']);
const MAX_RUN = 8;
const DIGIT = /\d/u;

// Parts of speech that a capitalised word has at the start of a sentence or in a title-case
// headline (`The`, `On`, `Its`, `And`), never as a name.
const FUNCTION_TAGS: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'NUM', 'PUNCT', 'SYM']);

/** True when a capitalised token may be part of a name (not a function word, a date word or a title). */
export function isNameWord(doc: Document, index: number, lexicons: CompiledLexicons): boolean {
  const token = doc.tokens[index];
  if (token === undefined || !isCapitalised(token) || FUNCTION_TAGS.has(token.pos) || DIGIT.test(token.value)) return false;
  const lower = token.value.toLowerCase();
  const word = lower.endsWith('.') ? lower.slice(0, -1) : lower;
  // Plural titles are people described, not named (`Officials said`, `Diplomats met`).
  const singular = word.endsWith('s') ? word.slice(0, -1) : word;
  return !CALENDAR_WORDS.has(word) && !lexicons.titles.has(word) && !lexicons.titles.has(singular) && !lexicons.notNames.has(word);
}

// Particles that are also English words (`as`, `at`, `do`): they join a name only when hyphenated
// (`as-Sadr`), and no unhyphenated particle starts a name (`as Russia`).
const HYPHENATED_ONLY: ReadonlySet<string> = new Set(['ad', 'ar', 'as', 'ash', 'at', 'az', 'do', 'la', 'le', 'el']);

/** Whether the token is a name particle (`al`, `bin`, `de`), the one lower-case word a name run can start with. */
export function isNameParticle(value: string): boolean {
  return value.length <= 5 && NAME_PARTICLES.has(value.toLowerCase());
}

/** Returns how many tokens a particle (`al-`, `bin`, `de`) at `index` adds before the next name word, or 0. */
function particleLength(doc: Document, index: number, limit: number, atStart: boolean, lexicons: CompiledLexicons): number {
  const token = doc.tokens[index];
  // Particles are written in lower case; a capitalised `Al-` is a name word of its own.
  if (token === undefined || token.value.length > 5 || !isLowerCaseLetter(token.value[0])) return 0;
  const word = token.value.toLowerCase();
  if (!NAME_PARTICLES.has(word)) return 0;
  const next = doc.tokens[index + 1];
  if (next?.value === '-' && isGlued(token, next) && isGlued(next, doc.tokens[index + 2]) && index + 2 < limit && isNameWord(doc, index + 2, lexicons)) return 2;
  if (atStart || HYPHENATED_ONLY.has(word) || token.value !== word) return 0;
  // Particles may come in pairs (`von der Leyen`, `van der Westhuizen`, `de la Rua`).
  const second = doc.tokens[index + 1]?.value ?? '';
  const length = NAME_PARTICLES.has(second) && second === second.toLowerCase() && !HYPHENATED_ONLY.has(second) ? 2 : 1;
  return index + length < limit && isNameWord(doc, index + length, lexicons) ? length : 0;
}

// Month names that are also surnames, after a given name (`Theresa May`, `Tom August`).
const SURNAME_MONTHS: ReadonlySet<string> = new Set(['May', 'June', 'April', 'August']);

/** True when `and` or `&` joins two parts of an organisation's name that ends in a head word (`Securities and Exchange Commission`). */
function isOrganisationAnd(doc: Document, index: number, limit: number, lexicons: CompiledLexicons): boolean {
  const value = doc.tokens[index]?.value;
  if (value !== 'and' && value !== '&') return false;
  // Two names joined by `and` are two mentions (`Iran and Russian Federation`, `United States and European Union`).
  if (GAZETTEER.entries.has(gazetteerKey(doc.tokens[index - 1]?.value ?? '')) || matchGazetteer(doc, index + 1, limit, GAZETTEER) !== undefined) return false;
  let end = index + 1;
  while (end < limit && end < index + MAX_RUN && isNameWord(doc, end, lexicons)) end += 1;
  return end > index + 1 && lexicons.organisationHeads.has(headWordKey(doc.tokens[end - 1]?.value ?? ''));
}

function hasHeadWord(doc: Document, first: number, end: number, heads: ReadonlySet<string>): boolean {
  for (let index = first; index < end; index += 1) {
    if (heads.has(doc.tokens[index]?.value.toLowerCase() ?? '')) return true;
  }
  return false;
}

/**
 * Returns the end (exclusive) of the run of name words starting at `first`: capitalised words,
 * middle initials (`G.`), hyphenated parts (`Hosseini-Tabar`), particles between name words
 * (`al-Rashidi`, `bin Laden`) and, after an organisation head word, `of`/`for`/`on` with more name
 * words (`House of Representatives`). Stops before a possessive, a title or a date word.
 * Returns `first` when the token cannot start a name.
 */
export function findNameRun(doc: Document, first: number, limit: number, lexicons: CompiledLexicons): number {
  let end = first + particleLength(doc, first, limit, true, lexicons);
  if (!isNameWord(doc, end, lexicons)) return first;
  // An initial starts a name only before a written-out one (`J. Smith`, `F. W. Jones`, not `H. RES.`).
  let written = end + 1;
  while (isInitial(doc.tokens[written - 1]) && isInitial(doc.tokens[written]) && written < limit) written += 1;
  if (isInitial(doc.tokens[end]) && !hasLowerCase(doc.tokens[written]?.value ?? '')) return first;
  end += 1;
  while (end < limit && end - first < MAX_RUN) {
    const token = doc.tokens[end];
    if (token === undefined || isPossessive(token)) break;
    // `Kestrow AG and Varnel Corp`, `Doyle Motor Corp of Seoul`: a legal form closes the name (or two, `Co Ltd`).
    if (end - 1 > first && COMPANY_FORMS.has(headWordKey(doc.tokens[end - 1]?.value ?? '')) && !COMPANY_FORMS.has(headWordKey(token.value))) break;
    if (isNameWord(doc, end, lexicons)) { end += 1; continue; }
    if (SURNAME_MONTHS.has(token.value) && end === first + 1 && FIRST_NAME_GENDER.has(doc.tokens[first]?.value ?? '')) { end += 1; continue; }
    if (isOrganisationAnd(doc, end, limit, lexicons) && end - first > 0) { end += 1; continue; }
    if (isInitial(token) && (isNameWord(doc, end + 1, lexicons) || particleLength(doc, end + 1, limit, false, lexicons) > 0)) { end += 1; continue; }
    if (token.value === '-' && isGlued(doc.tokens[end - 1], token) && isGlued(token, doc.tokens[end + 1]) && end + 1 < limit && isNameWord(doc, end + 1, lexicons)) { end += 2; continue; }
    const particle = particleLength(doc, end, limit, false, lexicons);
    if (particle > 0) { end += particle + 1; continue; }
    if (ORGANISATION_CONNECTORS.has(token.value) && hasHeadWord(doc, first, end, lexicons.organisationHeads)) {
      // `Institute for the Study of War`: an article may follow the connector.
      const next = doc.tokens[end + 1]?.value === 'the' ? end + 2 : end + 1;
      if (next < limit && isNameWord(doc, next, lexicons)) { end = next + 1; continue; }
    }
    break;
  }
  return end;
}
