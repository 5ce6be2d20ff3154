import { browser } from 'wxt/browser';

/**
 * The tab the popup reports on: the active tab of its window, or the one named by `?tabId=`
 * when the report is opened as a page of its own (a pinned report, the test harness).
 */
export async function targetTabId(search: string = location.search): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
