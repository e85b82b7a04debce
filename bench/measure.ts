/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Milliseconds one call of `task` takes. */
export function timeOnce(task: () => unknown): number {
  const start = performance.now();
  task();
  return performance.now() - start;
}

// A figure whose warm-up takes longer than this is timed once, so a pathologically slow stage
// makes the bench report a slow figure instead of running for an hour.
const BUDGET_MS = 20_000;

/**
 * Times each task `runs` times after one untimed warm-up call, interleaving the tasks run by run so
 * a slow phase of the machine (another process, a GC of old garbage) hits them all alike.
 * Returns the median milliseconds of each task (the warm-up time itself when the warm-up of all
 * tasks together took longer than the budget).
 */
export function medianTimes(tasks: ReadonlyArray<() => unknown>, runs: number): number[] {
  const warmUp = tasks.map((task) => timeOnce(task));
  if (warmUp.reduce((sum, time) => sum + time, 0) > BUDGET_MS) return warmUp;
  const times = tasks.map((): number[] => []);
  for (let run = 0; run < runs; run += 1) {
    tasks.forEach((task, index) => times[index]?.push(timeOnce(task)));
  }
  return times.map(median);
}
