import type { MentionScan } from '../mentions/types';
import { browser } from 'wxt/browser';
import type { InspectResult, ProspectLookup, SaveResult } from '../messaging/protocol';
import { sendToTab } from '../messaging/to-tab';
import { openDb } from '../prospects/db';
import { updateProspect } from '../prospects/edit';
import { prospectInputFrom } from '../prospects/from-report';
import { normalizeProspectUrl } from '../prospects/normalize-url';
import { findProspectByUrl, saveProspect } from '../prospects/save';
import { describeStorageError } from '../prospects/storage-health';
import type { ProspectStatus } from '../prospects/types';
import { inspectTabFully } from './inspect-tab';
import { recallReport } from './report-cache';

/**
 * Save a tab's page as a prospect. The report the popup shows is reused; a restarted worker, or
 * the context menu on a page never inspected, inspects it first. Saving is one transaction keyed
 * by the normalised URL, so a retry after a worker restart can never make a second row.
 */
export async function saveTab(tabId: number, as: 'page' | 'unlinked-mention' = 'page', shownUrl?: string): Promise<SaveResult> {
  const result = await currentReport(tabId, shownUrl);
  if (!result.ok) return { ok: false, error: result.error.message };
  let mentions: MentionScan | null = null;
  if (as === 'unlinked-mention') {
    // The page's mentions as they stand now (after live re-scans), checked like any page answer.
    const found = await sendToTab(tabId, 'currentMentions', {}).catch(() => null);
    if (!found?.scan.counts.brand.unlinked) return { ok: false, error: 'No unlinked mention of your brand on this page to save.' };
    mentions = found.scan;
  }
  const input = prospectInputFrom(result.report, mentions);
  if (!input) return { ok: false, error: 'Only web pages (http or https) can be saved as prospects.' };
  try {
    const { prospect, created } = await saveProspect(openDb(), input);
    return { ok: true, prospect, created };
  } catch (err) {
    return { ok: false, error: describeStorageError(err) };
  }
}

/**
 * The tab's report, if it is of the page the tab shows now; else a fresh inspection. A
 * single-page app changes its address without loading, so the cached report may be of an
 * earlier page. `shownUrl`: the page the popup showed the user; if the tab has moved on from it,
 * nothing is saved (the user chose to save that page, not whatever the tab shows now).
 */
async function currentReport(tabId: number, shownUrl?: string): Promise<InspectResult> {
  const [cached, tab] = await Promise.all([recallReport(tabId), browser.tabs.get(tabId).catch(() => null)]);
  const now = tab?.url === undefined ? null : normalizeProspectUrl(tab.url);
  if (shownUrl !== undefined && now !== null && normalizeProspectUrl(shownUrl) !== now) {
    return { ok: false, error: { kind: 'superseded', message: 'The tab has moved on to another page since Linkscout read this one; nothing was saved. Open Linkscout again to save the page it shows.' } };
  }
  const samePage = cached?.ok && now !== null && normalizeProspectUrl(cached.report.page.url) === now;
  return cached && samePage ? cached : inspectTabFully(tabId);
}

export async function prospectForUrl(url: string): Promise<ProspectLookup> {
  try {
    return { ok: true, prospect: await findProspectByUrl(openDb(), url) };
  } catch (err) {
    return { ok: false, error: describeStorageError(err) };
  }
}

export async function setProspectStatus(id: number, status: ProspectStatus): Promise<ProspectLookup> {
  try {
    return { ok: true, prospect: await updateProspect(openDb(), id, { status }) };
  } catch (err) {
    return { ok: false, error: describeStorageError(err) };
  }
}
