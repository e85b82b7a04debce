import { describe, expect, it } from 'vitest';
import { workerExecArgv } from '../../src/node/worker-exec-argv';

describe('workerExecArgv', () => {
  it.each([
    [[]],
    [['--max-old-space-size=4096']],
    [['--import', 'tsx', '--expose-gc']],
  ])('lets workers inherit %j (an explicit list would refuse V8 options)', (execArgv) => {
    expect(workerExecArgv(execArgv)).toBeUndefined();
  });

  it.each([
    [['--input-type=module', '-e', 'code'], ['-e', 'code']],
    [['--input-type', 'module', '--import', 'tsx'], ['--import', 'tsx']],
  ])('drops --input-type from %j', (execArgv, expected) => {
    expect(workerExecArgv(execArgv)).toEqual(expected);
  });
});
