import { spanOfTokens } from '../document/accessors';
import { PERSON_TITLES } from '../entities/lexicons/titles';
import type { EntityMention, EntityType, Speaker } from '../types';
import type { PersonProfile } from './build-person-profiles';
import type { QuoteContext } from './build-quote-context';
import type { SpeakerPhrase } from './find-speaker-phrase';
import { DEFINITE_DETERMINERS, LEADER_TITLES, ORGANISATION_HEADS, SOURCE_NOUNS, SPEAKER_PRONOUNS } from './lexicons/source-words';
import { placeKey } from './place-key';

/** A speaker with what pronoun resolution needs to know about it. */
export interface ResolvedSpeaker {
  /** The public speaker. */
  readonly speaker: Speaker;
  /** The entity type the source resolved to, or null for an unnamed source. */
  readonly type: EntityType | null;
  /** Whether the source is one person or thing, or several. */
  readonly number: 'singular' | 'plural';
  /** The gender a title showed, or null. */
  readonly gender: 'male' | 'female' | null;
  /** The sentence of the attribution, for bounded look-back. */
  readonly sentence: number;
}

/** What resolution reads besides the phrase: the profiles, and the speakers resolved so far, in text order. */
export interface SpeakerResolution {
  readonly context: QuoteContext;
  readonly profiles: ReadonlyMap<string, PersonProfile>;
  readonly history: readonly ResolvedSpeaker[];
}

// A pronoun refers back at most this many sentences; beyond that the reader has lost the thread too.
const PRONOUN_WINDOW_SENTENCES = 4;
// How many PERSON mentions a description may look past to find its referent.
const DESCRIPTION_WINDOW_MENTIONS = 80;
// Only the latest speakers can be a pronoun's antecedent; a fixed window keeps resolution constant-time.
const HISTORY_WINDOW = 12;
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'some']);

// A fresh object per call: the speaker ends up inside a returned quote, which the caller may change.
function nobody(): Speaker {
  return { mention: null, entity: null, description: null };
}

function sentenceOfToken(context: QuoteContext, index: number): number {
  return context.doc.tokens[index]?.sentence ?? 0;
}

function mentionAt(context: QuoteContext, index: number): EntityMention | undefined {
  return context.entities[context.mentionOfToken[index] ?? -1];
}

function describe(context: QuoteContext, phrase: SpeakerPhrase): string {
  const first = ARTICLES.has(context.doc.tokens[phrase.first]?.normal ?? '') ? phrase.first + 1 : phrase.first;
  return spanOfTokens(context.doc, first, phrase.end).text;
}

function genderOf(resolution: SpeakerResolution, entity: string): 'male' | 'female' | null {
  return resolution.profiles.get(entity)?.gender ?? null;
}

function fromMention(resolution: SpeakerResolution, mention: EntityMention, sentence: number): ResolvedSpeaker {
  const { start, end, text } = mention;
  return {
    speaker: { mention: { start, end, text }, entity: mention.entity, description: null },
    type: mention.type, number: mention.type === 'NORP' ? 'plural' : 'singular', gender: genderOf(resolution, mention.entity), sentence,
  };
}

function isCompatible(resolution: SpeakerResolution, entity: string, gender: 'male' | 'female' | 'neuter' | null): boolean {
  const known = genderOf(resolution, entity);
  return gender === null || known === null || known === gender;
}

