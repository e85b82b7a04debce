import type { Document } from '../document/read-document';
import type { CompiledLexicons } from '../lexicons/compiled-lexicons';
import type { EntityType } from '../types';
import { FoundCandidate, type Candidate } from './find-mentions';
import { GAZETTEER, gazetteerKey, type GazetteerEntry } from './lexicons/gazetteer';
import { FIRST_NAME_GENDER } from './lexicons/first-names';
import { EVENT_HEADS, PLACE_HEADS } from './lexicons/name-heads';
import { ORGANISATION_CONTEXT_AFTER, ORGANISATION_CONTEXT_BEFORE } from './lexicons/organisation-context';
import { ORGANISATION_NOUNS_AFTER } from './lexicons/type-cues';
import { PERSON_VERBS } from './lexicons/person-verbs';
import { headWordKey, isAllCaps, isBreak, isSentenceStart } from './name-tokens';

/** A candidate with its type decided. */
export interface ClassifiedMention extends Candidate {
  /** The kind of entity. */
  readonly type: EntityType;
  /** The canonical name a lexicon gives it, if any (`U.S.` → `United States`). */
  readonly canonical: string | undefined;
  /**
   * False when only weak evidence says it is a name (a lone capitalised word): it is kept only if
   * linking ties it to a name the article establishes elsewhere.
   */
  readonly strong: boolean;
  /**
   * True when nothing settled the type (a default, or a name in two lexicons): weigh-type-evidence
   * may change it from the words around this and the other mentions of the same name.
   */
  readonly open: boolean;
}

/** What classification knows about the whole document. */
export interface ClassifyContext {
  /** Every word the document writes in lower case: a capitalised one of these at a sentence start is no name. */
  readonly lowerCaseWords: ReadonlySet<string>;
  /** The lexicons to read. */
  readonly lexicons: CompiledLexicons;
}

// Words after a lone name that make it a person's: `the Okonkwo administration`.
const PERSON_NOUNS_AFTER: ReadonlySet<string> = new Set(['administration', 'regime', 'government', 'aides', 'camp', 'cabinet', 'presidency', 'family']);
const ROMAN_NUMERAL = /^[IVX]+$/u;
// Named storms (`Hurricane Ian`) are not people.
const HURRICANE: ReadonlySet<string> = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'tropical']);
const ACRONYM = /^\p{Lu}(?:\.?\p{Lu})+\.?$/u;

// A class, not an object literal, for the reason given at DocumentToken (read-document.ts): classified
// mentions live as long as their document.
class Classified extends FoundCandidate implements ClassifiedMention {
  constructor(candidate: Candidate, readonly type: EntityType, readonly canonical: string | undefined, readonly strong: boolean, readonly open: boolean) {
    super(candidate.first, candidate.end, candidate.start, candidate.stop, candidate.surface, candidate.kind, candidate.entries, candidate.titled, candidate.inHeadline);
  }
}

/** Builds a classified mention with one fixed shape (cheaper than spreading the candidate). */
function classified(candidate: Candidate, type: EntityType, canonical: string | undefined, strong: boolean, open = false): ClassifiedMention {
  return new Classified(candidate, type, canonical, strong, open);
}

function isSurnameLikePlace(entry: GazetteerEntry): boolean {
  return entry.type === 'GPE' && (FIRST_NAME_GENDER.has(entry.surface) || entry.source === 'city' || entry.source === 'capital' || entry.source === 'state');
}

function nextWord(doc: Document, index: number): string {
  return doc.tokens[index]?.value ?? '';
}

function wordCount(doc: Document, candidate: Candidate): number {
  let words = 1;
  for (let index = candidate.first + 1; index < candidate.end; index += 1) {
    if ((doc.tokens[index]?.start ?? 0) > (doc.tokens[index - 1]?.end ?? 0)) words += 1;
  }
  return words;
}

/** Runs only continue through `of`, `for` or `on` after an organisation's head word (find-name-run). */
function hasConnector(doc: Document, candidate: Candidate): boolean {
  for (let index = candidate.first + 1; index < candidate.end; index += 1) {
    const value = doc.tokens[index]?.value ?? '';
    if (value === 'of' || value === 'for' || value === 'on') return true;
  }
  return false;
}

function isWholeLine(doc: Document, candidate: Candidate): boolean {
  const sentence = doc.sentences[doc.tokens[candidate.first]?.sentence ?? -1];
  return sentence !== undefined && sentence.firstToken === candidate.first && sentence.endToken === candidate.end && wordCount(doc, candidate) > 1;
}

/**
 * A line that is nothing but a few capitalised words is page furniture: a masthead naming a
 * place is a publication (`Kyiv Independent`), anything else (`Latest Headlines`) is no entity,
 * unless it is a byline-like full name starting with a given name.
 */
function classifyWholeLine(doc: Document, candidate: Candidate): ClassifiedMention | undefined {
  if (candidate.titled || FIRST_NAME_GENDER.has(doc.tokens[candidate.first]?.value ?? '')) return classified(candidate, 'PERSON', undefined, true);
  const startsWithPlace = GAZETTEER.entries.get(gazetteerKey(doc.tokens[candidate.first]?.value ?? ''))?.some((entry) => entry.type === 'GPE' || entry.type === 'NORP') ?? false;
  return startsWithPlace ? classified(candidate, 'ORG', undefined, true) : undefined;
}

