/** Split typed text on a separator into trimmed, non-empty entries (duplicates kept: callers decide). */
export function splitList(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
