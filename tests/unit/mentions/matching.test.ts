import { describe, expect, it } from 'vitest';
import { scanMentions } from '@/utils/mentions/scan-document';
import { buildTerms } from '@/utils/mentions/terms';
import type { Mention, MentionTerm } from '@/utils/mentions/types';
import { loadFixture } from '../fixture';
import { ACME_AND_RIVAL, brand, loadLiveFixture } from './brands';

function scan(fixture: string, terms: MentionTerm[] = ACME_AND_RIVAL) {
  return scanMentions(loadFixture(`mentions/${fixture}`), terms);
}

/** The mentions inside the element with this id, as [matched, term]. */
function inside(doc: Document, result: ReturnType<typeof scanMentions>, id: string): Array<[string, string]> {
  const el = doc.getElementById(id)!;
  return result.scan.mentions
    .filter((_, i) => el.contains(result.ranges[i]!.startContainer))
    .map((m) => [m.matched, m.term]);
}

describe('terms split over inline tags, not over blocks', () => {
  const doc = loadFixture('mentions/split-over-inline-tags.html');
  const result = scanMentions(doc, ACME_AND_RIVAL);

  it('finds a name split by <b>, and a product whose words sit in different inline tags', () => {
    expect(inside(doc, result, 'bold-half')).toEqual([['Acme', 'Acme']]);
    expect(inside(doc, result, 'italic-word')).toEqual([['Acme Rocket', 'Acme Rocket']]);
    expect(inside(doc, result, 'nested-inline')).toEqual([['ACME', 'Acme']]);
  });

  it('reads a <br> as a space between words, and an image inside a word as a break', () => {
    expect(inside(doc, result, 'line-break')).toEqual([['Acme Rocket', 'Acme Rocket']]);
    expect(inside(doc, result, 'image-between')).toEqual([]);
  });

  it('finds nothing across paragraphs, list items, table cells or nested blocks', () => {
    expect(result.scan.mentions).toHaveLength(4);
  });

  it('gives ranges that start and end in the text nodes the term was split over', () => {
    const live = scanMentions(loadLiveFixture(doc), ACME_AND_RIVAL);
    const range = live.ranges[0]!;
    expect(range.toString()).toBe('Acme');
    expect(range.startContainer.textContent).toBe('The launch by Ac');
    expect(range.startOffset).toBe('The launch by '.length);
    expect(range.endContainer.parentElement!.localName).toBe('b');
    expect(range.endOffset).toBe(2);
  });
});

describe('case, accents, apostrophes and spaces', () => {
  const doc = loadFixture('mentions/accents-apostrophes-and-spaces.html');
  const terms = buildTerms({
    brands: [brand('Acme', { domains: ['acme.com'], products: ['Acme Rocket'] })],
    competitorBrands: [brand('Nestlé'), brand('Großmann Optik'), brand('Finch Labs')],
  });
  const result = scanMentions(doc, terms);

  it('matches Nestlé however it is written: accents off, upper case, a combining accent', () => {
    expect(inside(doc, result, 'accents').map(([m]) => m)).toEqual(['Nestlé', 'Nestle', 'NESTLE', 'NESTLÉ', 'Nestle\u0301']);
  });

  it('counts possessives with straight and curly apostrophes, keeping the possessive in the matched text', () => {
    expect(inside(doc, result, 'apostrophes')).toEqual([
      ["Acme's", 'Acme'],
      ['Acme’s', 'Acme'],
      ['ACME’S', 'Acme'],
    ]);
  });

  it('matches a two-word term over no-break, thin and narrow spaces and a line break', () => {
    expect(inside(doc, result, 'spaces')).toEqual([
      ['Acme Rocket', 'Acme Rocket'],
      ['Acme Rocket', 'Acme Rocket'],
      ['Acme Rocket', 'Acme Rocket'],
      ['Acme Rocket', 'Acme Rocket'],
    ]);
  });

  it('counts hyphenated forms and a soft-hyphenated word', () => {
    expect(inside(doc, result, 'hyphens')).toEqual([
      ['ACME', 'Acme'],
      ['Acme', 'Acme'],
      ['Acme', 'Acme'], // the soft hyphen is invisible, and left out
    ]);
  });

  it('matches ß as ss and a ligature as its letters', () => {
    expect(inside(doc, result, 'spelled').map(([m]) => m)).toEqual(['Großmann Optik', 'GROSSMANN OPTIK', 'Grossmann Optik']);
    expect(inside(doc, result, 'ligature').map(([m]) => m)).toEqual(['ﬁnch Labs', 'Finch Labs']);
  });

  it('counts a domain written as text, inside a URL or an e-mail address too, as the domain only', () => {
    expect(inside(doc, result, 'domains')).toEqual([
      ['acme.com', 'acme.com'],
      ['www.acme.com', 'www.acme.com'],
      ['acme.com', 'acme.com'],
      ['acme.com', 'acme.com'],
    ]);
  });
});

