import { browser } from 'wxt/browser';
import type { InspectResult } from '../messaging/protocol';
import { sendToTab } from '../messaging/to-tab';
import { ProtocolError } from '../messaging/transport';
import { injectionFailure, restrictedReason } from '../restricted';
import { scoreReport } from '../scoring/score-report';
import { rememberReport } from './report-cache';
import { loadVerdictContext } from './verdict-context';

/** The content script's file in the built extension (WXT's output name for entrypoints/content.ts). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/**
 * Inspect a tab end to end: refuse pages no extension may read, inject the content script
 * (activeTab grants this on the user's click), ask it for the report, validate and score it.
 * Every failure comes back as a kind and a sentence for the popup, never as a throw.
 */
export async function inspectTab(tabId: number): Promise<InspectResult> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return { ok: false, error: { kind: 'inject-failed', message: 'That tab is gone.' } };
  const restricted = restrictedReason(tab.url);
  if (restricted) return { ok: false, error: { kind: 'restricted', message: restricted } };

  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  } catch (err) {
    return { ok: false, error: injectionFailure(err instanceof Error ? err.message : String(err), tab.url) };
  }

  let answer;
  try {
    answer = await sendToTab(tabId, 'analyzePage', {});
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const invalid = err instanceof ProtocolError && message.startsWith('Invalid');
    return {
      ok: false,
      error: invalid
        ? { kind: 'invalid-report', message: `The page sent a report Linkscout could not accept (${message}).` }
        : { kind: 'no-response', message: `The page did not answer: ${message}. Reload it and try again.` },
    };
  }
  const result: InspectResult = answer.ok ? { ok: true, report: scoreReport(answer.report, await loadVerdictContext(answer.report.page.url)) } : answer;
  // Answer the popup first; keeping a copy for later (a restarted worker) can take a while.
  void rememberReport(tabId, result);
  return result;
}
