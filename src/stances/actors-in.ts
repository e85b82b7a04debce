import type { StanceActor } from './stance-actor';

function firstActorIndex(actors: readonly StanceActor[], token: number): number {
  let low = 0;
  let high = actors.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((actors[middle]?.first ?? 0) < token) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The actors whose first token lies in `[first, end)`, found by binary search (actors are sorted). */
export function actorsIn(actors: readonly StanceActor[], first: number, end: number): StanceActor[] {
  const found: StanceActor[] = [];
  for (let index = firstActorIndex(actors, first); index < actors.length && (actors[index]?.first ?? end) < end; index += 1) {
    found.push(actors[index] as StanceActor);
  }
  return found;
}
