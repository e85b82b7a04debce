/**
 * The Node options to start an annotation worker with, or `undefined` to let it inherit the
 * process's own. A worker inherits them by default, and that is right for nearly every option
 * (`--max-old-space-size` included). But `--input-type` (from `node --input-type=module -e …`) makes
 * Node refuse to load a worker from a file, so then the worker gets the list without it. An explicit
 * list is checked again, and V8 options in it are refused, so it is given only in that case.
 */
export function workerExecArgv(execArgv: readonly string[]): string[] | undefined {
  const isInputType = (option: string, index: number): boolean => option.startsWith('--input-type') || execArgv[index - 1] === '--input-type';
  if (!execArgv.some(isInputType)) return undefined;
  return execArgv.filter((option, index) => !isInputType(option, index));
}
