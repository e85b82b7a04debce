import { tokenIndexAtOffset } from '../document/accessors';
import type { Document } from '../document/read-document';
import type { Quote } from '../types';
import { actorsIn } from './actors-in';
import type { StanceCast } from './find-stance-actors';
import { findSpeakerParty } from './find-speaker-party';
import type { StanceActor } from './stance-actor';

/** What a party look-up can read: the document, its resolved parties and its quotes. */
export interface PartyContext {
  readonly doc: Document;
  readonly cast: StanceCast;
  /** The party each quote's speaker mention stands for, keyed by the mention's first token. */
  readonly speakers: ReadonlyMap<number, { readonly name: string; readonly end: number }>;
}

/** Indexes the quotes' resolved speakers by the first token of their mention, once per document. */
export function makePartyContext(doc: Document, cast: StanceCast, quotes: readonly Quote[]): PartyContext {
  const speakers = new Map<number, { name: string; end: number }>();
  for (const quote of quotes) {
    const { mention } = quote.speaker;
    const name = findSpeakerParty(doc, cast, quote);
    if (mention === null || name === undefined) continue;
    const first = tokenIndexAtOffset(doc, mention.start);
    speakers.set(first, { name, end: Math.max(first + 1, tokenIndexAtOffset(doc, mention.end)) });
  }
  return { doc, cast, speakers };
}

/**
 * The party a token names or stands for: the entity mention there, or else a pronoun or a
 * description (`she`, `the senator`, `the bank`) that the quote stage resolved as a speaker.
 * This is the one place a described party is looked up: a coreference stage plugs in here.
 */
export function partyAt(context: PartyContext, tokenIndex: number): StanceActor | undefined {
  const named = actorsIn(context.cast.actors, tokenIndex, tokenIndex + 1)[0];
  if (named !== undefined) return named;
  const speaker = context.speakers.get(tokenIndex);
  if (speaker === undefined) return undefined;
  return { name: speaker.name, first: tokenIndex, end: speaker.end, type: 'PRON', isAdjective: false };
}

/**
 * Adds the described parties the document's party look-up resolves (today, resolved speakers
 * like `she` in `she said`) to the named actors, so that they can hold and receive stances.
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
