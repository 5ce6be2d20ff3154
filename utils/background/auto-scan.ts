import { browser, type Browser } from 'wxt/browser';
import { ProtocolError } from '../messaging/transport';
import { NO_MENTION_SCRIPT } from '../page/page-host';
import { buildTerms } from '../mentions/terms';
import { AUTO_SCAN_ORIGINS, autoScanActive, autoScanItem } from '../settings/auto-scan';
import { loadSettings, settingsItem } from '../settings/store';
import { CONTENT_SCRIPT_FILE, MENTION_SCRIPT_FILE } from './inspect-tab';
import { pageChannelReady } from './page-channel';
import { findTabMentions } from './scan-mentions';

/** The id of the content script registered for http(s) pages while auto-scan is in effect. */
export const AUTO_SCAN_SCRIPT_ID = 'linkscout-auto-scan';

/** Waits before asking a freshly loaded page again: its script runs at document_idle, which can come after `complete`. */
const RETRY_PAUSES_MS = [150, 300, 600, 1200];

let syncing: Promise<boolean> = Promise.resolve(false);

/**
 * Register the page scripts for http(s) pages while auto-scan is in effect and the user has brands
 * to look for, and unregister them as soon as not (switched off, access taken back in the browser,
 * the last brand removed). Calls run one after another: a switch and its permission arrive
 * together and must not register twice. Resolves to whether they are registered.
 */
export function syncAutoScanRegistration(): Promise<boolean> {
  const run = syncing.then(syncOnce, syncOnce);
  syncing = run.catch(() => false);
  return run;
}

/** The registration auto-scan wants: the content and mention scripts on http(s) pages when idle, top frame only, across restarts. */
function wantedScript() {
  return {
    id: AUTO_SCAN_SCRIPT_ID,
    matches: AUTO_SCAN_ORIGINS,
    js: [CONTENT_SCRIPT_FILE, MENTION_SCRIPT_FILE].map((file) => file.replace(/^\//, '')),
    runAt: 'document_idle' as const,
    allFrames: false,
    persistAcrossSessions: true,
  };
}

/** Whether a kept registration still runs what this version wants (an update may rename the script's file). */
function isCurrent(r: Browser.scripting.RegisteredContentScript, wanted: ReturnType<typeof wantedScript>): boolean {
  const same = (a: readonly string[] | undefined, b: readonly string[]) => a?.length === b.length && a.every((x, i) => x === b[i]);
  return same(r.js, wanted.js) && same(r.matches, wanted.matches) && r.runAt === wanted.runAt && r.allFrames === wanted.allFrames;
}

/** Auto-scan in effect and something to look for: with no brands set up, pages get no script at all. */
async function wantsScripts(): Promise<boolean> {
  return (await autoScanActive()) && buildTerms(await loadSettings()).length > 0;
}

async function syncOnce(): Promise<boolean> {
  const active = await wantsScripts();
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_SCAN_SCRIPT_ID] });
  const wanted = wantedScript();
  if (active && registered.length === 0) {
    await pageChannelReady();
    await browser.scripting.registerContentScripts([wanted]);
  } else if (active && !isCurrent(registered[0]!, wanted)) {
    // Registrations persist across updates: one naming an older version's file would inject
    // nothing on every page, silently.
    await pageChannelReady();
    await browser.scripting.updateContentScripts([wanted]);
  } else if (!active && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [AUTO_SCAN_SCRIPT_ID] });
  }
  return active;
}

/**
 * A page finished loading: with auto-scan in effect, scan it (the terms go to the page, only the
 * counts come back, nothing leaves the browser) so its badge shows its unlinked mentions. A page
 * whose scripts are not there yet is asked again a few times (the content script may answer
 * before the mention script has run); any other answer, even a refusal, is final.
 */
export async function scanLoadedPage(tabId: number, url: string | undefined, pauses: readonly number[] = RETRY_PAUSES_MS): Promise<boolean> {
  if (!url || !/^https?:\/\//i.test(url)) return false;
  if (!(await autoScanActive())) return false;
  for (let attempt = 0; ; attempt++) {
    try {
      return (await findTabMentions(tabId, false)) !== null;
    } catch (err) {
      const pause = pauses[attempt];
      const final = err instanceof ProtocolError && err.message !== NO_MENTION_SCRIPT;
      if (final || pause === undefined) return false;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}

/** Background wiring: keep the registration in step with the switch and the permission, scan pages as they load. */
export function startAutoScan(): void {
  const sync = () => void syncAutoScanRegistration().catch(() => undefined);
  autoScanItem.watch(sync);
  settingsItem.watch(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete') void scanLoadedPage(tabId, tab.url);
  });
  // A worker that starts (browser start, update, wake-up) checks that the registration still matches.
  sync();
}
