import { describe, expect, it } from 'vitest';
import { linksPageOf } from '@/utils/background/tab-links';
import type { InspectResult, TabLinksPage } from '@/utils/messaging/protocol';
import { fetchTabLinks } from '@/utils/popup/fetch-links';
import type { ScoredLink, ScoredReport } from '@/utils/scoring/types';

const result = (links: number, analysedAt = '2026-11-21T10:00:00.000Z'): InspectResult => ({
  ok: true,
  report: {
    page: { url: 'https://a.example/' },
    analysedAt,
    links: Array.from({ length: links }, (_, index) => ({ index, text: `${analysedAt} #${index}` }) as unknown as ScoredLink),
  } as unknown as ScoredReport,
});

/** A background holding `held()` (it may change between pages), answering as getTabLinks does; it notes each `from` asked. */
function background(held: () => InspectResult | null) {
  const asked: number[] = [];
  let inFlight = 0;
  let most = 0;
  const ask = async (from: number): Promise<TabLinksPage> => {
    asked.push(from);
    most = Math.max(most, ++inFlight);
    await new Promise((r) => setTimeout(r, 1));
    inFlight--;
    return linksPageOf(held(), from);
  };
  return { ask, asked, most: () => most };
}

describe('fetching a big page’s links for the popup', () => {
  it('puts every page together in order, two pages in flight, never the whole list in one answer', async () => {
    const bg = background(() => result(4500));
    const loaded: number[] = [];
    const got = await fetchTabLinks(bg.ask, (n) => loaded.push(n));
    if (!got?.ok) throw new Error('no report');
    expect(loaded).toEqual([2000, 4000, 4500]);
    expect(got.report.links.map((l) => l.index)).toEqual(Array.from({ length: 4500 }, (_, i) => i));
    expect(got.report.page.url).toBe('https://a.example/');
    expect(bg.asked).toEqual([0, 2000, 4000]);
    expect(bg.most()).toBe(2);
  });

  it('takes a small report in one page, an empty one too, and ends a list of whole pages without asking past it', async () => {
    const small = background(() => result(700));
    expect((await fetchTabLinks(small.ask))?.ok).toBe(true);
    expect(small.asked).toEqual([0]);
    const empty = background(() => result(0));
    const none = await fetchTabLinks(empty.ask);
    expect(none?.ok && none.report.links).toEqual([]);
    expect(empty.asked).toEqual([0]);
    const whole = background(() => result(4000));
    expect((await fetchTabLinks(whole.ask))?.ok && true).toBe(true);
    expect(whole.asked).toEqual([0, 2000]);
  });

  it('begins again when a newer inspection replaced the report while its pages came, never mixing the two', async () => {
    let calls = 0;
    const bg = background(() => (++calls <= 2 ? result(4500) : result(3000, '2026-11-21T10:00:05.000Z')));
    const got = await fetchTabLinks(bg.ask);
    if (!got?.ok) throw new Error('no report');
    expect(got.report.analysedAt).toBe('2026-11-21T10:00:05.000Z');
    expect(got.report.links).toHaveLength(3000);
    expect(got.report.links.every((l) => l.text.startsWith('2026-11-21T10:00:05'))).toBe(true);
  });

  it('answers the failure of a newer inspection, or null when the report is gone midway', async () => {
    const failed: InspectResult = { ok: false, error: { kind: 'no-response', message: 'gone' } };
    let calls = 0;
    expect(await fetchTabLinks(background(() => (++calls === 1 ? result(4500) : failed)).ask)).toEqual(failed);
    calls = 0;
    expect(await fetchTabLinks(background(() => (++calls === 1 ? result(4500) : null)).ask)).toBeNull();
    expect(await fetchTabLinks(background(() => null).ask)).toBeNull();
  });

  it('begins again without a word about the pages of the old report still on their way failing', async () => {
    // The page after the replaced one fails (the worker stopped): nobody reads it, nothing is left unhandled.
    let zeroes = 0;
    const ask = async (from: number): Promise<TabLinksPage> => {
      if (from === 0) return linksPageOf(result(6500, ++zeroes === 1 ? '2026-11-21T10:00:00.000Z' : '2026-11-21T10:00:09.000Z'), 0);
      if (zeroes === 1 && from === 2000) return linksPageOf(result(6500, '2026-11-21T10:00:09.000Z'), from);
      if (zeroes === 1) {
        await new Promise((r) => setTimeout(r, 5));
        throw new Error('message port closed');
      }
      return linksPageOf(result(6500, '2026-11-21T10:00:09.000Z'), from);
    };
    const unhandled: unknown[] = [];
    const note = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', note);
    try {
      const got = await fetchTabLinks(ask);
      expect(got?.ok && got.report.analysedAt).toBe('2026-11-21T10:00:09.000Z');
      await new Promise((r) => setTimeout(r, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', note);
    }
  });

  it('says so when the pages end before the links do', async () => {
    const short = async (from: number): Promise<TabLinksPage> => {
      const page = linksPageOf(result(4500), from);
      return page?.ok && from > 0 ? { ...page, total: 4500, links: from === 4000 ? [] : page.links } : page;
    };
    await expect(fetchTabLinks(short)).rejects.toThrow(/4000 of 4500 links came/);
  });

  it('refuses pages that do not continue the list', async () => {
    const skipping = async (from: number): Promise<TabLinksPage> => {
      const page = linksPageOf(result(4500), from);
      return page?.ok && from > 0 ? { ...page, links: page.links.slice(1) } : page;
    };
    await expect(fetchTabLinks(skipping)).rejects.toThrow(/did not come in order/);
  });

  it('gives up when the tab keeps being inspected again', async () => {
    let n = 0;
    const bg = background(() => result(4500, `2026-11-21T10:00:${String(n++ % 60).padStart(2, '0')}.000Z`));
    await expect(fetchTabLinks(bg.ask)).rejects.toThrow(/inspected again and again/);
  });
});
