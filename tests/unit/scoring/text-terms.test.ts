import { describe, expect, it } from 'vitest';
import { countTopic, termLanguage, termReader } from '@/utils/scoring/text-terms';

/** How often a topic occurs in a text, read in a language. */
function count(text: string, topic: string, lang: string | null = 'en'): number {
  const reader = termReader(lang);
  return countTopic(reader.terms(text), reader.topic(topic), reader.language);
}

describe('topic terms', () => {
  it.each([
    ['de-DE', 'de'],
    ['pt_BR', 'pt'],
    ['EN', 'en'],
    ['nl', 'nl'],
    ['ja', null],
    [null, null],
  ])('reads lang %s as %s', (lang, expected) => {
    expect(termLanguage(lang)).toBe(expected);
  });

  it('matches a topic by its stem: "seo tools" in "an SEO tool"', () => {
    expect(count('We tried an SEO tool last week.', 'seo tools')).toBe(1);
  });

  it('matches a two-word topic in either order within a short window, stop words aside', () => {
    expect(count('The best tools for SEO, reviewed.', 'seo tools')).toBe(1);
    expect(count('Building of links is slow work.', 'link building')).toBe(1);
  });

  it('does not match words that are far apart', () => {
    expect(count('SEO is a slow craft, and any of the many writing and editing tools helps.', 'seo tools')).toBe(0);
  });

  it('splits hyphens and apostrophes: "link-building" is "link building"', () => {
    expect(count('Our link-building process', 'link building')).toBe(1);
  });

  it('counts separate occurrences, not overlapping ones', () => {
    expect(count('SEO tools and more SEO tools, then seo tools again', 'seo tools')).toBe(3);
  });

  it('a topic of stop words only is kept as typed', () => {
    expect(count('Read more about us here', 'about us')).toBe(1);
  });

  it('German: plural and compounds match with the German stemmer, not without', () => {
    expect(count('Gute Gartenwerkzeuge für Balkon', 'Werkzeug', 'de')).toBe(1);
    expect(count('Pflanzen für Bienen', 'Pflanze', 'de')).toBe(1);
    expect(count('Pflanzen für Bienen', 'Pflanze', null)).toBe(0);
    expect(count('Gute Gartenwerkzeuge für Balkon', 'Werkzeug', 'en')).toBe(0);
  });

  it('French: accents aside after stemming, "café" meets "cafés" and "cafe"', () => {
    expect(count('Les meilleurs cafés de Paris et un cafe', 'café', 'fr')).toBe(2);
  });

  it('without a supported language, words match only as written (lower-cased)', () => {
    expect(count('tools TOOLS tool', 'tools', 'ja')).toBe(2);
  });
});
