import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { inspectTabFully, STILL_LOADING_MS } from '@/utils/background/inspect-tab';
import { PageSession } from '@/utils/page/page-session';

/** The tab's address: the test window's, which the DOMParser documents below take too. */
const URL_ = document.URL;
const page = () =>
  new DOMParser().parseFromString('<!doctype html><title>P</title><main><a href="https://b.example/">b</a> <a href="/c">c</a></main>', 'text/html');

/**
 * A tab whose content script answers from `session`; before it answers a request for links,
 * `meanwhile` runs (another popup inspecting the same page, say).
 */
function tabWith(session: PageSession, meanwhile: (asked: number) => Promise<unknown> = async () => undefined, tabUrl = URL_) {
  const asked: string[] = [];
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 1, url: tabUrl } as Awaited<ReturnType<typeof fakeBrowser.tabs.get>>);
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tabId: number, message: unknown) => {
    const { type, data } = message as { type: string; data: { analysis: string; from: number } };
    asked.push(type);
    if (type === 'analyzePage') return { ok: true, value: structuredClone(await session.analyze()) };
    await meanwhile(asked.filter((t) => t === 'reportLinks').length);
    return { ok: true, value: structuredClone(session.reportLinks(data.analysis, data.from)) };
  });
  return asked;
}

describe('inspecting a tab whose analysis a newer one replaced', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks the page again once, and shows the report', async () => {
    const session = new PageSession(page());
    // Two more analyses while the first one's links are asked for: only the two latest are kept.
    const asked = tabWith(session, async (n) => n === 1 && (await session.analyze(), await session.analyze()));
    const result = await inspectTabFully(1);
    expect(result.ok && result.report.links.map((l) => l.text)).toEqual(['b', 'c']);
    expect(asked).toEqual(['analyzePage', 'reportLinks', 'analyzePage', 'reportLinks']);
    session.dispose();
  });

  it('says so, without blaming the page, when it happens again', async () => {
    const session = new PageSession(page());
    tabWith(session, async () => (await session.analyze(), await session.analyze()));
    const result = await inspectTabFully(1);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('superseded');
    expect(result.error.message).toMatch(/inspected again, or changed.*Open Linkscout again/);
    expect(result.error.message).not.toMatch(/did not answer|Reload/);
    session.dispose();
  });

  it('tells a report the page spoiled from a page that did not answer', async () => {
    const session = new PageSession(page());
    tabWith(session);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_t: number, message: unknown) =>
      (message as { type: string }).type === 'analyzePage' ? { ok: true, value: { ok: true, head: { analysis: 'x' } } } : undefined,
    );
    const spoiled = await inspectTabFully(1);
    expect(!spoiled.ok && spoiled.error.kind).toBe('invalid-report');
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    const silent = await inspectTabFully(1);
    expect(!silent.ok && [silent.error.kind, silent.error.message]).toEqual(['no-response', expect.stringMatching(/did not answer: Could not establish connection/)]);
    session.dispose();
  });

  it('refuses a report that names a page of another origin than its tab shows (it would be saved under that address)', async () => {
    const session = new PageSession(page());
    tabWith(session, undefined, 'https://other.example/post');
    const result = await inspectTabFully(1);
    expect(!result.ok && [result.error.kind, result.error.message]).toEqual([
      'invalid-report',
      expect.stringMatching(/names a page on http:\/\/localhost:3000, its tab shows https:\/\/other\.example/),
    ]);
    session.dispose();
  });

  it('says the page has not finished loading when the browser holds the content script back (a script the page waits for never answers), instead of waiting for ever', async () => {
    vi.useFakeTimers();
    try {
      vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 1, url: URL_ } as Awaited<ReturnType<typeof fakeBrowser.tabs.get>>);
      vi.spyOn(fakeBrowser.scripting, 'executeScript').mockReturnValue(new Promise(() => undefined));
      const inspecting = inspectTabFully(1);
      await vi.advanceTimersByTimeAsync(STILL_LOADING_MS);
      const result = await inspecting;
      expect(!result.ok && [result.error.kind, result.error.message]).toEqual(['no-response', expect.stringMatching(/has not finished loading.*Stop it loading \(Esc\)/)]);
    } finally {
      vi.useRealTimers();
    }
  });
});

