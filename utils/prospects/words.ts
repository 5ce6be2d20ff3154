import type { Prospect } from './types';
import { decodeSafe } from '../urls';

/**
 * Words for the dashboard's text search, kept on each row (`words`) so the dashboard's listing
 * (listing.ts) reads them instead of working them out. Search and stored words use the same
 * folding, so "Café" finds "cafe".
 */

/** Longer "words" are hashes or base64 in URLs: nobody types them, and they bloat every row and the listing. */
const MAX_WORD_LENGTH = 40;
/** Index keys for sorting by title; a longer prefix never changes the order a person sees. */
const MAX_SORT_TITLE_LENGTH = 120;

/** Lower-case without accents: "Ärger Café" → "arger cafe". */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Folded words of a text, split on anything that is not a letter or a digit. */
export function textWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && w.length <= MAX_WORD_LENGTH);
}

function urlPath(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return '';
  }
  // A stray "%" in the path: its words are still worth indexing as written.
  return decodeSafe(path);
}

/** The distinct words of a prospect's title, domain, URL path, notes and tags. */
export function prospectWords(p: Pick<Prospect, 'title' | 'domain' | 'url' | 'notes' | 'tags'>): string[] {
  const words = new Set<string>();
  for (const text of [p.title, p.domain, urlPath(p.url), p.notes, ...p.tags]) {
    for (const w of textWords(text)) words.add(w);
  }
  return [...words];
}

/**
 * What a typed search asks for: every word must match; the last one may be half typed, so it
 * matches as a prefix unless the text ends with a space.
 */
export interface SearchTerms {
  whole: string[];
  prefix: string | null;
}

export function searchTerms(text: string): SearchTerms {
  const words = textWords(text);
  const typing = !/\s$/u.test(text);
  const prefix = typing ? (words.pop() ?? null) : null;
  return { whole: [...new Set(words)], prefix };
}

/** Sort key for titles: folded, so "apple", "Banana" and "Élan" sort as a person expects. */
export function sortTitle(title: string): string {
  return foldText(title).replace(/\s+/gu, ' ').trim().slice(0, MAX_SORT_TITLE_LENGTH);
}
