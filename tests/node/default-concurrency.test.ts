import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { defaultConcurrency } from '../../src/node/default-concurrency';

describe('defaultConcurrency', () => {
  it.each([0, 4_000, 3_999_999])('annotates %i characters in one thread: workers would not repay their start', (size) => {
    expect(defaultConcurrency(size)).toBe(1);
  });

  it.each([4_000_000, 50_000_000])('uses a thread per CPU for %i characters', (size) => {
    expect(defaultConcurrency(size)).toBe(availableParallelism());
  });

  it('uses a thread per CPU when the size is unknown (a stream)', () => {
    expect(defaultConcurrency(undefined)).toBe(availableParallelism());
  });
});
