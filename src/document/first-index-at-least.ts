/**
 * The index of the first item whose key is at least `target`, in items sorted by that key; the
 * number of items when there is none. One binary search serves every sorted list presswork keeps:
 * token starts, mentions, sentences and stance actors.
 */
export function firstIndexAtLeast<T>(items: ArrayLike<T>, target: number, keyOf: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keyOf(items[middle] as T) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
