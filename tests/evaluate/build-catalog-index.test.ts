import { describe, expect, it } from 'vitest';
import { buildCatalogIndex } from '../../src/evaluate/build-catalog-index';
import { normaliseEntityName } from '../../src/evaluate/normalise-entity-name';

const INDEX = buildCatalogIndex([
  { name: 'Norway', type: 'GPE', aliases: ['Norway', 'Norwegian'] },
  { name: 'Norwegian', type: 'NORP', aliases: ['Norwegian', 'Norwegians'] },
  { name: 'Nordic Council', type: 'ORG', aliases: ['Nordic Council'] },
]);

describe('normaliseEntityName', () => {
  it.each([
    ['Norway', 'norway'],
    ['NORWAY', 'norway'],
    ['Norwegians', 'norwegian'],
    ['Norwegian', 'norwegian'], // a canonical name wins over another entity's alias
    ['the Nordic Council', 'nordic council'],
    ['  Nordic Council ', 'nordic council'],
    ['Atlantis', 'atlantis'], // unknown names compare as themselves, case-insensitively
  ])('normalises %j to %j', (name, expected) => {
    expect(normaliseEntityName(INDEX, name)).toBe(expected);
  });
});
