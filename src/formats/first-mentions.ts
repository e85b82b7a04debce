import type { EntityMention } from '../types';

/** Maps each canonical entity to its first mention in the article, where a stance can point. */
export function firstMentions(entities: readonly EntityMention[]): ReadonlyMap<string, EntityMention> {
  const first = new Map<string, EntityMention>();
  for (const mention of entities) {
    const known = first.get(mention.entity);
    if (known === undefined || mention.start < known.start) first.set(mention.entity, mention);
  }
  return first;
}
