import { tokenIndexAtOffset } from '../document/accessors';
import type { Document } from '../document/read-document';
import { lastMentionBefore, lastMentionOfType } from '../coreference/find-mentions-before';
import { COURT_WORDS, LEADER_TITLES, ORGANISATION_HEADS, POSSESSIVE_PRONOUNS, ROLE_NOUNS, TITLE_SYNONYMS } from '../coreference/lexicons/reference-words';
import { PERSON_TITLES } from '../entities/lexicons/titles';
import { resolveDescription } from '../coreference/resolve-description';
import { resolvePossessive } from '../coreference/resolve-coreference';
import type { Coreference } from '../coreference/types';
import type { EntityMention, Quote } from '../types';
import { actorsIn } from './actors-in';
import { DAY_WORD, DEFINITE_OPENER, DESCRIPTION_OPENER, isMarked, SENTENCE_FIRST, type StanceWordMarks } from './mark-stance-words';
import type { StanceCast } from './find-stance-actors';
import { findSpeakerParty } from './find-speaker-party';
import type { StanceActor } from './stance-actor';

/** What a party look-up can read: the document, its resolved parties and its described parties. */
export interface PartyContext {
  readonly doc: Document;
  readonly cast: StanceCast;
  /** The party each described mention stands for (a speaker, a pronoun, a description), by its first token. */
  readonly speakers: ReadonlyMap<number, { readonly name: string; readonly end: number }>;
}

// The longest description read before its head noun (`the federal appeals court`).
const MAX_DESCRIPTION_TOKENS = 4;

// A lead may describe a party before naming it (`A federal court ruled … The U.S. Court of Appeals …`):
// such a description in the first sentences is read forward, at most this many sentences on.
const LEAD_SENTENCES = 3;
const FORWARD_SENTENCES = 3;

// The nouns a description ends at, even when more nouns follow (`Court rules against …`, `the bank's chief`).
const DESCRIPTION_HEADS: ReadonlySet<string> = new Set([
  ...ORGANISATION_HEADS.keys(), ...COURT_WORDS, ...LEADER_TITLES, ...ROLE_NOUNS, ...PERSON_TITLES, ...TITLE_SYNONYMS.keys(),
]);

/** The party a linked entity stands for in stances: a spokesperson or a capital is its country. */
function partyName(cast: StanceCast, entity: string): string {
  return cast.speakingFor.get(entity) ?? cast.countryOf(entity) ?? entity;
}

/**
 * The end of a description whose words start at `from`: its nouns and adjectives outside any name,
 * up to its last head noun (`the state appeals court`; `Court` in `Court rules against …`), else its last noun.
 */
function descriptionEnd(coreference: Coreference, from: number): number {
  const sentence = coreference.doc.tokens[from]?.sentence;
  let end = -1;
  let headEnd = -1;
  for (let index = from; index < coreference.doc.tokens.length && index - from < MAX_DESCRIPTION_TOKENS; index += 1) {
    const token = coreference.doc.tokens[index];
    if (token === undefined || coreference.mentionOfToken[index] !== -1 || token.sentence !== sentence) break;
    if ((token.pos === 'NOUN' || token.pos === 'PROPN') && DESCRIPTION_HEADS.has(token.normal)) headEnd = index + 1;
    if (token.pos === 'NOUN') end = index + 1;
    // A title-case headline tags its common words as proper nouns (`Federal Court Rules …`).
    else if (token.pos !== 'ADJ' && token.pos !== 'PROPN') break;
  }
  return headEnd === -1 ? end : headEnd;
}

/** Whether a mention fits a description's head: a court for `court`/`judge`, a titled person, a named organisation. */
function fitsHead(coreference: Coreference, mention: EntityMention, head: string): boolean {
  const words = mention.text.toLowerCase().split(/\s+/u);
  if (COURT_WORDS.has(head) && mention.type === 'ORG') return words.some((word) => COURT_WORDS.has(word));
  if (mention.type === 'ORG') return words.includes(head);
  const titles = coreference.profiles.get(mention.entity)?.titles;
  if (mention.type !== 'PERSON' || titles === undefined) return false;
  return titles.has(head) || (TITLE_SYNONYMS.get(head) ?? []).some((title) => titles.has(title));
}

// A lead names the party it described within a few sentences, so within a few dozen mentions.
const MAX_FORWARD_MENTIONS = 40;

