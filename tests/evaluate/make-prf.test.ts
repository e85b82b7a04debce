import { describe, expect, it } from 'vitest';
import { makePrf } from '../../src/evaluate/make-prf';
import { makeRatio } from '../../src/evaluate/make-ratio';

describe('makePrf', () => {
  it.each([
    // tp, fp, fn → precision, recall, f1
    [3, 1, 2, 0.75, 0.6, 2 / 3],
    [0, 0, 0, 1, 1, 1],
    [0, 0, 4, 0, 0, 0],
    [0, 2, 0, 0, 0, 0],
    [0, 2, 3, 0, 0, 0],
    [5, 0, 0, 1, 1, 1],
  ])('scores tp=%i fp=%i fn=%i as P=%f R=%f F1=%f', (tp, fp, fn, precision, recall, f1) => {
    const scores = makePrf(tp, fp, fn);
    expect(scores).toMatchObject({ tp, fp, fn });
    expect(scores.precision).toBeCloseTo(precision);
    expect(scores.recall).toBeCloseTo(recall);
    expect(scores.f1).toBeCloseTo(f1);
  });
});

describe('makeRatio', () => {
  it('divides the right items by those judged', () => {
    expect(makeRatio(1, 4)).toEqual({ correct: 1, total: 4, value: 0.25 });
  });

  it('is 1 when nothing was judged', () => {
    expect(makeRatio(0, 0).value).toBe(1);
  });
});
