import { describe, expect, it } from 'vitest';
import { linksPageOf, TAB_LINKS_PAGE } from '@/utils/background/tab-links';
import type { InspectResult } from '@/utils/messaging/protocol';
import type { ScoredLink, ScoredReport } from '@/utils/scoring/types';

const result = (links: number): InspectResult => ({
  ok: true,
  report: {
    page: { url: 'https://a.example/' },
    analysedAt: '2026-11-21T10:00:00.000Z',
    links: Array.from({ length: links }, (_, index) => ({ index }) as ScoredLink),
  } as unknown as ScoredReport,
});

describe('the popup’s list of a big page, a page of links at a time', () => {
  it('gives the report without its links with the first page only', () => {
    const first = linksPageOf(result(4500), 0);
    expect(first).toMatchObject({ ok: true, total: 4500, from: 0, analysedAt: '2026-11-21T10:00:00.000Z' });
    if (!first?.ok) throw new Error('no page');
    expect(first.links.map((l) => l.index)).toEqual(Array.from({ length: TAB_LINKS_PAGE }, (_, i) => i));
    expect(first.report).toMatchObject({ page: { url: 'https://a.example/' } });
    expect(first.report).not.toHaveProperty('links');

    const second = linksPageOf(result(4500), TAB_LINKS_PAGE);
    expect(second).toMatchObject({ ok: true, total: 4500, from: TAB_LINKS_PAGE, report: null });
    if (!second?.ok) throw new Error('no page');
    expect(second.links[0]!.index).toBe(TAB_LINKS_PAGE);
  });

  it('ends with the last links and gives none past the end', () => {
    const last = linksPageOf(result(4500), 4000);
    expect(last?.ok && last.links.map((l) => l.index)).toEqual(Array.from({ length: 500 }, (_, i) => 4000 + i));
    const past = linksPageOf(result(4500), 6000);
    expect(past?.ok && past.links).toEqual([]);
  });

  it('passes on the failure of a newer inspection, and null when there is no report', () => {
    const failed: InspectResult = { ok: false, error: { kind: 'no-response', message: 'gone' } };
    expect(linksPageOf(failed, 0)).toBe(failed);
    expect(linksPageOf(null, 0)).toBeNull();
  });
});
