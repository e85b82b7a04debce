import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgressBar, formatProgress } from '../../src/node/progress-bar';

describe('formatProgress', () => {
  it.each([
    [0, 100, 0, '[------------------------] 0/100 documents  0.0 docs/s  ETA ?'],
    [25, 100, 5_000, '[######------------------] 25/100 documents  5.0 docs/s  ETA 0:15'],
    [100, 100, 20_000, '[########################] 100/100 documents  5.0 docs/s  ETA 0:00'],
    [300, 1000, 60_000, '[#######-----------------] 300/1000 documents  5.0 docs/s  ETA 2:20'],
    [42, undefined, 2_000, '42 documents  21.0 docs/s'],
  ])('shows %i done of %s after %i ms', (done, total, elapsed, expected) => {
    expect(formatProgress(done, total, elapsed)).toBe(expected);
  });
});

describe('createProgressBar', () => {
  function stream(isTTY: boolean): { stream: PassThrough & { isTTY: boolean }; written: () => string } {
    const target = Object.assign(new PassThrough(), { isTTY });
    let written = '';
    target.on('data', (chunk: Buffer) => (written += String(chunk)));
    return { stream: target, written: () => written };
  }

  it('writes nothing when the stream is not a terminal', () => {
    const { stream: target, written } = stream(false);
    const bar = createProgressBar(target, 3);
    [1, 2, 3].forEach(bar.update);
    bar.finish();
    expect(written()).toBe('');
  });

  it('redraws one line on a terminal, at most every 100 ms, and clears it at the end', () => {
    const { stream: target, written } = stream(true);
    let now = 0;
    const bar = createProgressBar(target, 3, () => now);
    now = 150;
    bar.update(1);
    now = 160;
    bar.update(2);
    now = 170;
    bar.update(3);
    bar.finish();
    const frames = written().split('\r').map((frame) => frame.replace(/\u001b\[K/g, ''));
    expect(frames.filter((frame) => frame !== '')).toEqual([
      '[########----------------] 1/3 documents  6.7 docs/s  ETA 0:00',
      '[########################] 3/3 documents  17.6 docs/s  ETA 0:00',
    ]);
    expect(written().endsWith('\r\u001b[K')).toBe(true);
  });
});
