import type { Document, Sentence } from '../document/read-document';
import type { CompiledLexicons } from '../lexicons/compiled-lexicons';
import { FIRST_NAME_GENDER } from './lexicons/first-names';
import { GAZETTEER, type Gazetteer, type GazetteerEntry } from './lexicons/gazetteer';
import { EVENT_HEADS } from './lexicons/name-heads';
import { findNameRun, isNameParticle } from './find-name-run';
import { canStartTitlePhrase, findTitlePhrase } from './find-title-phrase';
import { isTitleCaseSentence } from './is-title-case-sentence';
import { canStartGazetteerName, matchGazetteer, type GazetteerMatch } from './match-gazetteer';
import { COMPANY_FORMS } from './lexicons/company-forms';
import { HEADLINE_VERBS } from './lexicons/headline-verbs';
import { PERSON_VERBS } from './lexicons/person-verbs';
import { headWordKey, isBreak, isCapitalised, isInitial, isSentenceStart } from './name-tokens';

/** A stretch of text that may name an entity, before classification. */
export interface Candidate {
  /** The first token of the candidate. */
  readonly first: number;
  /** The token just past the candidate. */
  readonly end: number;
  /** The UTF-16 offset where the candidate starts. */
  readonly start: number;
  /** The UTF-16 offset just past the candidate. */
  readonly stop: number;
  /** The text of the candidate, `text.slice(start, stop)`. */
  readonly surface: string;
  /** How it was found: the caller's gazetteer, presswork's, or a run of name words. */
  readonly kind: 'known' | 'gazetteer' | 'run';
  /** The matching gazetteer entries (empty for a run). */
  readonly entries: readonly GazetteerEntry[];
  /** True when a title phrase (`President`, `spokesman`) stands right before it. */
  readonly titled: boolean;
  /** True when its sentence is a title-case or all-caps headline, where capitals tell nothing. */
  readonly inHeadline: boolean;
}

/**
 * The caller's known names: `gazetteer`, read over `under` when there is one (a call's own known
 * entities over an annotator's lexicon, see matchGazetteer).
 */
export interface KnownNames {
  /** The known names looked up first. */
  readonly gazetteer?: Gazetteer | undefined;
  /** The known names beneath them. */
  readonly under?: Gazetteer | undefined;
}

/** What finding knows about the whole document. */
export interface FindContext {
  /** Every word the document writes in lower case. */
  readonly lowerCaseWords: ReadonlySet<string>;
  /** True when the document is a sports report, where a place beside other name words is a club's name. */
  readonly sports: boolean;
  /** The lexicons to read. */
  readonly lexicons: CompiledLexicons;
}

/**
 * A capitalised word at a sentence start is a common word, not a name, when the article also
 * writes it in lower case or wink-nlp does not read it as a proper noun (`Several`, `Describing`);
 * given names are kept (`Dana`).
 */
function isCommonWordAtStart(doc: Document, index: number, limit: number, context: FindContext): boolean {
  const token = doc.tokens[index];
  if (token === undefined || !isCapitalised(token) || FIRST_NAME_GENDER.has(token.value)) return false;
  if (context.lowerCaseWords.has(token.value.toLowerCase()) || token.pos !== 'PROPN') return true;
  // An unknown capitalised word right before a place or nationality opens the sentence (`Several Russians`).
  return matchGazetteer(doc, index + 1, limit, GAZETTEER) !== undefined;
}

/**
 * Ends a run where a nationality, group, region or organisation from the gazetteer starts inside
 * it (`House Republicans`), or a place does after a word that is no given name.
 * A place after a given name is a surname (`Michael Jordan`); after `of` it belongs to an
 * organisation's name (`National Bank of Egypt`).
 */
