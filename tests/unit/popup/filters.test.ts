import { describe, expect, it } from 'vitest';
import { filterLinks, NO_FILTERS } from '@/utils/popup/filters';
import type { ScoredLink } from '@/utils/scoring/types';

const base = { element: 'a', scheme: 'http', target: null, placementReasons: [], hiddenBy: null, aboveFold: true, contentOrder: null, context: null, imageAlt: null, counts: { value: true, reasons: [] }, strength: { score: 50, reasons: [] } } as const;
const links = [
  { ...base, index: 0, text: 'Home', rawHref: '/', href: 'https://s.example/', host: 's.example', rel: [], internal: true, placement: 'navigation', visible: true },
  { ...base, index: 1, text: 'Great tool', rawHref: 'https://tool.example/', href: 'https://tool.example/', host: 'tool.example', rel: ['nofollow'], internal: false, placement: 'content', visible: true },
  { ...base, index: 2, text: 'Sponsor', rawHref: 'https://pay.example/', href: 'https://pay.example/', host: 'pay.example', rel: ['sponsored'], internal: false, placement: 'content', visible: true },
  { ...base, index: 3, text: '', imageAlt: 'Hidden logo', rawHref: 'https://h.example/', href: 'https://h.example/', host: 'h.example', rel: [], internal: false, placement: 'footer', visible: false },
] as unknown as ScoredLink[];
const idx = (f: Partial<typeof NO_FILTERS>) => filterLinks(links, { ...NO_FILTERS, ...f }).map((l) => l.index);

describe('link filters', () => {
  it('shows everything without filters', () => expect(idx({})).toEqual([0, 1, 2, 3]));
  it('external only', () => expect(idx({ externalOnly: true })).toEqual([1, 2, 3]));
  it('any of the chosen rel values', () => expect(idx({ rels: ['nofollow', 'sponsored'] })).toEqual([1, 2]));
  it('hidden only', () => expect(idx({ hiddenOnly: true })).toEqual([3]));
  it('by placement', () => expect(idx({ placement: 'content' })).toEqual([1, 2]));
  it('searches text, alt and URL, case-insensitively', () => {
    expect(idx({ search: 'TOOL' })).toEqual([1]);
    expect(idx({ search: 'logo' })).toEqual([3]);
    expect(idx({ search: 'pay.example' })).toEqual([2]);
  });
  it('finds an icon link by its aria-label or title', () => {
    const icon = { ...links[0]!, index: 9, text: '', imageAlt: '', label: 'Our Mastodon profile', href: 'https://social.example/@us' } as ScoredLink;
    expect(filterLinks([...links, icon], { ...NO_FILTERS, search: 'mastodon' }).map((l) => l.index)).toEqual([9]);
  });
  it('combines filters', () => expect(idx({ externalOnly: true, placement: 'content', rels: ['nofollow'] })).toEqual([1]));
  it('orders by strength, strongest first, page order breaking ties', () => {
    const scored = links.map((l, i) => ({ ...l, strength: { score: [30, 100, 30, 90][i]!, reasons: [] } }));
    expect(filterLinks(scored, { ...NO_FILTERS, order: 'strength' }).map((l) => l.index)).toEqual([1, 3, 0, 2]);
    expect(filterLinks(scored, NO_FILTERS).map((l) => l.index)).toEqual([0, 1, 2, 3]);
  });
});
