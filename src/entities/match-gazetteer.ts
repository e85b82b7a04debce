import type { Document } from '../document/read-document';
import type { Gazetteer, GazetteerEntry } from './lexicons/gazetteer';
import { hasLowerCase, isBreak, isPossessive } from './name-tokens';

/** A gazetteer hit: the token range `[first, end)` and the entries its text matches. */
export interface GazetteerMatch {
  readonly first: number;
  readonly end: number;
  readonly entries: readonly GazetteerEntry[];
}

// No lexicon name is longer than this many tokens (`United Kingdom of Great Britain and Northern Ireland`).
const MAX_WINDOW = 10;
// Lower-case words that occur inside lexicon names; any other lower-case word ends the window.
const INNER_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'on', 'de', 'al', 'el', 'as', 'd', 'in', 'du', 'la']);
const INNER_MARKS: ReadonlySet<string> = new Set(['.', '-', "'", '’', '&']);

function canExtend(value: string): boolean {
  const first = value.charCodeAt(0);
  const isLower = first >= 97 && first <= 122;
  if (isLower) return INNER_WORDS.has(value);
  return value.length > 1 || !/[^\p{L}\p{N}]/u.test(value) || INNER_MARKS.has(value);
}

// Lexicon names start with a capital, a digit or one of these lower-case particles (`al-Qaida`).
const LOWER_CASE_STARTS: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'an', 'as', 'ash', 'az', 'bin', 'ibn', 'de', 'da', 'di', 'du', 'la', 'le', 'van', 'von']);

/** Whether a lexicon name can start with this token (a capital, a digit or a lower-case particle). */
export function canStartGazetteerName(value: string): boolean {
  // Runs at every token: ASCII (nearly all news) is decided from the code unit alone.
  const code = value.charCodeAt(0);
  if (code < 128) {
    if ((code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true;
    return code >= 97 && code <= 122 && LOWER_CASE_STARTS.has(value);
  }
  const initial = value[0];
  if (initial === undefined) return false;
  if (initial !== initial.toLowerCase()) return true;
  if (initial >= '0' && initial <= '9') return true;
  return initial !== initial.toUpperCase() ? LOWER_CASE_STARTS.has(value) : false;
}

// A token's part of a gazetteer key (see gazetteerKey); the regular expression runs only on the
// rare token with a curly apostrophe.
function foldToken(value: string): string {
  const lower = value.toLowerCase();
  return lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/gu, "'") : lower;
}

// What folding changes: a curly apostrophe, and any space that is not one plain space.
const NEEDS_FOLDING = /[’‘]|\s\s|[^\S ]/u;

// Whether lower-casing changes the code unit at `index`: decided from the code unit for ASCII, so
// matching a name's capitals makes no string per character.
function isCapitalAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return code >= 65 && code <= 90;
  const character = text[index] ?? '';
  return character !== character.toLowerCase();
}

/**
 * True when the text's capitals agree with the lexicon's: every capital in the lexicon name is a
 * capital in the text (`Tehran` matches `TEHRAN`, not `tehran`), and an acronym (`US`, `AP`)
 * matches only itself, so the pronoun `us` and the word `ap` never do.
 */
function hasMatchingCase(text: string, surface: string): boolean {
  if (!hasLowerCase(surface)) return text === surface;
  const folded = NEEDS_FOLDING.test(text) ? text.replace(/\s+/gu, ' ').replace(/[’‘]/gu, "'") : text;
  if (folded.length !== surface.length) return false;
  for (let i = 0; i < surface.length; i += 1) {
    if (isCapitalAt(surface, i) && folded.charCodeAt(i) !== surface.charCodeAt(i)) return false;
  }
  return true;
}

/** The entries whose capitals the written text agrees with: the list itself when all do, as nearly always. */
function entriesMatchingCase(written: string, entries: readonly GazetteerEntry[]): readonly GazetteerEntry[] {
  for (const entry of entries) {
    if (!hasMatchingCase(written, entry.surface)) return entries.filter((kept) => hasMatchingCase(written, kept.surface));
  }
  return entries;
}

/**
 * The entries of a key in `gazetteer` read over `under`: those of `gazetteer` first, then those of
 * `under` of a type `gazetteer` does not have for it, exactly as buildGazetteer keeps the first
 * entry of each (key, type) pair of the two lists joined.
 */
function layeredEntries(key: string, gazetteer: Gazetteer, under: Gazetteer): readonly GazetteerEntry[] | undefined {
  const upper = gazetteer.entries.get(key);
  const lower = under.entries.get(key);
  if (upper === undefined || lower === undefined) return upper ?? lower;
  return [...upper, ...lower.filter((entry) => !upper.some((kept) => kept.type === entry.type))];
}

/**
 * Finds the longest gazetteer name that starts at token `first` and ends before `limit`. Each
 * window's key is built from the text between its tokens, so `U.S.-led` yields `u.s.` and
 * `al-Qaida` yields `al-qaida`, exactly as the lexicon writes them; one hash look-up per window,
 * whatever the gazetteer's size. With `under`, the two gazetteers are read as the one
 * buildGazetteer would make of `gazetteer`'s entries followed by `under`'s (a call's own known
 * entities over an annotator's), without building that union for every call.
 */
export function matchGazetteer(doc: Document, first: number, limit: number, gazetteer: Gazetteer, under?: Gazetteer): GazetteerMatch | undefined {
  const { tokens, text } = doc;
  if (!canStartGazetteerName(tokens[first]?.value ?? '')) return undefined;
  const start = tokens[first]?.start ?? 0;
  let best: GazetteerMatch | undefined;
  let key = '';
  for (let index = first; index < limit && index < first + MAX_WINDOW; index += 1) {
    const token = tokens[index];
    if (token === undefined || isBreak(token) || isPossessive(token)) break;
    if (index > first && !canExtend(token.value)) break;
    const previous = tokens[index - 1];
    key += (index > first && previous !== undefined && previous.end < token.start ? ' ' : '') + foldToken(token.value);
    const entries = under === undefined ? gazetteer.entries.get(key) : layeredEntries(key, gazetteer, under);
    if (entries === undefined) {
      if (gazetteer.prefixes.has(key) || under?.prefixes.has(key) === true) continue;
      break;
    }
    const matching = entriesMatchingCase(text.slice(start, token.end), entries);
    if (matching.length > 0) best = { first, end: index + 1, entries: matching };
  }
  return best;
}
