import type { Placement } from '../../analysis/types';

/** `‘text’`: how evidence quotes what the page or the user wrote. */
export const quote = (s: string) => `‘${s}’`;

/** "1 link", "3 links". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a, b and c". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const PLACED: Record<Placement, string> = {
  content: 'in content',
  header: 'in the header',
  navigation: 'in navigation',
  sidebar: 'in a sidebar',
  footer: 'in the footer',
  comments: 'in comments',
  related: 'in related posts',
  author: 'in an author bio',
  other: 'outside the content',
};
