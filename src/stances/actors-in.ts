import { firstIndexAtLeast } from '../document/first-index-at-least';
import type { StanceActor } from './stance-actor';

/** The actors whose first token lies in `[first, end)`, found by binary search (actors are sorted by it). */
export function actorsIn(actors: readonly StanceActor[], first: number, end: number): StanceActor[] {
  const found: StanceActor[] = [];
  for (let index = firstIndexAtLeast(actors, first, (actor) => actor.first); index < actors.length && (actors[index]?.first ?? end) < end; index += 1) {
    found.push(actors[index] as StanceActor);
  }
  return found;
}
