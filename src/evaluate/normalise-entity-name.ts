import type { CatalogIndex } from './types';

const LEADING_ARTICLE = /^the\s+/u;

/**
 * Returns a comparison key for an entity name: the lower-cased canonical name when the catalog
 * knows the name (case-insensitively, with or without a leading "the"), else the lower-cased name.
 */
export function normaliseEntityName(index: CatalogIndex, name: string): string {
  const key = name.trim().toLowerCase();
  const canonical = index.get(key) ?? index.get(key.replace(LEADING_ARTICLE, ''));
  return (canonical ?? key).toLowerCase();
}
