import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { forgetReport, MAX_STORED_LINKS, recallReport, rememberReport, reportGeneration } from '@/utils/background/report-cache';
import { FIRST_LINKS, viewOf } from '@/utils/background/inspect-tab';
import type { InspectResult } from '@/utils/messaging/protocol';
import type { ScoredLink, ScoredReport } from '@/utils/scoring/types';

function result(links: number): InspectResult {
  const link = (index: number) => ({ index }) as ScoredLink;
  const report = { page: { url: 'https://a.example/' }, links: Array.from({ length: links }, (_, i) => link(i)), analysedAt: 'now' } as unknown as ScoredReport;
  return { ok: true, report };
}

const stored = async (tabId: number) => (await fakeBrowser.storage.session.get(`report:${tabId}`))[`report:${tabId}`] as InspectResult | undefined;

describe('the kept reports', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers from memory at once and writes a small report to session storage after', async () => {
    const small = result(3);
    const writing = rememberReport(1, small);
    expect(await stored(1)).toBeUndefined();
    expect(await recallReport(1)).toBe(small);
    await writing;
    expect(await stored(1)).toEqual(small);
  });

  it('keeps no report of an inspection the tab moved on from (navigated or closed while it was read)', async () => {
    await rememberReport(3, result(3));
    const begun = reportGeneration(3);
    await forgetReport(3); // the tab went to another page, or closed
    await rememberReport(3, result(5), begun);
    expect(await recallReport(3)).toBeNull();
    expect(await stored(3)).toBeUndefined();
    // An inspection begun after that is kept.
    const fresh = result(4);
    await rememberReport(3, fresh, reportGeneration(3));
    expect(await recallReport(3)).toBe(fresh);
  });

  it('keeps a big report in memory only, and drops an older stored copy of the tab', async () => {
    await rememberReport(2, result(3));
    await rememberReport(2, result(MAX_STORED_LINKS + 1));
    expect(await stored(2)).toBeUndefined();
    const recalled = await recallReport(2);
    expect(recalled?.ok && recalled.report.links.length).toBe(MAX_STORED_LINKS + 1);
  });
});

describe('the popup’s first answer', () => {
  it('carries every link of a small page', () => {
    for (const n of [12, FIRST_LINKS]) {
      const view = viewOf(result(n));
      expect(view.ok && [view.links?.length, view.linkCount]).toEqual([n, n]);
    }
  });

  it('carries only how many links a big page has: a part of them would be thrown away when all come', () => {
    const view = viewOf(result(FIRST_LINKS + 1));
    expect(view.ok && [view.links, view.linkCount]).toEqual([null, FIRST_LINKS + 1]);
    expect(view.ok && 'links' in view.report).toBe(false);
  });
});
