import type { Document } from '../document/read-document';
import type { EntityType } from '../types';
import type { ClassifiedMention } from './classify-mention';
import { FIRST_NAME_GENDER } from './lexicons/first-names';
import { GAZETTEER, gazetteerKey } from './lexicons/gazetteer';
import { PERSON_VERBS } from './lexicons/person-verbs';
import { TEAM_NICKNAMES } from './lexicons/team-nicknames';
import { PERSON_TITLES } from './lexicons/titles';
import {
  EMPLOYEE_NOUNS, ORGANISATION_NOUNS_AFTER, ORGANISATION_NOUNS_BEFORE, PERSON_NOUNS_BEFORE_OF, PLACE_NOUNS_BEFORE_OF, PLACE_PREPOSITIONS, PLACE_SUFFIXES, RESULT_VERBS, SPORTS_WORDS, TEAM_CUES_AFTER,
  TEAM_CUES_BEFORE, TEAM_PHRASES_BEFORE,
} from './lexicons/type-cues';
import { isAllCaps, isBreak, isCapitalised, isInitial, isPossessive } from './name-tokens';
import { matchGazetteer } from './match-gazetteer';

/** Evidence for each type a name may have; the highest total wins. */
type Scores = Record<'PERSON' | 'ORG' | 'GPE' | 'LOC', number>;

/** One piece of evidence: which rule saw it, for which type, with what weight. */
interface Evidence {
  readonly id: string;
  readonly type: keyof Scores;
  readonly weight: number;
}

// A document with this many sports words, or a match score and a result verb, is a sports report.
const MIN_SPORTS_WORDS = 2;
const MATCH_SCORE = /^\d{1,3}-\d{1,3}$/u;

// This runs on every token of every document; the regular expression only where it can match.
function startsWithDigit(value: string): boolean {
  const code = value.charCodeAt(0);
  return code >= 48 && code <= 57;
}
const NUMBER = /^\d[\d.,/]*$/u;
const DATE = /^\d{4}-\d\d-\d\d$/u;
// Plural staff nouns right after a name: the name employs them (`X bankers`, `X employees`).
const STAFF_NOUNS: ReadonlySet<string> = new Set(['bankers', 'employees', 'executives', 'shareholders', 'staff', 'workers', 'traders', 'analysts']);
// What only an organisation has after a possessive (`X's chief executive`, `X's shareholders`).
const OWNED_ROLES: ReadonlySet<string> = new Set(['ceo', 'chief executive', 'shareholders', 'shares', 'stock']);
// Organisation evidence of this total outweighs a given name as first word (`Morgan Stanley CEO X`).
const ORG_OVER_GIVEN_NAME = 2;
// Evidence of a company (not of a club, which a sports table's figures may wrongly give a player).
const COMPANY_CUES: ReadonlySet<string> = new Set(['employee-of', 'organisation-role', 'organisation-staff', 'organisation-noun']);
// A type must lead by this much over the mention's own default to replace it.
const MIN_LEAD = 1;
const PLURAL_VERBS: ReadonlySet<string> = new Set(['were', 'are', 'have', 'look', 'need', 'face', 'play', 'host']);

function lowerAt(doc: Document, index: number): string {
  return doc.tokens[index]?.value.toLowerCase() ?? '';
}

// Both lists in one map, so each token of every document costs one look-up (nearly every word is in
// neither); a word in both counts as a result verb, as it did when the lists were read in turn.
const SPORTS_CUES: ReadonlyMap<string, 'result' | 'sport'> = new Map([
  ...[...SPORTS_WORDS].map((word) => [word, 'sport'] as const),
  ...[...RESULT_VERBS].map((word) => [word, 'result'] as const),
]);