/** The index of the last entity mention that starts before `offset`, or -1 (binary search). */
function lastMentionBefore(context: QuoteContext, offset: number): number {
  let low = 0;
  let high = context.entities.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((context.entities[middle]?.start ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** The first compatible PERSON mention of the nearest sentence before `index` that has one (a subject proxy). */
function nearestPersonMention(resolution: SpeakerResolution, index: number, gender: 'male' | 'female' | 'neuter' | null): EntityMention | undefined {
  const { context } = resolution;
  const sentence = sentenceOfToken(context, index);
  let best: EntityMention | undefined;
  let bestSentence = -1;
  const last = lastMentionBefore(context, context.doc.tokens[index]?.start ?? 0);
  for (let m = last; m >= 0 && last - m < DESCRIPTION_WINDOW_MENTIONS; m -= 1) {
    const mention = context.entities[m];
    if (mention === undefined) break;
    const mentionSentence = sentenceAtOffset(context, mention.start);
    if (sentence - mentionSentence >= PRONOUN_WINDOW_SENTENCES || (bestSentence !== -1 && mentionSentence < bestSentence)) break;
    if (mention.type === 'PERSON' && isCompatible(resolution, mention.entity, gender)) {
      best = mention;
      bestSentence = mentionSentence;
    }
  }
  return best;
}

function sentenceAtOffset(context: QuoteContext, offset: number): number {
  let low = 0;
  let high = context.doc.sentences.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((context.doc.sentences[middle]?.start ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function lastOf<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let index = items.length - 1; index >= 0; index -= 1) {
    const item = items[index];
    if (item !== undefined && test(item)) return item;
  }
  return undefined;
}

function resolvePronoun(resolution: SpeakerResolution, phrase: SpeakerPhrase): ResolvedSpeaker {
  const { context, history } = resolution;
  const token = context.doc.tokens[phrase.first];
  const pronoun = SPEAKER_PRONOUNS.get(token?.normal ?? '');
  const sentence = sentenceOfToken(context, phrase.first);
  const mention = spanOfTokens(context.doc, phrase.first, phrase.end);
  const recent = history.slice(-HISTORY_WINDOW).filter((item) => sentence - item.sentence < PRONOUN_WINDOW_SENTENCES);
  const wanted = pronoun?.gender ?? null;
  const carry = (item: ResolvedSpeaker | undefined): ResolvedSpeaker => ({
    speaker: { mention, entity: item?.speaker.entity ?? null, description: item?.speaker.entity === null ? item.speaker.description : null },
    type: item?.type ?? null, number: pronoun?.number ?? 'singular', gender: item?.gender ?? null, sentence,
  });
  if (pronoun === undefined || token?.normal === 'i' || token?.normal === 'we') return carry(undefined);
  if (pronoun.number === 'plural') return carry(lastOf(recent, (item) => item.number === 'plural'));
  if (wanted === 'neuter') return carry(lastOf(recent, (item) => item.type !== null && item.type !== 'PERSON'));
  const lastSpeaker = lastOf(recent, (item) => item.type === 'PERSON' && item.number === 'singular' && (item.gender === null || item.gender === wanted));
  const nearest = nearestPersonMention(resolution, phrase.first, wanted);
  if (nearest !== undefined && (lastSpeaker === undefined || sentenceAtOffset(context, nearest.start) > lastSpeaker.sentence)) {
    return carry(fromMention(resolution, nearest, sentence));
  }
  return carry(lastSpeaker);
}

/**
 * Whether a profile fits a description, in three passes from strictest: the same title and every place;
 * the same title where the article gave the person no place; any leader's title for `leader`-like heads.
 */
function matchesDescription(profile: PersonProfile, head: string, places: readonly string[], pass: number): boolean {
  const placesFit = places.every((place) => profile.places.has(place)) || (pass === 1 && profile.places.size === 0);
  if (pass < 2) return profile.titles.has(head) && placesFit;
  return LEADER_TITLES.has(head) && [...profile.titles].some((title) => LEADER_TITLES.has(title)) && placesFit;
}

/** Resolves a definite description (`the French leader`) to the nearest person whose profile fits it, looking back first. */
function resolveDescription(resolution: SpeakerResolution, phrase: SpeakerPhrase, head: string): string | null {
  const { context, profiles } = resolution;
  const places: string[] = [];
  for (let index = phrase.first; index < phrase.end; index += 1) {
    const mention = mentionAt(context, index);
    if ((mention?.type === 'GPE' || mention?.type === 'NORP') && mention.start === context.doc.tokens[index]?.start) places.push(placeKey(mention.text));
  }
  const split = lastMentionBefore(context, context.doc.tokens[phrase.first]?.start ?? 0);
  const order: number[] = [];
  for (let m = split; m >= 0 && split - m < DESCRIPTION_WINDOW_MENTIONS; m -= 1) order.push(m);
  for (let m = split + 1; m < context.entities.length && m - split <= DESCRIPTION_WINDOW_MENTIONS; m += 1) order.push(m);
  // The person the article gave this very title wins over one who merely holds a leader's office.
  for (const pass of [0, 1, 2]) {
    for (const m of order) {
      const mention = context.entities[m];
      const profile = mention?.type === 'PERSON' ? profiles.get(mention.entity) : undefined;
      if (mention !== undefined && profile !== undefined && matchesDescription(profile, head, places, pass)) return mention.entity;
    }
  }
  return null;
}

/** `the company said` → the latest ORG mention before it (a bounded look-back). */
function lastMentionOfType(context: QuoteContext, token: number, type: EntityType): EntityMention | undefined {
  const last = lastMentionBefore(context, context.doc.tokens[token]?.start ?? 0);
  for (let m = last; m >= 0 && last - m < DESCRIPTION_WINDOW_MENTIONS; m -= 1) {
    const mention = context.entities[m];
    if (mention?.type === type) return mention;
  }
  return undefined;
}

function headOf(context: QuoteContext, phrase: SpeakerPhrase): number {
  for (let index = phrase.first + 1; index < phrase.end; index += 1) {
    const token = context.doc.tokens[index];
    if (token?.pos === 'ADP' && context.mentionOfToken[index] === -1) return index - 1;
  }
  return phrase.end - 1;
}

/**
 * `a spokeswoman for Speaker X`, `an aide to President X`: the phrase names someone who works for the
 * person at its end, not that person (unlike `Canada’s ambassador to France X`, a title before a name).
 */
function isRoleOfSomeoneElse(context: QuoteContext, phrase: SpeakerPhrase): boolean {
  const head = headOf(context, phrase);
  if (head === phrase.end - 1) return false;
  const preposition = context.doc.tokens[head + 1]?.normal ?? '';
  const article = context.doc.tokens[phrase.first]?.normal ?? '';
  return preposition === 'for' || preposition === 'of' || article === 'a' || article === 'an';
}

function isCoordination(context: QuoteContext, phrase: SpeakerPhrase): boolean {
  const mentions = new Set<number>();
  for (let index = phrase.first; index < phrase.end; index += 1) {
    const mention = context.mentionOfToken[index] ?? -1;
    const token = context.doc.tokens[index];
    if (mention !== -1) mentions.add(mention);
    else if (!(token?.value === ',' || token?.normal === 'and' || token?.pos === 'DET')) return false;
  }
  return mentions.size >= 2;
}

/**
 * A capitalised name the entity tagger did not mark (`wrote Dana`): the run of proper nouns ending at
 * the head, without leading titles. It links to a PERSON mention that ends with the same word, if any.
 */
function nameMissedByTagger(resolution: SpeakerResolution, phrase: SpeakerPhrase, head: number): ResolvedSpeaker | null {
  const { context } = resolution;
  const tokens = context.doc.tokens;
  const isName = (index: number): boolean => tokens[index]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[index]?.value ?? '') && context.mentionOfToken[index] === -1;
  if (!isName(head)) return null;
  // `Officials said`: a capitalised common noun at a sentence start is no name.
  const headWord = (tokens[head]?.lemma ?? '').toLowerCase();
  if (PERSON_TITLES.has(headWord) || SOURCE_NOUNS.has(headWord) || context.doc.sentences[tokens[head]?.sentence ?? -1]?.firstToken === head) return null;
  let first = head;
  while (first > phrase.first && isName(first - 1)) first -= 1;
  while (first < head && PERSON_TITLES.has((tokens[first]?.normal ?? '').replace(/\.$/u, ''))) first += 1;
  if (PERSON_TITLES.has((tokens[head]?.normal ?? '').replace(/\.$/u, ''))) return null;
  const mention = spanOfTokens(context.doc, first, head + 1);
  const surname = tokens[head]?.value ?? '';
  let linked: EntityMention | undefined;
  const last = lastMentionBefore(context, tokens[head]?.start ?? 0);
  for (let m = last; m >= 0 && last - m < DESCRIPTION_WINDOW_MENTIONS && linked === undefined; m -= 1) {
    const candidate = context.entities[m];
    if (candidate?.type === 'PERSON' && candidate.text.split(/\s+/u).pop() === surname) linked = candidate;
  }
  return {
    speaker: { mention, entity: linked?.entity ?? mention.text, description: null },
    type: 'PERSON', number: 'singular', gender: linked === undefined ? null : genderOf(resolution, linked.entity), sentence: sentenceOfToken(context, head),
  };
}

function resolveNounPhrase(resolution: SpeakerResolution, phrase: SpeakerPhrase): ResolvedSpeaker {
  const { context } = resolution;
  const sentence = sentenceOfToken(context, phrase.first);
  const mention = spanOfTokens(context.doc, phrase.first, phrase.end);
  if (isCoordination(context, phrase)) {
    return { speaker: { mention, entity: null, description: describe(context, phrase) }, type: null, number: 'plural', gender: null, sentence };
  }
  const last = mentionAt(context, phrase.end - 1);
  if (last?.type === 'PERSON' && !isRoleOfSomeoneElse(context, phrase)) return fromMention(resolution, last, sentence);
  const head = headOf(context, phrase);
  const headMention = mentionAt(context, head);
  if (headMention !== undefined) return fromMention(resolution, headMention, sentence);
  const unnamed = nameMissedByTagger(resolution, phrase, head);
  if (unnamed !== null) return unnamed;
  const headToken = context.doc.tokens[head];
  const headWord = (headToken?.lemma ?? '').toLowerCase();
  const plural = headToken !== undefined && headToken.normal !== headWord && headToken.normal.endsWith('s');
  const possessive = context.doc.tokens.slice(phrase.first, head).some((token) => token.normal === "'s" || token.normal === '’s');
  // A headline drops its articles (`Police chief says …`): a bare singular title is definite too.
  const firstToken = context.doc.tokens[phrase.first];
  const bare = firstToken !== undefined && firstToken.pos !== 'DET' && !plural;
  const definite = DEFINITE_DETERMINERS.has(firstToken?.normal ?? '') || possessive || bare;
  const canResolve = definite && !plural && (PERSON_TITLES.has(headWord) || LEADER_TITLES.has(headWord));
  const organisationType = definite && !plural && head === phrase.end - 1 ? ORGANISATION_HEADS.get(headWord) : undefined;
  const organisation = organisationType === undefined ? undefined : lastMentionOfType(context, phrase.first, organisationType);
  if (organisation !== undefined) {
    return { speaker: { mention, entity: organisation.entity, description: describe(context, phrase) }, type: organisation.type, number: 'singular', gender: null, sentence };
  }
  const entity = canResolve ? resolveDescription(resolution, phrase, headWord) : null;
  return {
    speaker: { mention, entity, description: describe(context, phrase) },
    type: entity === null ? null : 'PERSON', number: plural ? 'plural' : 'singular',
    gender: entity === null ? null : genderOf(resolution, entity), sentence,
  };
}

/**
 * Resolves the phrase that names a quote's source to a Speaker: a name to its entity, a pronoun to the
 * most recent compatible speaker or subject (respecting number and the gender a title shows), `who`
 * to its antecedent, a definite description to the person whose title and nationality the article
 * gave, and an unnamed source (`a senior official`) to `entity: null` with a description.
 */
export function resolveSpeaker(resolution: SpeakerResolution, phrase: SpeakerPhrase | null): ResolvedSpeaker {
  const { context } = resolution;
  if (phrase === null) return { speaker: nobody(), type: null, number: 'singular', gender: null, sentence: -1 };
  const token = context.doc.tokens[phrase.first];
  if (phrase.end - phrase.first === 1 && token?.pos === 'PRON' && phrase.antecedent === null && context.mentionOfToken[phrase.first] === -1) {
    return resolvePronoun(resolution, phrase);
  }
  if (phrase.end - phrase.first === 1 && phrase.antecedent !== null) {
    const antecedent = resolveSpeaker(resolution, phrase.antecedent);
    const mention = spanOfTokens(context.doc, phrase.first, phrase.end);
    return { ...antecedent, speaker: { ...antecedent.speaker, mention } };
  }
  return resolveNounPhrase(resolution, phrase);
}