function cutRunAtGazetteer(doc: Document, first: number, runEnd: number, context: FindContext): number {
  // In a sports report a place inside a run names a club (`Dynamo Moscow`, `Paris St Germain`).
  if (context.sports) return runEnd;
  // A run with a head word is an organisation's name, places and all (`National Iranian Oil Company`,
  // `Civil Liberties Union of Ohio`); one ending in an event's head is an event's (`North American Free Trade Agreement`).
  if (hasOrganisationHead(doc, first + 1, runEnd, context.lexicons) || EVENT_HEADS.has(doc.tokens[runEnd - 1]?.value.toLowerCase() ?? '')) return runEnd;
  const startsWithGivenName = FIRST_NAME_GENDER.has(doc.tokens[first]?.value ?? '');
  for (let index = first + 1; index < runEnd; index += 1) {
    const previous = doc.tokens[index - 1]?.value ?? '';
    if (previous === 'of' || previous === 'for' || previous === 'the' || previous === '-' || !isCapitalised(doc.tokens[index])) continue;
    const match = matchGazetteer(doc, index, runEnd, GAZETTEER);
    if (match === undefined) continue;
    const entry = match.entries[0];
    if (entry !== undefined && (entry.type !== 'GPE' || !startsWithGivenName)) return index;
  }
  return runEnd;
}

/** A line holding only a place name and other name words is a masthead (`Kyiv Independent`). */
function isMasthead(doc: Document, sentence: Sentence, match: GazetteerMatch, runEnd: number): boolean {
  return match.first === sentence.firstToken && runEnd === sentence.endToken && runEnd > match.end
    && matchGazetteer(doc, match.end, runEnd, GAZETTEER) === undefined;
}


function isOrganisationHead(doc: Document, index: number, lexicons: CompiledLexicons): boolean {
  return lexicons.organisationHeads.has(headWordKey(doc.tokens[index]?.value ?? ''));
}

function hasOrganisationHead(doc: Document, first: number, end: number, lexicons: CompiledLexicons): boolean {
  for (let index = first; index < end; index += 1) if (isOrganisationHead(doc, index, lexicons)) return true;
  return false;
}

/**
 * A place or nationality followed by more name words with a head word is an organisation
 * (`Syrian Army`, `American Civil Liberties Union of Ohio`, `Manchester United`).
 */
function extendsIntoOrganisation(doc: Document, match: GazetteerMatch, runEnd: number, lexicons: CompiledLexicons): boolean {
  if (runEnd <= match.end) return false;
  // A known company with its legal form is one name (`Kestrow SpA`, `Varnel Chemical Co`).
  if (COMPANY_FORMS.has(headWordKey(doc.tokens[runEnd - 1]?.value ?? ''))) return true;
  return hasOrganisationHead(doc, match.end, runEnd, lexicons) && match.entries.every((entry) => entry.type !== 'ORG');
}

function namesEvent(doc: Document, match: GazetteerMatch, runEnd: number): boolean {
  return runEnd > match.end && EVENT_HEADS.has(doc.tokens[runEnd - 1]?.value.toLowerCase() ?? '') && match.entries.every((entry) => entry.type === 'GPE');
}

/** In a sports report a city followed by more name words is a club (`Philadelphia Eagles`, `Paris St Germain`). */
function isClubName(doc: Document, match: GazetteerMatch, runEnd: number, context: FindContext): boolean {
  return context.sports && runEnd > match.end && match.entries.every((entry) => entry.type === 'GPE' && entry.source !== 'country');
}

const LIST_MARKS: ReadonlySet<string> = new Set([',', ';', '(', '.']);

/**
 * In a headline or a list of capitalised names each word is read alone, except a given name and the
 * word after it (`Jan Kowalski`), unless that word is a given name too (`Rip Jane Doe`, read from `Jane`).
 */
function headlineNameEnd(doc: Document, index: number, fullRun: number, context: FindContext): number {
  // A given name the article also writes in lower case is a common word in a headline (`Leaders Say …`).
  const isGiven = (position: number): boolean => {
    const value = doc.tokens[position]?.value ?? '';
    return (FIRST_NAME_GENDER.has(value) && !context.lowerCaseWords.has(value.toLowerCase())) || isInitial(doc.tokens[position]);
  };
  if (!isGiven(index) || fullRun < index + 2) return index + 1;
  // A list item ending at a comma, a bracket, a figure or the line's end is the whole name (`Joost van der Berg ,`).
  const after = doc.tokens[fullRun];
  // A run that the headline's verb ends is its subject's whole name (`Jane Ross Slams …`, not `Jane` and `Ross Slams`).
  if (after === undefined || isBreak(after) || LIST_MARKS.has(after.value) || after.type === 'number' || isHeadlineVerb(doc, fullRun)) return fullRun;
  return isGiven(index + 1) && !isInitial(doc.tokens[index + 1]) ? index + 1 : index + 2;
}

