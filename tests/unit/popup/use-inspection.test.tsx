import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { InspectResult, InspectView } from '@/utils/messaging/protocol';
import type { ScoredLink, ScoredReport } from '@/utils/scoring/types';
import { useInspection, type InspectionState } from '@/utils/popup/use-inspection';
import { linksPageOf } from '@/utils/background/tab-links';
import { mount, waitFor } from '../options/render';

const PAGE_URL = 'https://a.example/post';
const report = (links: number, url = PAGE_URL) =>
  ({ page: { url }, analysedAt: '2026-11-21T10:00:00.000Z', links: Array.from({ length: links }, (_, index) => ({ index }) as ScoredLink) }) as unknown as ScoredReport;

/** The background: its first answer for a page of 3,000 links (no links in it), then the pages of `full` to getTabLinks. */
function background(full: InspectResult | null | Error, tabUrl: string = PAGE_URL, gate: Promise<unknown> = Promise.resolve()) {
  const { links, ...first } = report(3000);
  const view: InspectView = { ok: true, report: first, links: null, linkCount: links.length };
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 5 }] as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>);
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 5, url: tabUrl } as Awaited<ReturnType<typeof fakeBrowser.tabs.get>>);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const { type } = message as { type: string };
    if (type === 'inspectTab') return { ok: true, value: view };
    await gate;
    if (full instanceof Error) return { ok: false, error: full.message };
    const { from } = (message as { data: { from: number } }).data;
    // Later pages come a moment after the first, as they do from a real background.
    if (from > 0) await new Promise((r) => setTimeout(r, 30));
    return { ok: true, value: linksPageOf(full, from) };
  });
}

let seen: InspectionState[] = [];
function Probe() {
  const state = useInspection();
  seen.push(state);
  return null;
}
const last = () => seen.at(-1)!;
/** The last state, if it shows a report. */
const shownReport = () => {
  const state = last();
  return state.phase === 'report' ? state : null;
};

let view: ReturnType<typeof mount> | null = null;
beforeEach(() => {
  fakeBrowser.reset();
  seen = [];
});
afterEach(() => {
  view?.cleanup();
  view = null;
});

describe('a big page in the popup', () => {
  it('shows the verdict with the number of links first, then every link', async () => {
    let open!: (v: unknown) => void;
    background({ ok: true, report: report(3000) }, PAGE_URL, new Promise((r) => (open = r)));
    view = mount(<Probe />);
    await waitFor(() => expect(last()).toMatchObject({ phase: 'report', linkCount: 3000, links: null, linksError: null }));
    open(undefined);
    await waitFor(() => expect(shownReport()?.links?.length).toBe(3000));
    expect(last()).toMatchObject({ linkCount: 3000, linksError: null });
    // The first page of 2,000 was counted while the rest came.
    expect(seen.some((s) => s.phase === 'report' && s.links === null && s.linksLoaded === 2000)).toBe(true);
  });

  const linksError = async () => {
    view = mount(<Probe />);
    await waitFor(() => expect(shownReport()?.linksError).toEqual(expect.any(String)));
    const state = last();
    return state.phase === 'report' ? { links: state.links, linkCount: state.linkCount, message: state.linksError! } : null;
  };

  it('says the tab moved on when it shows another page now', async () => {
    background(null, 'https://a.example/other');
    const shown = await linksError();
    expect(shown).toMatchObject({ links: null, linkCount: 3000 });
    expect(shown?.message).toMatch(/moved on to another page.*Open Linkscout again to inspect the page/);
    expect(shown?.message).not.toMatch(/restarted/);
  });

  it('says the links are gone, and why they may be, when the tab still shows the page', async () => {
    background(null);
    const shown = await linksError();
    expect(shown?.message).toMatch(/no longer holds this page’s links \(the page reloaded, or Linkscout restarted\)\. Open Linkscout again/);
  });

  it('passes on why a newer inspection of the tab failed', async () => {
    background({ ok: false, error: { kind: 'no-response', message: 'The page did not answer: gone. Reload it and try again.' } });
    const shown = await linksError();
    expect(shown?.message).toBe('The page was inspected again and that failed: The page did not answer: gone. Reload it and try again.');
  });

  it('says when the links could not be fetched', async () => {
    background(new Error('getTabLinks is not accepted from this sender'));
    const shown = await linksError();
    expect(shown?.message).toMatch(/could not fetch this page’s links \(getTabLinks is not accepted from this sender\)\. Open Linkscout again/);
  });
});