/** A description in the lead that names its party later: the first fitting mention a few sentences on. */
function resolveForward(coreference: Coreference, first: number, end: number): EntityMention | undefined {
  const { doc, entities } = coreference;
  const sentence = doc.tokens[first]?.sentence ?? LEAD_SENTENCES;
  const head = (doc.tokens[end - 1]?.lemma ?? '').toLowerCase();
  if (sentence >= LEAD_SENTENCES) return undefined;
  const from = lastMentionBefore(coreference, doc.tokens[first]?.start ?? 0) + 1;
  // Bounded in mentions too: in a text with no sentence breaks, every mention is in the lead.
  for (let m = from; m < entities.length && m < from + MAX_FORWARD_MENTIONS; m += 1) {
    const mention = entities[m] as EntityMention;
    const mentionSentence = doc.tokens[tokenIndexAtOffset(doc, mention.start)]?.sentence ?? sentence;
    if (mentionSentence > sentence + FORWARD_SENTENCES) return undefined;
    // Only a court or a titled person is described before being named; `a bank` may be any bank.
    if ((mention.type === 'PERSON' || COURT_WORDS.has(head)) && fitsHead(coreference, mention, head)) return mention;
  }
  return undefined;
}

/**
 * The party a description (tokens `first` to `end`) stands for: what coreference resolves, unless an
 * organisation the article names with the description's head word is a better fit than the one it
 * found (`the council` is the named council, not the last organisation); else, in the lead, the party named next.
 */
function describedParty(coreference: Coreference, first: number, end: number, isNamedHead: (head: string) => boolean): string | undefined {
  const head = (coreference.doc.tokens[end - 1]?.lemma ?? '').toLowerCase();
  const link = resolveDescription(coreference, first, end);
  if (link !== null) {
    const fits = link.type !== 'ORG' || COURT_WORDS.has(head) || link.entity.toLowerCase().split(/\s+/u).includes(head) || !isNamedHead(head);
    if (fits) return link.entity;
    const named = lastMentionOfType(coreference, first, (type, mention) => type === 'ORG' && mention.text.toLowerCase().split(/\s+/u).includes(head));
    return named === undefined ? undefined : coreference.fullNames.get(named.entity) ?? named.entity;
  }
  const forward = resolveForward(coreference, first, end);
  return forward === undefined ? undefined : coreference.fullNames.get(forward.entity) ?? forward.entity;
}

// At most this many adjectives stand between a possessive and its stance noun (`her renewed criticism`).
const MAX_POSSESSIVE_ADJECTIVES = 2;

/**
 * `his criticism of X`, `its support for Y`: a possessive right before a stance noun stands for its
 * holder. Only such possessives are resolved, so the look-back runs for a few tokens per document.
 */
function possessiveHolder(coreference: Coreference, index: number, stanceNouns: ReadonlyMap<string, unknown>): string | undefined {
  const tokens = coreference.doc.tokens;
  let next = index + 1;
  while (next - index <= MAX_POSSESSIVE_ADJECTIVES && tokens[next]?.pos === 'ADJ') next += 1;
  const noun = tokens[next];
  if (noun === undefined || (!stanceNouns.has(noun.normal) && !stanceNouns.has(noun.lemma))) return undefined;
  return resolvePossessive(coreference, index)?.entity;
}

/** The last word of every organisation's name, lower-cased (`council` for `the City Council`). */
function organisationHeads(coreference: Coreference): ReadonlySet<string> {
  return new Set(coreference.entities.filter((mention) => mention.type === 'ORG').map((mention) => mention.text.toLowerCase().split(/\s+/u).pop() ?? ''));
}