/** Title words that open an organisation's name (`Justice Department`, `State Department`): the end of that name, or `first`. */
function titledOrganisationEnd(doc: Document, first: number, titleEnd: number, limit: number, lexicons: CompiledLexicons, inHeadline: boolean): number {
  const fullRun = findNameRun(doc, titleEnd, limit, lexicons);
  // `Mayor Tom Roe Slams Council …`: the headline's verb ends the name, so the council is no part of it.
  const runEnd = inHeadline ? endBeforeHeadlineVerb(doc, titleEnd, fullRun) : fullRun;
  const end = runEnd > titleEnd ? runEnd : titleEnd + (isCapitalised(doc.tokens[titleEnd]) ? 1 : 0);
  return end > titleEnd && isOrganisationHead(doc, end - 1, lexicons) && isCapitalised(doc.tokens[first]) ? end : first;
}

/** A place name that is also a given name, followed by a surname, is a person (`Vladimir Sorokin`). */
function startsPersonName(doc: Document, match: GazetteerMatch, runEnd: number, limit: number): boolean {
  const surface = doc.text.slice(doc.tokens[match.first]?.start ?? 0, doc.tokens[match.end - 1]?.end ?? 0);
  if (runEnd <= match.end || !FIRST_NAME_GENDER.has(surface)) return false;
  return matchGazetteer(doc, match.end, limit, GAZETTEER) === undefined;
}

/**
 * A word in lower case or a mark that starts no lexicon name, name run or title phrase (`the`,
 * `said`, `,`): nearly every token of running text. Three look-ups turn it away before the readings
 * below, which would each test it again on their own. An ASCII capital or digit can start a name
 * (the first test says so); other scripts take the readings below.
 */
function startsNothing(value: string, lexicons: CompiledLexicons): boolean {
  return value.charCodeAt(0) < 128 && !canStartGazetteerName(value) && !isNameParticle(value) && !canStartTitlePhrase(value, lexicons);
}

// A class, not an object literal, for the reason given at DocumentToken (read-document.ts): candidates live
// as long as their document. Classified mentions extend it (classify-mention.ts).
export class FoundCandidate implements Candidate {
  constructor(
    readonly first: number, readonly end: number, readonly start: number, readonly stop: number, readonly surface: string,
    readonly kind: Candidate['kind'], readonly entries: readonly GazetteerEntry[], readonly titled: boolean, readonly inHeadline: boolean,
  ) {}
}

function candidateOf(doc: Document, first: number, end: number, kind: Candidate['kind'], entries: readonly GazetteerEntry[], titled: boolean, inHeadline: boolean): Candidate {
  const start = doc.tokens[first]?.start ?? 0;
  const stop = doc.tokens[end - 1]?.end ?? start;
  return new FoundCandidate(first, end, start, stop, doc.text.slice(start, stop), kind, entries, titled, inHeadline);
}

/**
 * `Tax Plan Will Pass, Jane Roe Says`, `Roe Slams Board …`: in a title-case headline the verb is
 * capitalised like the name before it, but a verb wink tags as one, or a headline verb whatever its
 * tag, is no part of a name.
 */
function isHeadlineVerb(doc: Document, index: number): boolean {
  const token = doc.tokens[index];
  return token !== undefined && (HEADLINE_VERBS.has(token.normal) || (token.pos === 'VERB' && PERSON_VERBS.has(token.normal)));
}

/** The end of a headline's name run, cut before its first verb of saying. */
function endBeforeHeadlineVerb(doc: Document, first: number, runEnd: number): number {
  for (let index = first; index < runEnd; index += 1) if (isHeadlineVerb(doc, index)) return index;
  return runEnd;
}