/** True when the document reports sport: team names there are clubs (`Leicester beat Chelsea`). */
export function isSportsReport(doc: Document): boolean {
  let words = 0;
  let scores = 0;
  let results = 0;
  for (const token of doc.tokens) {
    if (startsWithDigit(token.value) && MATCH_SCORE.test(token.value)) {
      scores += 1;
      continue;
    }
    const cue = SPORTS_CUES.get(token.normal);
    if (cue === 'result') results += 1;
    else if (cue === 'sport' && (words += 1) >= MIN_SPORTS_WORDS) return true;
  }
  // A court's `2-1` ruling has a score but no result verb.
  return scores > 0 && results + words > 0;
}

function isCountry(doc: Document, index: number): boolean {
  const entries = GAZETTEER.entries.get(gazetteerKey(doc.tokens[index]?.value ?? ''));
  return entries?.some((entry) => entry.type === 'GPE') ?? false;
}

/** Team evidence in a sports report: cue words beside the name, or a score or table figures after it. */
function teamEvidence(doc: Document, mention: ClassifiedMention): Evidence | undefined {
  // `beat the Hawks`, `victory over the Hawks`: the article between the cue and the name changes nothing.
  const article = lowerAt(doc, mention.first - 1) === 'the' ? 1 : 0;
  const before = lowerAt(doc, mention.first - 1 - article);
  const after = lowerAt(doc, mention.end);
  const phrase = `${lowerAt(doc, mention.first - 2 - article)} ${before}`;
  if (TEAM_CUES_AFTER.has(after) || TEAM_CUES_BEFORE.has(before) || TEAM_PHRASES_BEFORE.has(phrase)) return { id: 'team-cue', type: 'ORG', weight: 2 };
  // `Rivertown's Jane Doe scored`: in a sports report a name owning a player by name is the player's club.
  if (isPossessive(doc.tokens[mention.end]) && FIRST_NAME_GENDER.has(doc.tokens[mention.end + 1]?.value ?? '') && isCapitalised(doc.tokens[mention.end + 2])) {
    return { id: 'team-player', type: 'ORG', weight: 2 };
  }
  // A club takes a plural verb in British reports (`Essex were`, `Kent have`), which one person never does.
  if (PLURAL_VERBS.has(after) && mention.end - mention.first === 1) return { id: 'team-plural-verb', type: 'ORG', weight: 1.5 };
  const next = doc.tokens[mention.end]?.value ?? '';
  // `Pohang 3 Ulsan 2`, `DETROIT 48 86 .358`: figures after a name in a results table.
  if (NUMBER.test(next) && !DATE.test(next)) return { id: 'team-figures', type: 'ORG', weight: 1.5 };
  return undefined;
}

/** True when the mention opens a line that goes on to a date (`LONDON 1996-08-30`, `PARIS, France 2024-05-01`). */
function isDateline(doc: Document, mention: ClassifiedMention, titles: ReadonlySet<string>): boolean {
  if (!isBreak(doc.tokens[mention.first - 1]) || !isAllCaps(doc.tokens[mention.first])) return false;
  for (let index = mention.end; index < mention.end + 4; index += 1) {
    const token = doc.tokens[index];
    if (token === undefined || isBreak(token)) return false;
    if (DATE.test(token.value) || titles.has(token.normal)) return DATE.test(token.value);
  }
  return false;
}

