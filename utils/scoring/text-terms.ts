/**
 * Words for matching the user's topics against a page: tokens, stop words and stems in the
 * page's language (English, German, French, Spanish, Italian, Portuguese, Dutch), plain lower-
 * cased words for any other. Background only: the stemmers and word lists never reach the page.
 */
import { stemmer as dutch } from '@orama/stemmers/dutch';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { deu, eng, fra, ita, nld, por, spa } from 'stopword';

export const TERM_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl'] as const;
export type TermLanguage = (typeof TERM_LANGUAGES)[number];

const STEMMERS: Record<TermLanguage, (word: string) => string> = {
  en: english,
  de: german,
  fr: french,
  es: spanish,
  it: italian,
  pt: portuguese,
  nl: dutch,
};

const STOP_LISTS: Record<TermLanguage, string[]> = { en: eng, de: deu, fr: fra, es: spa, it: ita, pt: por, nl: nld };

/** Languages that glue nouns together: `Gartenwerkzeuge` holds `Garten` and `Werkzeug`. */
const COMPOUNDING = new Set<TermLanguage>(['de', 'nl']);

/** The supported language of a `lang` value (`de-DE`, `pt_BR`, `EN`), or null. */
export function termLanguage(lang: string | null | undefined): TermLanguage | null {
  const code = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return TERM_LANGUAGES.find((l) => l === code) ?? null;
}

/** One word of a text after stop words are dropped; `pos` counts every word, so gaps stay visible. */
export interface Term {
  /** The word, lower-cased. */
  word: string;
  stem: string;
  pos: number;
}

/** A topic's words, ready to match. */
export interface TopicTerms {
  words: Array<{ word: string; stem: string }>;
}

export interface TermReader {
  /** The language used for stems and stop words, or null (plain lower-cased words). */
  language: TermLanguage | null;
  /** A text's words without its stop words. */
  terms(text: string): Term[];
  topic(phrase: string): TopicTerms;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased words by Unicode letters and digits; apostrophes and hyphens split (`link-building`, `l'outil`). */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Diacritics off after stemming, so `café` and `cafe` (and the stems of both) meet. */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

export function termReader(lang: string | null | undefined): TermReader {
  const language = termLanguage(lang);
  const stemWord = language ? STEMMERS[language] : (w: string) => w;
  const stops = new Set(language ? STOP_LISTS[language] : []);
  const cache = new Map<string, string>();
  const stem = (w: string): string => {
    let s = cache.get(w);
    if (s === undefined) {
      s = fold(stemWord(w));
      cache.set(w, s);
    }
    return s;
  };
  return {
    language,
    terms(text) {
      const out: Term[] = [];
      words(text).forEach((word, pos) => {
        if (!stops.has(word)) out.push({ word, stem: stem(word), pos });
      });
      return out;
    },
    topic(phrase) {
      const all = words(phrase);
      // A topic made only of stop words ("about us") keeps them: the user asked for exactly that.
      const kept = all.filter((w) => !stops.has(w));
      return { words: (kept.length ? kept : all).map((word) => ({ word, stem: stem(word) })) };
    },
  };
}

/** Whether a page word stands for a topic word: same stem, or in German and Dutch, a compound that starts or ends with it. */
function sameTerm(term: Term, want: { word: string; stem: string }, compounds: boolean): boolean {
  if (term.stem === want.stem) return true;
  if (!compounds || want.stem.length < 4 || term.word.length < want.word.length + 3) return false;
  return term.word.startsWith(want.word) || term.stem.endsWith(want.stem);
}

/** How far apart (in words, stop words included) a multi-word topic's words may be: "tools for SEO" matches "SEO tools". */
export const WINDOW_SLACK = 3;

/**
 * Occurrences of a topic in a text's terms: one word anywhere, or all of a topic's words within
 * a short window in any order. Occurrences do not overlap.
 */
export function countTopic(terms: readonly Term[], topic: TopicTerms, language: TermLanguage | null): number {
  const want = topic.words;
  if (!want.length) return 0;
  const compounds = language !== null && COMPOUNDING.has(language);
  const first = want[0]!;
  if (want.length === 1) return terms.filter((t) => sameTerm(t, first, compounds)).length;

  const span = want.length + WINDOW_SLACK;
  let count = 0;
  for (let i = 0; i < terms.length; ) {
    const start = terms[i]!;
    if (!want.some((w) => sameTerm(start, w, compounds))) {
      i++;
      continue;
    }
    const missing = new Set(want.keys());
    let j = i;
    for (; j < terms.length && terms[j]!.pos - start.pos < span && missing.size; j++) {
      const t = terms[j]!;
      for (const k of missing) {
        if (sameTerm(t, want[k]!, compounds)) {
          missing.delete(k);
          break;
        }
      }
    }
    if (missing.size === 0) {
      count++;
      i = j;
    } else i++;
  }
  return count;
}
