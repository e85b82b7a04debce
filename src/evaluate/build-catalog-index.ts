import type { GoldEntity } from '../fixtures/types';
import type { CatalogIndex } from './types';

/**
 * Indexes a catalog (`entities.json`) by lower-cased name and alias. A canonical name wins over
 * another entity's alias (`Russian` is the NORP's name and also an alias of `Russia`).
 */
export function buildCatalogIndex(catalog: readonly GoldEntity[]): CatalogIndex {
  const index = new Map<string, string>();
  for (const entity of catalog) {
    for (const alias of entity.aliases) {
      const key = alias.trim().toLowerCase();
      if (!index.has(key)) index.set(key, entity.name);
    }
  }
  for (const entity of catalog) index.set(entity.name.trim().toLowerCase(), entity.name);
  return index;
}
