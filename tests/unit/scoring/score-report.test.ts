import { describe, expect, it } from 'vitest';
import type { ExtractedLink, PageReport, Placement } from '@/utils/analysis/types';
import { judgeCounts } from '@/utils/scoring/counts';
import { scoreReport } from '@/utils/scoring/score-report';
import { placementStrength } from '@/utils/scoring/strength';

const ROBOTS_OK = { noindex: false, nofollow: false, sources: [] };

function link(over: Partial<ExtractedLink> = {}): ExtractedLink {
  return {
    index: 0, element: 'a', rawHref: 'https://other.example/', href: 'https://other.example/', scheme: 'http',
    host: 'other.example', text: 'anchor', imageAlt: null, label: null, rel: [], target: null, placement: 'content',
    placementReasons: [], visible: true, hiddenBy: null, aboveFold: true, contentOrder: 1, context: null, ...over,
  };
}

function report(links: ExtractedLink[], robots = ROBOTS_OK): PageReport {
  return {
    page: { url: 'https://www.site.example/post', title: 't', description: null, canonical: null, canonicalIgnored: null, robots, lang: null, wordCount: 100, author: null, published: null, layout: true,
      headings: [], schemaTypes: [],
      structure: { listItems: 0, listItemsExternal: 0, tableRows: 0, tableRowsExternal: 0, linkedHeadings: 0, articles: 0, repeated: { count: 0, signature: '' }, commentForms: 0 },
      mainText: '', emails: [] },
    links: links.map((l, index) => ({ ...l, index })),
    truncated: false,
    durationMs: 1,
  };
}

describe('counts verdict', () => {
  it('counts a followed, visible link on an indexable page, and says why', () => {
    const j = judgeCounts(link(), ROBOTS_OK);
    expect(j.value).toBe(true);
    expect(j.reasons.join(' ')).toMatch(/followed/);
  });
  it.each([
    [{ rel: ['nofollow'] }, /nofollow/],
    [{ rel: ['sponsored'] }, /sponsored/],
    [{ rel: ['ugc'] }, /ugc/],
    [{ visible: false, hiddenBy: 'display' as const }, /hidden \(display\)/],
    [{ scheme: 'mailto' as const }, /not a web link/],
  ])('does not count %o', (over, reason) => {
    const j = judgeCounts(link(over), ROBOTS_OK);
    expect(j.value).toBe(false);
    expect(j.reasons.join(' ')).toMatch(reason);
  });
  it('counts a link in a collapsed section (a closed <details>): search engines index it, and it says so', () => {
    const j = judgeCounts(link({ visible: false, hiddenBy: 'collapsed', aboveFold: null, contentOrder: null }), ROBOTS_OK);
    expect(j.value).toBe(true);
    expect(j.reasons.join(' ')).toMatch(/collapsed section the reader opens/);
  });
  it('does not count links on noindex or nofollow pages', () => {
    expect(judgeCounts(link(), { noindex: true, nofollow: false, sources: [] }).reasons.join()).toMatch(/noindex/);
    expect(judgeCounts(link(), { noindex: false, nofollow: true, sources: [] }).value).toBe(false);
  });
});

describe('placement strength', () => {
  const strength = (over: Partial<ExtractedLink>, externalLinks = 10) => placementStrength(link(over), { externalLinks }).score;
  it('ranks content above author, sidebar, navigation and footer', () => {
    const order: Placement[] = ['content', 'author', 'sidebar', 'navigation', 'footer'];
    const scores = order.map((p) => strength({ placement: p, contentOrder: p === 'content' ? 1 : null }));
    expect(scores[0]).toBe(100);
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]!);
  });
  it('values early and above-the-fold content links over late ones', () => {
    expect(strength({ contentOrder: 1, aboveFold: true })).toBeGreaterThan(strength({ contentOrder: 40, aboveFold: false }));
    expect(strength({ contentOrder: 2, aboveFold: false })).toBeLessThan(strength({ contentOrder: 2, aboveFold: true }));
  });
  it('dilutes each link on a page with 300 external links, and says so', () => {
    const s = placementStrength(link(), { externalLinks: 300 });
    expect(s.score).toBeLessThan(50);
    expect(s.reasons.join(' ')).toMatch(/300 external links/);
  });
  it('scores hidden links near zero, and collapsed ones a little below the links shown', () => {
    expect(strength({ visible: false, hiddenBy: 'opacity' })).toBeLessThanOrEqual(10);
    const collapsed = placementStrength(link({ visible: false, hiddenBy: 'collapsed', aboveFold: null, contentOrder: null }), { externalLinks: 10 });
    expect(collapsed.score).toBe(80);
    expect(collapsed.reasons.join(' ')).toMatch(/collapsed section the reader opens \(×0\.80\)/);
  });
});

describe('scoreReport', () => {
  it('marks internal links by registrable domain and sums up the page', () => {
    const r = scoreReport(
      report([
        link({ href: 'https://blog.site.example/a', host: 'blog.site.example' }),
        link({ rel: ['nofollow', 'ugc'], placement: 'comments', contentOrder: null }),
        link({ rel: ['sponsored'] }),
        link({ scheme: 'mailto', host: '', href: 'mailto:a@b.c' }),
        link({ visible: false, hiddenBy: 'clip', placement: 'footer', contentOrder: null }),
      ]),
    );
    expect(r.site).toBe('site.example');
    expect(r.links.map((l) => l.internal)).toEqual([true, false, false, null, false]);
    expect(r.summary).toMatchObject({ total: 5, web: 4, internal: 1, external: 3, hidden: 1, counting: 1 });
    expect(r.summary.byRel).toEqual({ follow: 2, nofollow: 1, sponsored: 1, ugc: 1 });
    expect(r.summary.byPlacement.content).toBe(3);
    expect(r.summary.byPlacement.comments).toBe(1);
    expect(r.summary.byPlacement.footer).toBe(1);
  });

  it('words each link’s placement reasons, which the page sends as codes', () => {
    const r = scoreReport(report([link({ placement: 'related', placementReasons: [['heading', 'More stories'], ['inMain', '<main>']] })]));
    expect(r.links[0]!.placementReasons).toEqual(["under the heading 'More stories'", 'inside the main content (<main>)']);
  });
});

describe('reasons shared by links judged alike', () => {
  it('are one read-only list: changing them for one link cannot change another’s', () => {
    const placed = { placementReasons: [['heading', 'More stories'], ['inMain', '<main>']] as ExtractedLink['placementReasons'] };
    const scored = scoreReport(report([link(placed), link({ placementReasons: [['heading', 'More stories'], ['inMain', '<main>']] })]));
    const [a, b] = scored.links;
    expect(a!.counts.reasons).toBe(b!.counts.reasons);
    expect(a!.strength.reasons).toBe(b!.strength.reasons);
    // Placed alike (equal reasons, not the same list): one worded list.
    expect(a!.placementReasons).toBe(b!.placementReasons);
    // @ts-expect-error reasons are readonly
    expect(() => a!.placementReasons.push('changed')).toThrow(TypeError);
    // The type says so (readonly string[]), and the frozen list holds to it at run time.
    // @ts-expect-error reasons are readonly
    expect(() => a!.counts.reasons.push('changed')).toThrow(TypeError);
    // @ts-expect-error reasons are readonly
    expect(() => a!.strength.reasons.push('changed')).toThrow(TypeError);
    expect(b!.counts.reasons).not.toContain('changed');
  });
});