function placeEvidence(doc: Document, mention: ClassifiedMention, key: string, titles: ReadonlySet<string>): Evidence | undefined {
  // `in the Amazon`: the article between the preposition and the name changes nothing.
  const article = lowerAt(doc, mention.first - 1) === 'the' ? 1 : 0;
  const before = lowerAt(doc, mention.first - 1 - article);
  if (isDateline(doc, mention, titles)) return { id: 'dateline', type: 'GPE', weight: 3 };
  if (before === 'of' && PLACE_NOUNS_BEFORE_OF.has(lowerAt(doc, mention.first - 2 - article))) return { id: 'town-of', type: 'GPE', weight: 3 };
  // `X, Country`: a place and the country or state it is in.
  if (doc.tokens[mention.end]?.value === ',' && isCapitalised(doc.tokens[mention.end + 1]) && isCountry(doc, mention.end + 1)
    && (doc.tokens[mention.end + 2] === undefined || !isCapitalised(doc.tokens[mention.end + 2]))) return { id: 'place-comma-country', type: 'GPE', weight: 2 };
  // `in X's campaign`: the preposition governs the whole phrase, not the name.
  if (isPossessive(doc.tokens[mention.end])) return undefined;
  if (PLACE_PREPOSITIONS.has(before)) return { id: 'in-place', type: 'GPE', weight: 1.5 };
  if (before === 'at') return { id: 'at-place', type: 'LOC', weight: 1 };
  if (mention.end - mention.first === 1 && PLACE_SUFFIXES.some((suffix) => key.length > suffix.length + 3 && key.endsWith(suffix))) {
    return { id: 'place-suffix', type: 'GPE', weight: 1 };
  }
  return undefined;
}

/** `an analyst at X`, `the finance chief of X`, `X chief executive Jane Doe`: where people work. */
function employerEvidence(doc: Document, mention: ClassifiedMention, titles: ReadonlySet<string>): Evidence | undefined {
  const before = lowerAt(doc, mention.first - 1);
  const role = lowerAt(doc, mention.first - 2);
  if ((before === 'at' || before === 'of' || before === 'with' || before === 'for') && (EMPLOYEE_NOUNS.has(role) || titles.has(role))) {
    return { id: 'employee-of', type: 'ORG', weight: 3 };
  }
  const after = doc.tokens[mention.end];
  // `the Belgian club X`, `the X daily said`: the noun says what kind of organisation the name is; a
  // given name and more is still a person (`the group Jane Doe founded`). `news` may stand between
  // the name and the noun (`the X news agency`).
  const noun = after?.value === 'news' ? lowerAt(doc, mention.end + 1) : after?.value ?? '';
  const named = ORGANISATION_NOUNS_BEFORE.has(before) || ORGANISATION_NOUNS_AFTER.has(noun);
  if (named && !(mention.end - mention.first > 1 && FIRST_NAME_GENDER.has(doc.tokens[mention.first]?.value ?? ''))) return { id: 'organisation-noun', type: 'ORG', weight: 3 };
  // A role written in lower case (or as an acronym, `CEO`) right after a name is the organisation's (`X spokesman Y`).
  const roleAfter = after !== undefined && (!isCapitalised(after) || (isAllCaps(after) && after.value.length > 1)) ? after.value.toLowerCase() : '';
  if ((EMPLOYEE_NOUNS.has(roleAfter) || titles.has(roleAfter)) && isCapitalised(doc.tokens[mention.end + 2] ?? doc.tokens[mention.end + 1])) {
    return { id: 'organisation-role', type: 'ORG', weight: 2 };
  }
  // `X's chief executive`, `X bankers received`: people who work for the name, which no person has.
  const owned = isPossessive(after) ? lowerAt(doc, mention.end + 1) : '';
  const ownedRole = owned === 'chief' ? `${owned} ${lowerAt(doc, mention.end + 2)}` : owned;
  if (OWNED_ROLES.has(ownedRole) || STAFF_NOUNS.has(roleAfter)) return { id: 'organisation-staff', type: 'ORG', weight: 2 };
  return undefined;
}

