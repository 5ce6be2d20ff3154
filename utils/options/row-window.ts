/** Rows are fetched in aligned blocks, so scrolling a few pixels does not start a new query. */
export const ROW_BLOCK = 50;

/**
 * The slice of the id list to fetch for rows `first..last` in view: whole blocks covering them,
 * clipped to the list. Empty (start = end) when nothing is in view.
 */
export function rowWindow(first: number, last: number, count: number, block: number = ROW_BLOCK): { start: number; end: number } {
  if (count <= 0 || last < first || last < 0) return { start: 0, end: 0 };
  const start = Math.max(0, Math.floor(Math.max(0, first) / block) * block);
  const end = Math.min(count, (Math.floor(Math.min(last, count - 1) / block) + 1) * block);
  return { start, end: Math.max(start, end) };
}
