/** How many predicted keys find an unused equal gold key (a multiset intersection). */
export function countMatches(gold: readonly string[], predicted: readonly string[]): number {
  const remaining = new Map<string, number>();
  for (const key of gold) remaining.set(key, (remaining.get(key) ?? 0) + 1);
  let matched = 0;
  for (const key of predicted) {
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      matched += 1;
    }
  }
  return matched;
}