/** Scans one sentence left to right; at each token the longest reading wins and nothing overlaps. */
function findInSentence(doc: Document, sentence: Sentence, known: KnownNames, context: FindContext, found: Candidate[]): void {
  const limit = sentence.endToken;
  const inHeadline = isTitleCaseSentence(doc, sentence);
  let titled = false;
  let index = sentence.firstToken;
  while (index < limit) {
    if (startsNothing(doc.tokens[index]?.value ?? '', context.lexicons)) { titled = false; index += 1; continue; }
    const knownMatch = known.gazetteer === undefined ? undefined : matchGazetteer(doc, index, limit, known.gazetteer, known.under);
    if (knownMatch !== undefined) {
      found.push(candidateOf(doc, index, knownMatch.end, 'known', knownMatch.entries, titled, inHeadline));
      index = knownMatch.end; titled = false; continue;
    }
    const match = matchGazetteer(doc, index, limit, GAZETTEER);
    const fullRun = inHeadline ? endBeforeHeadlineVerb(doc, index, findNameRun(doc, index, limit, context.lexicons)) : findNameRun(doc, index, limit, context.lexicons);
    if (fullRun === index && match === undefined && isHeadlineVerb(doc, index)) { index += 1; titled = false; continue; }
    if (match !== undefined) {
      // A place that names an event is part of the event's name, which is no entity (`U.S. Open`, `Texas Open`).
      if (namesEvent(doc, match, fullRun)) { index = fullRun; titled = false; continue; }
      if (!inHeadline && (extendsIntoOrganisation(doc, match, fullRun, context.lexicons) || isClubName(doc, match, fullRun, context) || startsPersonName(doc, match, fullRun, limit) || isMasthead(doc, sentence, match, fullRun))) {
        found.push(candidateOf(doc, index, fullRun, 'run', [], titled, inHeadline));
        index = fullRun;
      } else {
        found.push(candidateOf(doc, index, match.end, 'gazetteer', match.entries, titled, inHeadline));
        index = match.end;
      }
      titled = false; continue;
    }
    const capitalised = isCapitalised(doc.tokens[index]);
    // A title opening the sentence still marks the name after it (`President Obama defended …`).
    if (capitalised && isSentenceStart(doc, index) && isCommonWordAtStart(doc, index, limit, context) && findTitlePhrase(doc, index, limit, context.lexicons) === index) {
      index += 1; continue;
    }
    // In a headline every word is capitalised, so a run of capitals is no evidence of one name.
    const runEnd = fullRun <= index + 1 ? fullRun : inHeadline ? headlineNameEnd(doc, index, fullRun, context) : cutRunAtGazetteer(doc, index, fullRun, context);
    const titleEnd = findTitlePhrase(doc, index, limit, context.lexicons);
    const organisationEnd = titleEnd > index ? titledOrganisationEnd(doc, index, titleEnd, limit, context.lexicons, inHeadline) : index;
    if (organisationEnd > index) {
      found.push(candidateOf(doc, index, organisationEnd, 'run', [], titled, inHeadline));
      index = organisationEnd; titled = false; continue;
    }
    if (titleEnd > index && !(runEnd > index && isOrganisationHead(doc, runEnd - 1, context.lexicons))) {
      titled = true; index = titleEnd; continue;
    }
    if (runEnd > index) {
      found.push(candidateOf(doc, index, runEnd, 'run', [], titled, inHeadline));
      index = runEnd; titled = false; continue;
    }
    titled = false;
    index += 1;
  }
}

/**
 * Finds every stretch of text that may name an entity: the caller's known entities first, then
 * presswork's gazetteer and runs of name words, longest first, never overlapping. Title phrases
 * are skipped but mark the name after them. Classification and linking come later.
 */
export function findMentions(doc: Document, context: FindContext, known: KnownNames = {}): Candidate[] {
  const found: Candidate[] = [];
  for (const sentence of doc.sentences) findInSentence(doc, sentence, known, context, found);
  return found;
}
