import { describe, expect, it } from 'vitest';
import { isPlacementReason, REASON_CODES, reasonText, wordedLength, type PlacementReason } from '@/utils/analysis/placement/reasons';

describe('placement reasons in words', () => {
  it('words a region by its markup, quoting the page’s own names', () => {
    expect(reasonText(['footer', "class 'site-foot'"])).toBe("in the site footer (class 'site-foot')");
    // A source that says where already is the reason.
    expect(reasonText(['navigation', 'inside <nav>'])).toBe('inside <nav>');
    expect(reasonText(['headerMenu', 'inside <header>'])).toBe('in a menu of the site header (<header>)');
    expect(reasonText(['articleFooter', "class 'entry-footer'"])).toBe("in the footer of the article (class 'entry-footer')");
  });

  it('words the reasons that quote a heading, a link or a count', () => {
    expect(reasonText(['heading', 'More stories'])).toBe("under the heading 'More stories'");
    expect(reasonText(['template', 'Read more', '12'])).toBe('a repeated template link (“Read more” ×12), not editorial text');
    expect(reasonText(['twinPicture', 'Growing tomatoes'])).toBe(
      'a picture repeating the link “Growing tomatoes” beside it (same address; the text link carries the anchor)',
    );
    expect(reasonText(['inMain', 'the block holding most of the page text'])).toBe('inside the main content (the block holding most of the page text)');
  });

  it('words every code as a sentence of its own, quoting what it is given, and counts its length at most as worded', () => {
    const texts = new Set<string>();
    for (const [code, quotes] of REASON_CODES) {
      const r = [code, ...Array.from({ length: quotes }, (_, i) => `q${i}`)] as unknown as PlacementReason;
      expect(isPlacementReason(r, 300), code).toBe(true);
      const text = reasonText(r);
      expect(text, code).not.toMatch(/undefined|\$\{/);
      for (let i = 0; i < quotes; i++) expect(text, code).toContain(`q${i}`);
      expect(wordedLength(r), code).toBeGreaterThanOrEqual(text.length);
      texts.add(text);
    }
    expect(texts.size).toBe(REASON_CODES.size);
    // A source that names the region already is the whole reason: shorter than counted, never longer.
    expect(wordedLength(['navigation', 'inside <nav>'])).toBeGreaterThan(reasonText(['navigation', 'inside <nav>']).length);
  });

  it('takes a reason from the wire only with a known code and the words that code takes', () => {
    const fine: PlacementReason[] = [['toc'], ['heading', 'Resources'], ['template', 'Reply', '3']];
    for (const r of fine) expect(isPlacementReason(r, 300)).toBe(true);
    for (const r of [[], ['toc', 'x'], ['heading'], ['template', 'Reply'], ['hasOwnProperty'], ['__proto__'], 'toc', null, [1], ['heading', 'x'.repeat(301)]]) {
      expect(isPlacementReason(r, 300), JSON.stringify(r)).toBe(false);
    }
  });
});
