import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { InspectError, InspectResult, InspectView } from '../messaging/protocol';
import { sendToBackground } from '../messaging/transport';
import type { ScoredLink, ScoredReport } from '../scoring/types';
import { afterPaint } from './after-paint';
import { fetchTabLinks } from './fetch-links';
import { retryIfWorkerRestarted } from './retry';
import { targetTabId } from './target-tab';
import { pageAddressOf } from '../urls';

export type InspectionState =
  | { phase: 'loading' }
  | { phase: 'failed'; message: string }
  | { phase: 'unreadable'; tabId: number; error: InspectError }
  | {
      phase: 'report';
      tabId: number;
      report: Omit<ScoredReport, 'links'>;
      linkCount: number;
      /** Every link, or null while they come (a big page's verdict is shown first). */
      links: ScoredLink[] | null;
      /** Why the links could not be had. */
      linksError: string | null;
      /** How many of a big page's links have come so far, while they come. */
      linksLoaded: number;
    };

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** The popup's tab and the background's first answer about it (null: no tab). */
async function firstAnswer(): Promise<{ tabId: number; view: InspectView } | null> {
  const tabId = await targetTabId();
  if (tabId === null) return null;
  // Safe to repeat: a worker stopped mid-analysis is woken by the retry and inspects again.
  return { tabId, view: await retryIfWorkerRestarted(() => sendToBackground('inspectTab', { tabId })) };
}

/** The tab's address now, if the popup may read it. */
const tabUrl = (tabId: number): Promise<string | undefined> => browser.tabs.get(tabId).then((t) => t.url, () => undefined);

/**
 * Why a big page's links could not be had after its verdict was shown, told as well as the
 * popup can: the background's answer for them (or the error asking for it), the address
 * the report was made for, and the tab's address now (undefined when unknown).
 */
export function linksUnavailable(full: InspectResult | null | Error, reportUrl: string, nowUrl: string | undefined): string {
  const again = 'Open Linkscout again to inspect the page.';
  if (full instanceof Error) return `Linkscout could not fetch this page’s links (${full.message}). ${again}`;
  // Another inspection of the tab came after this one's verdict, and failed.
  if (full && !full.ok) return `The page was inspected again and that failed: ${full.error.message}`;
  if (nowUrl !== undefined && pageAddressOf(nowUrl) !== pageAddressOf(reportUrl)) return `The tab has moved on to another page since it was inspected. ${again}`;
  return `Linkscout no longer holds this page’s links (the page reloaded, or Linkscout restarted). ${again}`;
}

/**
 * Inspect the popup's tab: the verdict and summary come first, with a small page's links; a big
 * page's list is asked for once they are painted, a page at a time (fetch-links.ts), so the
 * verdict never waits for megabytes of links and the popup never reads them in one go.
 */
export function useInspection(): InspectionState {
  const [state, setState] = useState<InspectionState>({ phase: 'loading' });
  // Asked as the popup first renders, not after its first paint (when effects run).
  const [first] = useState(firstAnswer);

  useEffect(() => {
    let live = true;
    (async () => {
      const answer = await first;
      if (!live) return;
      if (answer === null) return setState({ phase: 'failed', message: 'There is no tab to inspect.' });
      const { tabId, view } = answer;
      if (!view.ok) return setState({ phase: 'unreadable', tabId, error: view.error });
      setState({ phase: 'report', tabId, report: view.report, linkCount: view.linkCount, links: view.links, linksError: null, linksLoaded: 0 });
      if (view.links) return;
      await afterPaint();
      const ask = (from: number) => retryIfWorkerRestarted(() => sendToBackground('getTabLinks', { tabId, from }));
      const loaded = (n: number) => live && setState((s) => (s.phase === 'report' && !s.links ? { ...s, linksLoaded: n } : s));
      const full = await fetchTabLinks(ask, loaded).catch((err: unknown) => new Error(messageOf(err)));
      if (!live) return;
      if (full !== null && !(full instanceof Error) && full.ok) {
        // Normally the same report; a newer inspection of the tab (another popup) replaces it whole.
        const { links, ...report } = full.report;
        setState({ phase: 'report', tabId, report, linkCount: links.length, links, linksError: null, linksLoaded: links.length });
        return;
      }
      const linksError = linksUnavailable(full, view.report.page.url, full === null ? await tabUrl(tabId) : undefined);
      if (!live) return;
      setState({ phase: 'report', tabId, report: view.report, linkCount: view.linkCount, links: null, linksError, linksLoaded: 0 });
    })().catch((err: unknown) => live && setState({ phase: 'failed', message: messageOf(err) }));
    return () => {
      live = false;
    };
  }, [first]);

  return state;
}
