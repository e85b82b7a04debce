import { describe, expect, it } from 'vitest';
import { fuzzyVariantHashes, fuzzyVariants, keyHash } from '../../src/entities/name-keys';

// knownPeopleIn looks a word's surname variants up by these hashes before building any of them,
// so they must be exactly the hashes of the variants fuzzyVariants builds, in the same order.
describe('fuzzyVariantHashes', () => {
  it.each(['kuznetsov', 'okafor', 'li', 'quellzzzz', 'étienne-núñez', 'al-rashidi', 'x'.repeat(60), ''])(
    'gives the hash of each of fuzzyVariants(%j), in order',
    (key) => {
      expect(fuzzyVariantHashes(key)).toEqual(fuzzyVariants(key).map(keyHash));
    },
  );
});