describe('the longest term at a position wins, but only as a whole word', () => {
  const doc = loadFixture('mentions/longest-match-wins.html');
  const result = scanMentions(doc, ACME_AND_RIVAL);

  it('reads "Acme Rocket" as the product, not Acme then Rocket', () => {
    expect(inside(doc, result, 'product')).toEqual([['Acme Rocket', 'Acme Rocket']]);
  });

  it('falls back to "Acme" when the longer term would end inside a word ("Acme Rockets")', () => {
    expect(inside(doc, result, 'plural')).toEqual([
      ['Acme', 'Acme'],
      ['Acme', 'Acme'],
    ]);
  });

  it('reads www.acme.com whole, and a product possessive as the product', () => {
    expect(inside(doc, result, 'domain')).toEqual([['www.acme.com', 'www.acme.com']]);
    expect(inside(doc, result, 'possessive')).toEqual([["Acme Rocket's", 'Acme Rocket']]);
  });
});

describe('no false positives', () => {
  it('inside other words or in attributes (alt, title, href, data-*, meta)', () => {
    const mentions = scan('inside-words-and-attributes.html').scan.mentions;
    expect(mentions.map((m: Mention) => m.context)).toEqual(['The one real mention: Acme.']);
  });

  it('for a domain inside a longer host or in attributes (src, href, alt)', () => {
    const domainOnly = buildTerms({ brands: [brand('Acme Corporation', { domains: ['acme.com'] })], competitorBrands: [] });
    const mentions = scan('domains-inside-longer-hosts.html', domainOnly).scan.mentions;
    expect(mentions.map((m) => [m.matched, m.context])).toEqual([['acme.com', 'The one real mention of the domain: shop.acme.com.']]);
  });

  it('in code, fallback content, form fields, editors being typed in and SVG (Linkscout’s own UI: tests/unit/page/overlay-host.test.ts)', () => {
    const mentions = scan('never-matched-elements.html').scan.mentions;
    expect(mentions.map((m) => m.context)).toEqual(['The one real mention: Acme.', 'Acme where editing is off']);
  });

  it('finds nothing when no brand is set up', () => {
    const result = scan('split-over-inline-tags.html', []);
    expect(result.scan.mentions).toEqual([]);
    expect(result.scan.truncated).toBe(false);
  });
});

describe('scripts without spaces, letters’ own marks, and hosts that go on past a dot', () => {
  const terms = buildTerms({
    brands: [brand('Acme', { domains: ['acme.com'] }), brand('Dell', { aliases: ['デル'] }), brand('Tata', { aliases: ['टाटा'] }), brand('Shalom', { aliases: ['שלום'] })],
    competitorBrands: [],
  });
  const doc = loadFixture('mentions/unspaced-scripts-marks-and-longer-hosts.html');
  const result = scanMentions(doc, terms);

  it('finds a Latin name written inside Chinese, Japanese or Thai text (their letters are no word boundary to wait for)', () => {
    for (const id of ['chinese', 'japanese', 'thai']) expect(inside(doc, result, id), id).toEqual([['Acme', 'Acme']]);
  });

  it('keeps a kana voicing mark and an Indic vowel sign: デル is not found in ホテル, nor टाटा in टीटू; Hebrew points still fold away', () => {
    expect(inside(doc, result, 'hotel')).toEqual([]);
    expect(inside(doc, result, 'devanagari')).toEqual([]);
    expect(inside(doc, result, 'hebrew')).toEqual([['שָׁלוֹם', 'שלום']]);
  });

  it('does not find a domain inside a longer host name (only the name, as in any host holding it), but does at the end of a sentence', () => {
    expect(inside(doc, result, 'longer-hosts')).toEqual([
      ['acme', 'Acme'],
      ['acme', 'Acme'],
      ['acme.com', 'acme.com'],
    ]);
  });
});

