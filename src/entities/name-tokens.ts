import type { Document, Token } from '../document/read-document';

// Predicates over tokens shared by the entity steps. A "name word" is a word that starts with a
// capital letter (`Lopez`, `U.S.`, `NAIROBI`); its case is the main evidence English offers.

/** True when the character is an upper-case letter (cheaper than a regular expression per token). */
export function isUpperCaseLetter(character: string | undefined): boolean {
  if (character === undefined) return false;
  const code = character.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return character !== character.toLowerCase();
}

/** True when the character is a lower-case letter. */
export function isLowerCaseLetter(character: string | undefined): boolean {
  if (character === undefined) return false;
  const code = character.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return character !== character.toUpperCase();
}
const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;

/**
 * True when the text has a lower-case letter. Runs for every entry of every gazetteer hit: ASCII text
 * (nearly all) is decided from its code units; the regular expression reads only other scripts.
 */
export function hasLowerCase(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 97 && code <= 122) return true;
    if (code >= 128) return HAS_LOWER.test(text);
  }
  return false;
}

/** True when the token is a word starting with a capital letter. */
export function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && token.type !== 'punctuation' && token.type !== 'tabCRLF' && isUpperCaseLetter(token.value[0]);
}

/** True when the token has letters and none of them is lower-case (`NATO`, `U.N.`, `TEHRAN`). */
export function isAllCaps(token: Token | undefined): boolean {
  return token !== undefined && HAS_LETTER.test(token.value) && !HAS_LOWER.test(token.value);
}

/** True when nothing separates the two tokens (`Hosseini` `-` `Tabar`). */
export function isGlued(left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && left.end === right.start;
}

/** True for a possessive ending (`'s`, `’s`, or a bare apostrophe after a plural). */
export function isPossessive(token: Token | undefined): boolean {
  if (token === undefined || token.value.length > 2) return false;
  const value = token.value;
  return value === "'s" || value === '’s' || value === "'S" || value === '’S' || value === "'" || value === '’';
}

/** True for a single capital with a full stop, as in a middle initial (`Karen T. Walsh`). */
export function isInitial(token: Token | undefined): boolean {
  // Length and full stop first: this runs at every token of a name run.
  const length = token?.value.length ?? 0;
  return token !== undefined && (length === 2 || length === 3) && token.value.charCodeAt(length - 1) === 46 && /^\p{Lu}\.$/u.test(token.value);
}

/** True when the token is a line break or tab. */
export function isBreak(token: Token | undefined): boolean {
  return token === undefined || token.type === 'tabCRLF';
}

const OPENING_MARK = /^[“”"‘’'(\[–—-]$/u;

const DASHES: ReadonlySet<string> = new Set(['-', '--', '–', '—']);

/**
 * True when the token starts its sentence, ignoring opening quotation marks, brackets and dashes,
 * or starts the story after a dateline's dash (`LONDON (Reuters) - Oil prices rose`).
 */
export function isSentenceStart(doc: Document, index: number): boolean {
  const token = doc.tokens[index];
  const before = doc.tokens[index - 1];
  if (token !== undefined && before !== undefined && DASHES.has(before.value) && before.end < token.start) return true;
  const sentence = token === undefined ? undefined : doc.sentences[token.sentence];
  if (sentence === undefined) return false;
  for (let i = sentence.firstToken; i < index; i += 1) {
    if (!OPENING_MARK.test(doc.tokens[i]?.value ?? '')) return false;
  }
  return true;
}

/** A word as organisation head words are listed: lower case, without full stops (`Corp.`, `S.A.`). */
export function headWordKey(value: string): string {
  const lower = value.toLowerCase();
  return lower.includes('.') ? lower.replaceAll('.', '') : lower;
}