/** Company and club context around a lone word: `X shares`, `X's CEO`, `shares of X`. */
function hasOrganisationContext(doc: Document, candidate: Candidate, after: string, afterNext: string): boolean {
  if (ORGANISATION_CONTEXT_AFTER.has(after)) return true;
  if ((after === "'s" || after === '’s') && ORGANISATION_CONTEXT_AFTER.has(afterNext)) return true;
  const before = (doc.tokens[candidate.first - 1]?.value ?? '').toLowerCase();
  const beforeOf = (doc.tokens[candidate.first - 2]?.value ?? '').toLowerCase();
  return before === 'of' && ORGANISATION_CONTEXT_BEFORE.has(beforeOf);
}

function classifyLoneWord(doc: Document, candidate: Candidate, context: ClassifyContext): ClassifiedMention | undefined {
  const token = doc.tokens[candidate.first];
  const value = token?.value ?? '';
  const after = nextWord(doc, candidate.end).toLowerCase();
  const afterNext = nextWord(doc, candidate.end + 1).toLowerCase();
  const at = (type: EntityType, strong: boolean, open = false): ClassifiedMention => classified(candidate, type, undefined, strong, open);
  if (candidate.titled) return at('PERSON', true);
  // In a headline only a name the article establishes elsewhere counts.
  if (candidate.inHeadline) return at('PERSON', false, true);
  // An all-caps word the article also writes in lower case is a shouted word (`CRICKET`), not an acronym.
  // At a line's start before a comma or a date it may be a dateline's place (`KORVAT, Russia 2024-05-01`),
  // so the evidence step weighs it.
  if (isAllCaps(token) && ACRONYM.test(value) && !ROMAN_NUMERAL.test(value) && !context.lowerCaseWords.has(value.toLowerCase())) {
    return at('ORG', true, isBreak(doc.tokens[candidate.first - 1]) && (after === ',' || /^\d/u.test(after)));
  }
  if (ORGANISATION_NOUNS_AFTER.has(after) || (after === 'news' && ORGANISATION_NOUNS_AFTER.has(afterNext))) return at('ORG', true);
  if (PERSON_NOUNS_AFTER.has(after)) return at('PERSON', true);
  if (hasOrganisationContext(doc, candidate, after, afterNext)) return at('ORG', true);
  // A head word alone (`the Commission`, `the Court`) names an organisation the article gives in full, or nothing.
  if (context.lexicons.organisationHeads.has(value.toLowerCase())) return at('ORG', false);
  const commonWord = isSentenceStart(doc, candidate.first) && (context.lowerCaseWords.has(value.toLowerCase()) || token?.pos !== 'PROPN');
  if (commonWord) return undefined;
  // A given name alone may be a club or a place (`beat Chelsea`): the evidence step weighs it.
  if (FIRST_NAME_GENDER.has(value) || PERSON_VERBS.has(after)) return at('PERSON', true, true);
  return at('PERSON', false, true);
}

/**
 * Decides the type of a candidate from the lexicon that found it or, for a run of name words,
 * from context: a head word makes an ORG (`Quds Force`), a title or a given name a PERSON, a
 * lone capitalised word is a weak PERSON unless something says otherwise. Returns `undefined`
 * for a capitalised common word at a sentence start.
 */
export function classifyMention(doc: Document, candidate: Candidate, context: ClassifyContext): ClassifiedMention | undefined {
  const entry = candidate.entries[0];
  if (entry !== undefined) {
    // A place that is also a surname is a person after a title (`Mr. Jordan`, `Gov. Washington`).
    const type = candidate.titled && candidate.kind === 'gazetteer' && isSurnameLikePlace(entry) ? 'PERSON' : entry.type;
    // A city or state may be a club named after it, and a name in two lexicons is ambiguous (`Amazon`).
    const open = type === entry.type && candidate.kind === 'gazetteer' && (candidate.entries.length > 1 || (entry.type === 'GPE' && entry.source !== 'country'));
    return classified(candidate, type, type === entry.type ? entry.canonical : undefined, true, open);
  }
  // Page furniture: a section label at the end of a headline-list item (`World News -`).
  if (doc.tokens[candidate.end]?.value === '-' && isBreak(doc.tokens[candidate.end + 1])) return undefined;
  if (isWholeLine(doc, candidate)) return classifyWholeLine(doc, candidate);
  const last = doc.tokens[candidate.end - 1]?.value.toLowerCase() ?? '';
  if ((context.lexicons.organisationHeads.has(headWordKey(last)) || hasConnector(doc, candidate)) && candidate.end - candidate.first > 1) return classified(candidate, 'ORG', undefined, true);
  if (wordCount(doc, candidate) === 1) return classifyLoneWord(doc, candidate, context);
  if (!candidate.titled && EVENT_HEADS.has(last) && !FIRST_NAME_GENDER.has(doc.tokens[candidate.first]?.value ?? '')) return undefined;
  if (!candidate.titled && (PLACE_HEADS.has(last) || HURRICANE.has(doc.tokens[candidate.first]?.value.toLowerCase() ?? ''))) {
    return PLACE_HEADS.has(last) ? classified(candidate, 'LOC', undefined, true) : undefined;
  }
  const firstToken = doc.tokens[candidate.first];
  const firstValue = firstToken?.value ?? '';
  const startsWithCommonWord = isSentenceStart(doc, candidate.first) && !FIRST_NAME_GENDER.has(firstValue)
    && (context.lowerCaseWords.has(firstValue.toLowerCase()) || firstToken?.pos !== 'PROPN');
  if (startsWithCommonWord) {
    const start = doc.tokens[candidate.first + 1]?.start ?? candidate.start;
    const rest: Candidate = { ...candidate, first: candidate.first + 1, start, surface: doc.text.slice(start, candidate.stop) };
    return classifyMention(doc, rest, context);
  }
  // Capitals alone are no evidence of a person: the evidence step may find a place or a company.
  return classified(candidate, 'PERSON', undefined, true, true);
}
