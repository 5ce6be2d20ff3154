/** Collapse runs of whitespace (including no-break spaces) to one space, and trim. */
export function foldWhitespace(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Cut a string to at most `max` characters, marking the cut. Page text can be megabytes. */
export function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** Words in a text, by Unicode letters and digits (works for any script with spaces). */
export function countWords(s: string): number {
  const m = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}
