import { lastMentionBefore, LOOK_BACK_MENTIONS, REFERENCE_WINDOW_SENTENCES, sentenceAtOffset } from '../coreference/find-mentions-before';
import { headOfPhrase, resolveDescription } from '../coreference/resolve-description';
import type { Coreference, CoreferenceLink } from '../coreference/types';
import { spanAtToken, spanOfTokens } from '../document/accessors';
import { FIRST_NAME_GENDER } from '../entities/lexicons/first-names';
import { TITLE_MODIFIERS } from '../entities/lexicons/titles';
import type { EntityMention, EntityType, Speaker } from '../types';
import type { QuoteContext } from './build-quote-context';
import type { SpeakerPhrase } from './find-speaker-phrase';
import { SOURCE_NOUNS } from './lexicons/source-words';
import { REFERRING_PRONOUNS as SPEAKER_PRONOUNS } from '../coreference/lexicons/reference-words';

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

/** What resolution reads besides the phrase: the document's coreference, and the speakers resolved so far, in text order. */
export interface SpeakerResolution {
  readonly context: QuoteContext;
  readonly coreference: Coreference;
  readonly history: readonly ResolvedSpeaker[];
}
// Only the latest speakers can be a pronoun's antecedent; a fixed window keeps resolution constant-time.
const HISTORY_WINDOW = 12;
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the', 'some']);

// A fresh object per call: the speaker ends up inside a returned quote, which the caller may change.
function isTitleWord(word: string, titles: ReadonlySet<string>): boolean {
  return titles.has(word) || TITLE_MODIFIERS.has(word);
}

function nobody(): Speaker {
  return { mention: null, entity: null, description: null };
}

function sentenceOfToken(context: QuoteContext, index: number): number {
  return context.doc.tokens[index]?.sentence ?? 0;
}

function mentionAt(context: QuoteContext, index: number): EntityMention | undefined {
  return spanAtToken(context.entities, context.mentionOfToken, index);
}

function describe(context: QuoteContext, phrase: SpeakerPhrase): string {
  const first = ARTICLES.has(context.doc.tokens[phrase.first]?.normal ?? '') ? phrase.first + 1 : phrase.first;
  return spanOfTokens(context.doc, first, phrase.end).text;
}

function genderOf(resolution: SpeakerResolution, entity: string): 'male' | 'female' | null {
  return resolution.coreference.profiles.get(entity)?.gender ?? null;
}

/** The full name behind a surname-only entity (`Stumpf` → `John Stumpf`), from the coreference stage. */
function fullName(resolution: SpeakerResolution, entity: string): string {
  return resolution.coreference.fullNames.get(entity) ?? entity;
}

function fromMention(resolution: SpeakerResolution, mention: EntityMention, sentence: number): ResolvedSpeaker {
  const { start, end, text } = mention;
  const entity = fullName(resolution, mention.entity);
  return {
    speaker: { mention: { start, end, text }, entity, description: null },
    type: mention.type, number: mention.type === 'NORP' ? 'plural' : 'singular', gender: genderOf(resolution, entity), sentence,
  };
}

function fromLink(resolution: SpeakerResolution, link: CoreferenceLink, sentence: number): ResolvedSpeaker {
  const mention = spanOfTokens(resolution.context.doc, link.first, link.end);
  return {
    speaker: { mention, entity: link.entity, description: null },
    type: link.type, number: link.type === 'NORP' ? 'plural' : 'singular', gender: genderOf(resolution, link.entity), sentence,
  };
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
  const recent = history.slice(-HISTORY_WINDOW).filter((item) => sentence - item.sentence < REFERENCE_WINDOW_SENTENCES);
  const wanted = pronoun?.gender ?? null;
  const carry = (item: ResolvedSpeaker | undefined): ResolvedSpeaker => ({
    speaker: { mention, entity: item?.speaker.entity ?? null, description: item?.speaker.entity === null ? item.speaker.description : null },
    type: item?.type ?? null, number: pronoun?.number ?? 'singular', gender: item?.gender ?? null, sentence,
  });
  if (pronoun === undefined || token?.normal === 'i' || token?.normal === 'we') return carry(undefined);
  if (pronoun.number === 'plural') return carry(lastOf(recent, (item) => item.number === 'plural'));
  if (wanted === 'neuter') {
    const link = resolution.coreference.links.get(phrase.first);
    return carry(lastOf(recent, (item) => item.type !== null && item.type !== 'PERSON') ?? (link === undefined ? undefined : fromLink(resolution, link, sentence)));
  }
  const lastSpeaker = lastOf(recent, (item) => item.type === 'PERSON' && item.number === 'singular' && (item.gender === null || item.gender === wanted));
  // The coreference stage's link wins only when its antecedent is nearer than the previous attribution's source.
  const link = resolution.coreference.links.get(phrase.first);
  if (link !== undefined && link.type === 'PERSON' && (lastSpeaker === undefined || sentenceAtOffset(resolution.coreference, link.antecedent) > lastSpeaker.sentence)) {
    return carry(fromLink(resolution, link, sentence));
  }
  return carry(lastSpeaker);
}

