import { splitList } from './split-list';

/** Tags typed comma-separated: trimmed, inner whitespace collapsed, duplicates (any case) dropped. */
export function parseTags(text: string): string[] {
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const entry of splitList(text, /,/)) {
    const tag = entry.replace(/\s+/g, ' ');
    const key = tag.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

/** How tags are shown in the comma-separated input. */
export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}

/** Whether two tag lists are the same (order included), so an unchanged input writes nothing. */
export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}
