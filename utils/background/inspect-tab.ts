import { browser } from 'wxt/browser';
import type { PageReport } from '../analysis/types';
import { AnalysisGone, collectLinks, reportOf } from '../messaging/collect-report';
import type { AnalyzeResult, InspectError, InspectResult, InspectView } from '../messaging/protocol';
import { InvalidAnswer, sendToTab } from '../messaging/to-tab';
import { parseUrl } from '../analysis/resolve-href';
import { injectionFailure, restrictedReason } from '../restricted';
import { scoreReport } from '../scoring/score-report';
import { pageChannelReady } from './page-channel';
import { rememberReport, reportGeneration } from './report-cache';
import { loadVerdictContext } from './verdict-context';

/** The content script's file in the built extension (WXT's output name for the unlisted script entrypoints/in-page.ts). */
export const CONTENT_SCRIPT_FILE = '/in-page.js';
/** The mention script's (entrypoints/page-mentions.ts), injected after the content script, whose analysis it reads with. */
export const MENTION_SCRIPT_FILE = '/page-mentions.js';
/** The overlay script's (entrypoints/page-overlay.ts): the link highlight and the flash, injected after the content script when asked for. */
export const OVERLAY_SCRIPT_FILE = '/page-overlay.js';
type PageScript = typeof CONTENT_SCRIPT_FILE | typeof MENTION_SCRIPT_FILE | typeof OVERLAY_SCRIPT_FILE;

/**
 * Links the popup's first answer carries: all of a small page's. A big page's whole report is
 * megabytes, and the verdict should not wait for it: the popup shows the verdict with the
 * number of links and then asks for them, a page at a time (getTabLinks).
 */
export const FIRST_LINKS = 500;

/** The popup's answer: the verdict and summary, with a small page's links. */
export async function inspectTab(tabId: number): Promise<InspectView> {
  return viewOf(await inspectTabFully(tabId));
}

export function viewOf(result: InspectResult): InspectView {
  if (!result.ok) return result;
  const { links, ...report } = result.report;
  // A part of a big page's links would only be thrown away when the whole list comes.
  return { ok: true, report, links: links.length > FIRST_LINKS ? null : links, linkCount: links.length };
}

/**
 * How long the content script may wait to be injected. The browser injects it once the page has
 * been read in full; a page whose parsing waits for a script that never loads never gets there.
 */
export const STILL_LOADING_MS = 10_000;
const STILL_LOADING =
  'The page has not finished loading (something it waits for never answers), and Linkscout reads a page once it has. Stop it loading (Esc) or wait, then open Linkscout again.';

/**
 * Inject the page's scripts into a tab's top frame, in order (activeTab grants this on the
 * user's click); null when done, else why not, in words for the popup. A page still loading
 * (the browser injects once it has been read in full) gets STILL_LOADING_MS.
 */
export async function injectScripts(tabId: number, url: string | undefined, files: PageScript[]): Promise<InspectError | null> {
  try {
    const injected = await within(browser.scripting.executeScript({ target: { tabId }, files }), STILL_LOADING_MS);
    return injected ? null : { kind: 'no-response', message: STILL_LOADING };
  } catch (err) {
    return injectionFailure(err instanceof Error ? err.message : String(err), url);
  }
}

/** Whether `work` settles within `ms` (its rejection is thrown); the timer is cleared either way. */
async function within(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([work.then(() => true as const), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Times a page is asked for its report when a newer analysis took the place of the one being read. */
const ANALYSIS_TRIES = 2;

/**
 * Inspect a tab end to end: refuse pages no extension may read, inject the content script
 * (activeTab grants this on the user's click), ask it for the report (its head, then its links a
 * page at a time), validate and score it. Every failure comes back as a kind and a sentence for
 * the popup, never as a throw.
 */
export async function inspectTabFully(tabId: number): Promise<InspectResult> {
  // The page this inspection is of: if the tab moves on meanwhile, its report is kept for no one.
  const generation = reportGeneration(tabId);
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return { ok: false, error: { kind: 'inject-failed', message: 'That tab is gone.' } };
  const restricted = restrictedReason(tab.url);
  if (restricted) return { ok: false, error: { kind: 'restricted', message: restricted } };

  await pageChannelReady();
  const failed = await injectScripts(tabId, tab.url, [CONTENT_SCRIPT_FILE]);
  if (failed) return { ok: false, error: failed };

  let read: PageRead;
  for (let attempt = 1; ; attempt++) {
    try {
      read = await readReport(tabId, tab.url);
      break;
    } catch (err) {
      // Another inspection of the tab (a second popup) or a new page replaced the analysis
      // being read: the page is asked for a fresh one.
      if (err instanceof AnalysisGone && attempt < ANALYSIS_TRIES) continue;
      return { ok: false, error: failureOf(err) };
    }
  }
  if (!read.ok) {
    // The page's own refusal (not a web page) is kept like a report: tools ask for it after.
    void rememberReport(tabId, read, generation);
    return read;
  }
  const result: InspectResult = { ok: true, report: scoreReport(read.report, await read.context) };
  // Answer first; the copy for a restarted worker is written after (report-cache.ts).
  void rememberReport(tabId, result, generation);
  return result;
}

/** The page's report with the verdict's context read meanwhile, or the page's own refusal. */
type PageRead = { ok: true; report: PageReport; context: ReturnType<typeof loadVerdictContext> } | Extract<AnalyzeResult, { ok: false }>;

/**
 * Ask the page for its report and read its links; throws when the page fails to answer, or
 * names a page of another origin than its tab shows (the report is saved under that address, so
 * a page's word for it must not reach another site's prospect).
 */
async function readReport(tabId: number, tabUrl: string | undefined): Promise<PageRead> {
  const answer = await sendToTab(tabId, 'analyzePage', {});
  if (!answer.ok) return answer;
  // The tab as it is now: it may have gone to another site while the page was read.
  const now = (await browser.tabs.get(tabId).catch(() => null))?.url ?? tabUrl;
  const claimed = originOf(answer.head.page.url);
  const actual = now ? originOf(now) : claimed;
  if (claimed !== actual) throw new InvalidAnswer(`it names a page on ${claimed ?? 'no site'}, its tab shows ${actual}`);
  // The settings and the site's authority are read while the links come.
  const context = loadVerdictContext(answer.head.page.url);
  context.catch(() => undefined);
  return { ok: true, report: reportOf(answer.head, await collectLinks(tabId, answer.head)), context };
}

function originOf(url: string): string | null {
  return parseUrl(url)?.origin ?? null;
}

function failureOf(err: unknown): InspectError {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof InvalidAnswer) return { kind: 'invalid-report', message: `The page sent a report Linkscout could not accept (${message}).` };
  if (err instanceof AnalysisGone) {
    return { kind: 'superseded', message: 'The page was inspected again, or changed, while Linkscout read its links. Open Linkscout again to inspect it.' };
  }
  return { kind: 'no-response', message: `The page did not answer: ${message}. Reload it and try again.` };
}