/**
 * `a spokeswoman for Speaker X`, `an aide to President X`: the phrase names someone who works for the
 * person at its end, not that person (unlike `Canada’s ambassador to France X`, a title before a name).
 */
function isRoleOfSomeoneElse(resolution: SpeakerResolution, phrase: SpeakerPhrase): boolean {
  const { context } = resolution;
  const head = headOfPhrase(resolution.coreference, phrase.first, phrase.end);
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
  // wink tags a surname that is also a word (`May`, `Young`) by its word class: after a given name it is a name.
  const single = phrase.end - phrase.first === 1;
  const isName = (index: number): boolean => /^\p{Lu}/u.test(tokens[index]?.value ?? '') && context.mentionOfToken[index] === -1
    && (tokens[index]?.pos === 'PROPN' || FIRST_NAME_GENDER.has(tokens[index - 1]?.value ?? '') || (single && tokens[index]?.pos === 'VERB'));
  if (!isName(head)) return null;
  // `Officials said`: a capitalised common noun at a sentence start is no name.
  const headWord = (tokens[head]?.lemma ?? '').toLowerCase();
  const atStart = context.doc.sentences[tokens[head]?.sentence ?? -1]?.firstToken === head;
  // At a sentence start only a word wink read as a verb (`Lynch said`) can be a surname; `Officials` is not.
  if (context.lexicons.titles.has(headWord) || SOURCE_NOUNS.has(headWord) || (atStart && tokens[head]?.pos !== 'VERB')) return null;
  let first = head;
  while (first > phrase.first && isName(first - 1)) first -= 1;
  // `Theresa` tagged alone before a surname wink read as a word: the name runs from the mention's start.
  const before = context.mentionOfToken[first - 1] ?? -1;
  if (before !== -1 && first - 1 >= phrase.first && context.entities[before]?.type === 'PERSON') {
    while (first - 1 >= phrase.first && context.mentionOfToken[first - 1] === before) first -= 1;
  }
  while (first < head && isTitleWord((tokens[first]?.normal ?? '').replace(/\.$/u, ''), context.lexicons.titles)) first += 1;
  if (context.lexicons.titles.has((tokens[head]?.normal ?? '').replace(/\.$/u, ''))) return null;
  const mention = spanOfTokens(context.doc, first, head + 1);
  const surname = tokens[head]?.value ?? '';
  let linked: EntityMention | undefined;
  const last = lastMentionBefore(context, tokens[head]?.start ?? 0);
  for (let m = last; m >= 0 && last - m < LOOK_BACK_MENTIONS && linked === undefined; m -= 1) {
    const candidate = context.entities[m];
    if (candidate?.type === 'PERSON' && candidate.text.split(/\s+/u).pop() === surname) linked = candidate;
  }
  return {
    speaker: { mention, entity: linked === undefined ? mention.text : fullName(resolution, linked.entity), description: null },
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
  if (last?.type === 'PERSON' && !isRoleOfSomeoneElse(resolution, phrase)) return fromMention(resolution, last, sentence);
  const head = headOfPhrase(resolution.coreference, phrase.first, phrase.end);
  const headMention = mentionAt(context, head);
  if (headMention !== undefined) return fromMention(resolution, headMention, sentence);
  const unnamed = nameMissedByTagger(resolution, phrase, head);
  if (unnamed !== null) return unnamed;
  const headToken = context.doc.tokens[head];
  const plural = headToken !== undefined && headToken.normal !== (headToken.lemma ?? '').toLowerCase() && headToken.normal.endsWith('s');
  // `the senator`, `the company`, `the ruling`: the coreference stage says which entity a description stands for.
  const link = resolveDescription(resolution.coreference, phrase.first, phrase.end);
  return {
    speaker: { mention, entity: link?.entity ?? null, description: describe(context, phrase) },
    type: link?.type ?? null, number: plural ? 'plural' : 'singular',
    gender: link === null ? null : genderOf(resolution, link.entity), sentence,
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
    // Field by field: a spread with more fields after it (`{ ...a, b }`) costs about twice a literal in this V8.
    const speaker = { mention, entity: antecedent.speaker.entity, description: antecedent.speaker.description };
    return { speaker, type: antecedent.type, number: antecedent.number, gender: antecedent.gender, sentence: antecedent.sentence };
  }
  return resolveNounPhrase(resolution, phrase);
}