function personEvidence(doc: Document, mention: ClassifiedMention): Evidence | undefined {
  const after = lowerAt(doc, mention.end);
  if (mention.end - mention.first > 1 && FIRST_NAME_GENDER.has(doc.tokens[mention.first]?.value ?? '')) return { id: 'given-name', type: 'PERSON', weight: 3 };
  if (mention.end - mention.first > 1 && isInitial(doc.tokens[mention.first])) return { id: 'initial', type: 'PERSON', weight: 3 };
  // `Jane Doe ( Kenya )`: an athlete with the country they represent.
  if (after === '(' && isCountry(doc, mention.end + 1) && doc.tokens[mention.end + 2]?.value === ')') return { id: 'person-country', type: 'PERSON', weight: 2 };
  if (PERSON_VERBS.has(after)) return { id: 'person-verb', type: 'PERSON', weight: 1 };
  if (lowerAt(doc, mention.first - 1) === 'of' && PERSON_NOUNS_BEFORE_OF.has(lowerAt(doc, mention.first - 2))) return { id: 'person-noun-of', type: 'PERSON', weight: 1.5 };
  return undefined;
}

/** A club named with its city in a sports report (`Dynamo Moscow`, `Philadelphia Eagles`). */
function clubEvidence(doc: Document, mention: ClassifiedMention): Evidence | undefined {
  if (mention.kind !== 'run' || mention.end - mention.first < 2 || isInitial(doc.tokens[mention.first])) return undefined;
  for (let index = mention.first; index < mention.end; index += 1) {
    const match = matchGazetteer(doc, index, mention.end, GAZETTEER);
    if (match?.entries.some((entry) => entry.type === 'GPE' && entry.source !== 'country') === true) return { id: 'club-with-city', type: 'ORG', weight: 3 };
  }
  return undefined;
}

/** Last words of the people the document names in full: alone, such a word keeps its full name's type. */
function collectSurnames(doc: Document, mentions: readonly ClassifiedMention[]): ReadonlySet<string> {
  const surnames = new Set<string>();
  for (const mention of mentions) {
    if (mention.type !== 'PERSON' || mention.end - mention.first < 2) continue;
    const first = doc.tokens[mention.first];
    if (mention.titled || isInitial(first) || FIRST_NAME_GENDER.has(first?.value ?? '')) surnames.add((doc.tokens[mention.end - 1]?.value ?? '').toLowerCase());
  }
  return surnames;
}

/** Collects what the words around one mention say about its type; `key` is its surface in lower case. */
function collectEvidence(doc: Document, mention: ClassifiedMention, key: string, sports: boolean, surnames: ReadonlySet<string>, titles: ReadonlySet<string>): Evidence[] {
  const found: Evidence[] = [];
  const add = (evidence: Evidence | undefined): void => { if (evidence !== undefined) found.push(evidence); };
  if (mention.end - mention.first === 1 && surnames.has(key)) add({ id: 'surname', type: 'PERSON', weight: 3 });
  if (sports && TEAM_NICKNAMES.has(key)) add({ id: 'team-nickname', type: 'ORG', weight: 3 });
  if (sports) add(clubEvidence(doc, mention));
  if (sports) add(teamEvidence(doc, mention));
  add(employerEvidence(doc, mention, titles));
  add(placeEvidence(doc, mention, key, titles));
  add(personEvidence(doc, mention));
  return found;
}

const ANY_TYPE: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'GPE', 'LOC']);

/** The types a mention may take: a lexicon name only those of its entries, or a club's. */
function allowedTypes(mention: ClassifiedMention, sports: boolean): ReadonlySet<EntityType> {
  if (mention.kind !== 'gazetteer') return ANY_TYPE;
  const types = new Set<EntityType>(mention.entries.map((entry) => entry.type));
  if (sports && mention.entries.some((entry) => entry.type === 'GPE' && entry.source !== 'country')) types.add('ORG');
  // A place named like a person takes a person's evidence too (`Jordan said`, `Clinton told`).
  if (mention.entries.some((entry) => FIRST_NAME_GENDER.has(entry.surface) || entry.source === 'city')) types.add('PERSON');
  return types;
}

