import { tokenIndexAtOffset } from '../document/accessors';
import type { Document } from '../document/read-document';
import { resolveDescription } from '../coreference/resolve-description';
import type { Coreference } from '../coreference/types';
import { countryForMetonym } from '../entities/country-for-metonym';
import type { Quote } from '../types';
import { actorsIn } from './actors-in';
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

// Determiners that open a description a reader resolves to someone already named (`the judge`, `its board`).
const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'its', 'their']);

/** The party a linked entity stands for in stances: a spokesperson or a capital is its country. */
function partyName(cast: StanceCast, entity: string): string {
  return cast.speakingFor.get(entity) ?? countryForMetonym(entity) ?? entity;
}

/** The end of a description opened at `first`: its nouns and adjectives outside any name, up to its last noun. */
function descriptionEnd(coreference: Coreference, first: number): number {
  let end = -1;
  for (let index = first + 1; index < coreference.doc.tokens.length && index - first <= MAX_DESCRIPTION_TOKENS; index += 1) {
    const token = coreference.doc.tokens[index];
    if (token === undefined || coreference.mentionOfToken[index] !== -1 || token.sentence !== coreference.doc.tokens[first]?.sentence) break;
    if (token.pos === 'NOUN') end = index + 1;
    else if (token.pos !== 'ADJ') break;
  }
  return end;
}

/** Every pronoun, surname and description coreference links to a named party, by its first token. */
function describedParties(cast: StanceCast, coreference: Coreference, found: Map<number, { name: string; end: number }>): void {
  for (const link of coreference.links.values()) {
    if (link.reason === 'appositive' || found.has(link.first)) continue;
    found.set(link.first, { name: partyName(cast, link.entity), end: link.end });
  }
  const tokens = coreference.doc.tokens;
  for (let index = 0; index < tokens.length; index += 1) {
    if (!DESCRIPTION_OPENERS.has(tokens[index]?.normal ?? '') || found.has(index)) continue;
    const end = descriptionEnd(coreference, index);
    const link = end === -1 ? null : resolveDescription(coreference, index, end);
    if (link !== null) found.set(index, { name: partyName(cast, link.entity), end });
  }
}

/**
 * Indexes the document's described parties once: the quotes' resolved speakers first (the quote stage
 * knows its attributions best), then the coreference links of pronouns and surnames (`she`, `Mr. Roe`)
 * and the descriptions it resolves (`the court`, `the senator`, `the bank`).
 */
export function makePartyContext(doc: Document, cast: StanceCast, quotes: readonly Quote[], coreference?: Coreference): PartyContext {
  const speakers = new Map<number, { name: string; end: number }>();
  for (const quote of quotes) {
    const { mention } = quote.speaker;
    const name = findSpeakerParty(doc, cast, quote);
    if (mention === null || name === undefined) continue;
    const first = tokenIndexAtOffset(doc, mention.start);
    speakers.set(first, { name, end: Math.max(first + 1, tokenIndexAtOffset(doc, mention.end)) });
  }
  if (coreference !== undefined) describedParties(cast, coreference, speakers);
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
  const actors = [...context.cast.actors, ...described].sort((a, b) => a.first - b.first);
  return { ...context.cast, actors };
}
