import { describe, expect, it } from 'vitest';
import { buildTerms } from '@/utils/mentions/terms';
import { BRAND_COUNT, benchBrands, brandTexts, TERMS_PER_BRAND } from '../../../scripts/bench/bench-brands';
import { countLinkTags } from '../../../scripts/bench/corpus-pages';
import { DEEP_DEPTH, deepPage, deepPageLinks } from '../../../scripts/bench/deep-page';
import { mentionsPage } from '../../../scripts/bench/mentions-page';

describe('bench brands', () => {
  it('give 200 distinct terms to the extension, as the options page would store them', () => {
    const settings = benchBrands();
    const terms = buildTerms(settings);
    expect(terms).toHaveLength(BRAND_COUNT * TERMS_PER_BRAND);
    expect(terms).toHaveLength(200);
    expect(new Set(terms.map((t) => t.text.toLowerCase())).size).toBe(200);
    expect(settings.brands).toHaveLength(1);
  });
});

describe('mentionsPage', () => {
  it('writes at least the text asked for, with brand terms among it in each way', () => {
    const page = mentionsPage(60_000);
    expect(page.textChars).toBeGreaterThanOrEqual(60_000);
    const text = new DOMParser().parseFromString(page.html, 'text/html').body.textContent ?? '';
    expect(text.length).toBeGreaterThanOrEqual(60_000);
    const [own] = benchBrands().brands;
    expect(brandTexts(own!).some((t) => text.includes(t))).toBe(true);
    expect(page.mentions.unlinked).toBeGreaterThan(page.mentions.linkedToOwn);
    expect(page.mentions.linkedToOwn + page.mentions.linkedElsewhere + page.mentions.hidden).toBeGreaterThan(0);
  });

  it('is the same page on every run', () => {
    expect(mentionsPage(20_000).html).toBe(mentionsPage(20_000).html);
  });
});

describe('deepPage', () => {
  it('builds, with its own script, elements nested as deep as asked, with its links', () => {
    const doc = new DOMParser().parseFromString(deepPage(), 'text/html');
    const script = doc.querySelector('script')?.textContent ?? '';
    document.body.innerHTML = '<main id="root"></main>';
    new Function(script)();
    // Walked by hand, level by level: happy-dom's own selectors recurse and overflow at this depth.
    let depth = 0;
    let links = 0;
    for (let el: Element | null = document.getElementById('root'); el; el = el.lastElementChild) {
      depth++;
      for (const child of Array.from(el.children)) if (child.tagName === 'P') links += child.getElementsByTagName('a').length;
    }
    // root, then DEEP_DEPTH levels, then the innermost level's paragraph and link.
    expect(depth).toBe(1 + DEEP_DEPTH + 2);
    expect(links).toBe(deepPageLinks());
    expect(deepPageLinks()).toBe(DEEP_DEPTH / 25);
  });
});

describe('countLinkTags', () => {
  it('counts a and area tags with an href, whatever the case, and nothing else', () => {
    expect(countLinkTags('<a href="/x">x</a><A class=y HREF=/z>z</A><a name="top"></a><area shape=rect href="/m"><abbr href="/no">')).toBe(3);
  });
});