/** Every pronoun, surname and description coreference links to a named party, by its first token. */
function describedParties(
  cast: StanceCast, coreference: Coreference, stanceNouns: ReadonlyMap<string, unknown>, marks: StanceWordMarks, found: Map<number, { name: string; end: number }>,
): void {
  for (const link of coreference.links.values()) {
    if (link.reason === 'appositive' || found.has(link.first)) continue;
    found.set(link.first, { name: partyName(cast, link.entity), end: link.end });
  }
  // The last word of every organisation's name, to tell `the council` that is named from one that is not;
  // gathered the first time a description needs it (most articles' descriptions never do).
  let heads: ReadonlySet<string> | undefined;
  const isNamedHead = (head: string): boolean => (heads ??= organisationHeads(coreference)).has(head);
  const tokens = coreference.doc.tokens;
  for (let index = 0; index < tokens.length; index += 1) {
    // The other words of a sentence open nothing: their marks turn them away at each token of the article.
    if (!isMarked(marks, index, SENTENCE_FIRST | DESCRIPTION_OPENER) || found.has(index)) continue;
    const token = tokens[index];
    if (token === undefined) continue;
    const isSentenceFirst = isMarked(marks, index, SENTENCE_FIRST);
    // A headline drops its article (`Judge rejects …`): a sentence may open with the description itself.
    // `Friday's ruling` is as definite as `the ruling`.
    const isDayPossessive = isMarked(marks, index, DAY_WORD) && /^['’]s$/u.test(tokens[index + 1]?.normal ?? '');
    const isOpener = isMarked(marks, index, DEFINITE_OPENER) || isDayPossessive || (token.pos === 'DET' && (token.normal === 'a' || token.normal === 'an'));
    const isBare = (token.pos === 'NOUN' || token.pos === 'ADJ' || token.pos === 'PROPN') && isSentenceFirst;
    if (!isOpener && !isBare) continue;
    const end = descriptionEnd(coreference, isBare ? index : isDayPossessive ? index + 2 : index + 1);
    const name = end === -1 ? undefined : describedParty(coreference, index, end, isNamedHead);
    if (name !== undefined) found.set(index, { name: partyName(cast, name), end });
    const holder = name === undefined && POSSESSIVE_PRONOUNS.has(token.normal) ? possessiveHolder(coreference, index, stanceNouns) : undefined;
    if (holder !== undefined) found.set(index, { name: partyName(cast, holder), end: index + 1 });
  }
}

/**
 * Indexes the document's described parties once: the quotes' resolved speakers first (the quote stage
 * knows its attributions best), then the coreference links of pronouns and surnames (`she`, `Mr. Roe`)
 * and the descriptions it resolves (`the court`, `the senator`, `the bank`), and the possessives
 * before a stance noun (`his criticism`; `stanceNouns` are the noun frames).
 */
export function makePartyContext(
  doc: Document, cast: StanceCast, quotes: readonly Quote[], marks: StanceWordMarks, coreference?: Coreference, stanceNouns: ReadonlyMap<string, unknown> = new Map(),
): PartyContext {
  const speakers = new Map<number, { name: string; end: number }>();
  for (const quote of quotes) {
    const { mention } = quote.speaker;
    const name = findSpeakerParty(doc, cast, quote);
    if (mention === null || name === undefined) continue;
    const first = tokenIndexAtOffset(doc, mention.start);
    speakers.set(first, { name, end: Math.max(first + 1, tokenIndexAtOffset(doc, mention.end)) });
  }
  if (coreference !== undefined) describedParties(cast, coreference, stanceNouns, marks, speakers);
  return { doc, cast, speakers };
}

/**
 * The party a token names or stands for: the entity mention there, or else a pronoun or a
 * description (`she`, `the senator`, `the bank`) that the quote or coreference stage resolved.
 * This is the one place a described party is looked up.
 */
export function partyAt(context: PartyContext, tokenIndex: number): StanceActor | undefined {
  const named = actorsIn(context.cast.actors, tokenIndex, tokenIndex + 1)[0];
  if (named !== undefined) return named;
  const speaker = context.speakers.get(tokenIndex);
  if (speaker === undefined) return undefined;
  return { name: speaker.name, first: tokenIndex, end: speaker.end, type: 'PRON', isAdjective: false };
}

/**
 * Adds the described parties the document's party look-up resolves (`she`, `the court`) to the
 * named actors, so that they can hold and receive stances.
 */
export function withDescribedParties(context: PartyContext): StanceCast {
  const described: StanceActor[] = [];
  for (const first of context.speakers.keys()) {
    const actor = partyAt(context, first);
    const isCovered = actor === undefined || actor.type !== 'PRON'
      || actorsIn(context.cast.actors, actor.first, actor.end).length > 0;
    if (!isCovered) described.push(actor);
  }
  if (described.length === 0) return context.cast;
  return { ...context.cast, actors: mergeByFirst(context.cast.actors, described.sort((a, b) => a.first - b.first)) };
}

/** Merges two lists of actors sorted by first token, the first list's before the second's on a tie (as a stable sort of both would). */
function mergeByFirst(actors: readonly StanceActor[], others: readonly StanceActor[]): StanceActor[] {
  const merged: StanceActor[] = [];
  let next = 0;
  for (const other of others) {
    while (next < actors.length && (actors[next] as StanceActor).first <= other.first) merged.push(actors[next++] as StanceActor);
    merged.push(other);
  }
  while (next < actors.length) merged.push(actors[next++] as StanceActor);
  return merged;
}
