import { AhoCorasick } from '@monyone/aho-corasick';
import type { MentionTerm } from './types';
import { foldText, isWordCodePoint, joinsWord } from './fold';

export interface TermMatch {
  /** Folded-text offsets; `end` includes a possessive `'s` when there is one. */
  begin: number;
  end: number;
  term: MentionTerm;
}

export interface Matcher {
  /** No term to look for. */
  empty: boolean;
  /** Longest folded term, in UTF-16 units. */
  longest: number;
  /**
   * Whole-word matches in `text` that begin in [from, until), in order, the leftmost-longest
   * winning where they overlap, and none beginning before `after` (where the last match
   * already accepted ends).
   */
  find(text: string, from: number, until: number, after: number): TermMatch[];
}

interface Entry {
  term: MentionTerm;
  /** The term's first/last character is a word character: a boundary is needed there. */
  bounded: [boolean, boolean];
}

/**
 * All terms in one Aho–Corasick automaton over their folded forms, so a text is read once
 * whatever the number of terms. The library's plain variant reports every match; its greedy
 * (leftmost-longest) variant is not used because it decides before word boundaries are known:
 * in "Acme Rockets", it would keep "acme rocket" (then rejected: it ends inside "Rockets")
 * and drop the "acme" that is a real mention. Here, whole-word matches are kept first, then
 * the leftmost-longest among them.
 */
export function createMatcher(terms: MentionTerm[]): Matcher {
  const entries = new Map<string, Entry>();
  for (const term of terms) {
    const folded = foldText(term.text);
    if (!folded || entries.has(folded)) continue; // the first term listed keeps a shared text
    const first = folded.codePointAt(0)!;
    const lastCp = folded.codePointAt(folded.length - 1)!;
    const last = lastCp >= 0xdc00 && lastCp <= 0xdfff ? folded.codePointAt(folded.length - 2)! : lastCp;
    entries.set(folded, {
      term,
      bounded: [joinsWord(first), joinsWord(last)],
    });
  }
  const keys = [...entries.keys()];
  const automaton = new AhoCorasick(keys);
  const longest = keys.reduce((m, k) => Math.max(m, k.length), 0);

  return {
    empty: keys.length === 0,
    longest,
    find(text, from, until, after) {
      const found: TermMatch[] = [];
      if (keys.length === 0) return found;
      for (const m of automaton.matchInText(text)) {
        if (m.begin < from || m.begin >= until) continue;
        const entry = entries.get(m.keyword)!;
        if (entry.bounded[0] && m.begin > 0 && joinsWord(codePointBefore(text, m.begin))) continue;
        if (entry.bounded[1] && m.end < text.length && joinsWord(text.codePointAt(m.end)!)) continue;
        // A domain goes on past a dot: "acme.com" is not in "acme.com.au".
        if (entry.term.kind === 'domain' && text[m.end] === '.' && joinsWord(text.codePointAt(m.end + 1) ?? 0)) continue;
        found.push({ begin: m.begin, end: possessiveEnd(text, m.end), term: entry.term });
      }
      found.sort((a, b) => a.begin - b.begin || b.end - a.end);
      const kept: TermMatch[] = [];
      let reach = after;
      for (const f of found) {
        if (f.begin < reach) continue;
        kept.push(f);
        reach = f.end;
      }
      return kept;
    },
  };
}

function codePointBefore(text: string, i: number): number {
  const lo = text.charCodeAt(i - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && i >= 2) return text.codePointAt(i - 2)!;
  return lo;
}

/** "Acme's" is a mention of Acme, and the matched text keeps the possessive. */
function possessiveEnd(text: string, end: number): number {
  if (text.charCodeAt(end) !== 39 /* ' */ || text.charCodeAt(end + 1) !== 115 /* s */) return end;
  const next = end + 2 < text.length ? text.codePointAt(end + 2)! : -1;
  return next >= 0 && isWordCodePoint(next) ? end : end + 2;
}
