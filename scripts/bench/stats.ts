/** Small numeric helpers for the bench (pure: unit-tested in tests/unit/bench). */

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface TimedEntry {
  /** performance.now() of the page when the task started, in ms. */
  start: number;
  duration: number;
}

/**
 * The longest task that overlaps the window [from, to] (page clock), 0 when none does. A task
 * that began before the window but ran into it counts: the page was frozen during the window.
 */
export function longestOverlapping(entries: readonly TimedEntry[], from: number, to: number): number {
  let longest = 0;
  for (const e of entries) {
    if (e.start <= to && e.start + e.duration >= from) longest = Math.max(longest, e.duration);
  }
  return longest;
}