function bestType(given: Scores, current: EntityType, allowed: ReadonlySet<EntityType>): EntityType {
  // A name that can only be a region takes a place's evidence as a region's (`in the Amazon`).
  const scores = allowed.has('GPE') ? given : { ...given, LOC: given.LOC + given.GPE, GPE: 0 };
  let best = current;
  let bestScore = current in scores ? scores[current as keyof Scores] + MIN_LEAD - 0.01 : 0;
  for (const type of ['ORG', 'GPE', 'LOC', 'PERSON'] as const) {
    if (allowed.has(type) && scores[type] > bestScore) { best = type; bestScore = scores[type]; }
  }
  return best;
}

/**
 * Decides the type of every mention left open by classification from evidence: the words around
 * it (a title or `said` for a person; `in`, `town of` or a dateline for a place; `an analyst at`,
 * `shares of` for an organisation; `beat`, `drew with` or table figures for a club in a sports
 * report), added up over every mention of the same name in the document, so that one name keeps
 * one type. Mentions with no evidence keep the type classification gave them.
 */
export function weighTypeEvidence(
  doc: Document, mentions: readonly ClassifiedMention[], sports: boolean, titles: ReadonlySet<string> = PERSON_TITLES,
): ClassifiedMention[] {
  const totals = new Map<string, Scores>();
  const surnames = collectSurnames(doc, mentions);
  // Mentions of one name share their evidence under its surface in lower case, worked out once each.
  const keys = mentions.map((mention) => mention.surface.toLowerCase());
  // Capitals and prepositions in a headline say little (`Inches Toward Nuclear Weapons`): it only takes the vote.
  const local = mentions.map((mention, position) => (mention.open && !mention.inHeadline ? collectEvidence(doc, mention, keys[position] ?? '', sports, surnames, titles) : []));
  const givenNames = new Map<string, number>();
  const companies = new Map<string, number>();
  for (let position = 0; position < mentions.length; position += 1) {
    const mention = mentions[position];
    if (mention === undefined || !mention.open) continue;
    const key = keys[position] ?? '';
    const scores = totals.get(key) ?? { PERSON: 0, ORG: 0, GPE: 0, LOC: 0 };
    for (const evidence of local[position] ?? []) {
      if (evidence.id === 'given-name') givenNames.set(key, (givenNames.get(key) ?? 0) + evidence.weight);
      else scores[evidence.type] += evidence.weight;
      if (COMPANY_CUES.has(evidence.id)) companies.set(key, (companies.get(key) ?? 0) + evidence.weight);
    }
    totals.set(key, scores);
  }
  // A given name first is a default: what the article says of the name as a company outweighs it.
  for (const [key, weight] of givenNames) {
    const scores = totals.get(key);
    if (scores !== undefined && (companies.get(key) ?? 0) < ORG_OVER_GIVEN_NAME) scores.PERSON += weight;
  }
  return mentions.map((mention, position) => {
    const key = keys[position] ?? '';
    const scores = totals.get(key);
    if (!mention.open || scores === undefined) return mention;
    const allowed = allowedTypes(mention, sports);
    // A mention's own strong evidence beats the document's (`at Leicester` in a report on its club).
    const own = (companies.get(key) ?? 0) >= ORG_OVER_GIVEN_NAME ? (local[position] ?? []).filter((evidence) => evidence.id !== 'given-name') : local[position] ?? [];
    const strongest = own.reduce<Evidence | undefined>((best, evidence) => (best === undefined || evidence.weight > best.weight ? evidence : best), undefined);
    const type = strongest !== undefined && strongest.weight >= 1.5 && allowed.has(strongest.type) ? strongest.type : bestType(scores, mention.type, allowed);
    // A weak name with evidence of its own type is a name after all (`the removal of X`).
    if (type === mention.type) return !mention.strong && !mention.inHeadline && scores[type as keyof Scores] > 0 ? { ...mention, strong: true } : mention;
    const entry = mention.entries.find((candidate) => candidate.type === type);
    return { ...mention, type, strong: mention.strong || !mention.inHeadline, canonical: entry?.canonical };
  });
}
