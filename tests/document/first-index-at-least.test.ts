import { describe, expect, it } from 'vitest';
import { firstIndexAtLeast } from '../../src/document/first-index-at-least';

const identity = (value: number): number => value;

describe('firstIndexAtLeast', () => {
  it.each([
    [[2, 5, 9], 5, 1],
    [[2, 5, 9], 6, 2],
    [[2, 5, 9], 0, 0],
    [[2, 5, 9], 10, 3],
    [[], 4, 0],
  ])('finds in %j the first item at least %i: index %i', (items, target, expected) => {
    expect(firstIndexAtLeast(items, target, identity)).toBe(expected);
  });

  it('finds the first of several equal keys', () => {
    expect(firstIndexAtLeast([1, 3, 3, 3, 7], 3, identity)).toBe(1);
  });

  it('reads the key of each item through keyOf, and searches typed arrays too', () => {
    const sentences = [{ start: 0 }, { start: 40 }, { start: 95 }];
    expect(firstIndexAtLeast(sentences, 41, (sentence) => sentence.start)).toBe(2);
    expect(firstIndexAtLeast(Int32Array.from([0, 4, 8, 12]), 8, identity)).toBe(2);
  });
});
