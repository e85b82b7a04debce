import { tokenIndexAtOffset } from '../document/accessors';
import type { Document } from '../document/read-document';
import type { Quote } from '../types';
import { actorsIn } from './actors-in';
import type { StanceCast } from './find-stance-actors';

/**
 * The party a quote's speaker stands for: a spokesman or minister is their country, a named
 * seat of government its country (`the Kremlin`), a leader themself (GUIDELINES §Stances); an
 * unnamed source is the first party named in the attribution (`a Kremlin spokesman` → Russia).
 */
export function findSpeakerParty(doc: Document, cast: StanceCast, quote: Quote): string | undefined {
  const { entity, mention } = quote.speaker;
  if (entity !== null) return cast.speakingFor.get(entity) ?? cast.countryOf(entity) ?? entity;
  if (mention === null) return undefined;
  const first = tokenIndexAtOffset(doc, mention.start);
  return actorsIn(cast.actors, first, tokenIndexAtOffset(doc, mention.end))[0]?.name;
}
