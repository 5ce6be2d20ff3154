import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { AUTO_SCAN_SCRIPT_ID, scanLoadedPage, startAutoScan, syncAutoScanRegistration } from '@/utils/background/auto-scan';
import { scanMentions } from '@/utils/mentions/scan-document';
import { AUTO_SCAN_ORIGINS, autoScanItem, autoScanState } from '@/utils/settings/auto-scan';
import { settingsItem } from '@/utils/settings/store';
import { DEFAULT_SETTINGS } from '@/utils/settings/types';
import { ACME_AND_RIVAL, brand } from '../mentions/brands';
import { fakeHostAccess } from './fake-host-access';
import { NO_MENTION_SCRIPT } from '@/utils/page/page-host';

/** What a page's content script answers to findMentions: a real scan of a small page with two unlinked mentions of Acme. */
function pageAnswer() {
  document.body.innerHTML = '<p>Acme and Rival.</p><p>More about Acme.</p>';
  const { scan } = scanMentions(document, ACME_AND_RIVAL, { placementOf: () => 'content' });
  return { ok: true, value: { scan, highlights: { supported: true } } };
}

const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';
const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

describe('the auto-scan switch in effect', () => {
  it('is on only when switched on and the browser grants access to sites', () => {
    expect(autoScanState(false, false)).toBe('off');
    expect(autoScanState(false, true)).toBe('off');
    expect(autoScanState(true, true)).toBe('on');
    expect(autoScanState(true, false)).toBe('access-removed');
  });
});

describe('registering the content script for pages as they load', () => {
  let access: ReturnType<typeof fakeHostAccess>;
  beforeEach(async () => {
    fakeBrowser.reset();
    access = fakeHostAccess();
    // A brand to look for (without one no page gets a script: below).
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, brands: [brand('Acme', { domains: ['acme.com'] })] });
  });

  it('with auto-scan on and access granted but no brand to look for, no page gets a script; adding one registers them, removing it unregisters', async () => {
    await settingsItem.setValue(DEFAULT_SETTINGS);
    startAutoScan();
    await autoScanItem.setValue(true);
    access.grant(AUTO_SCAN_ORIGINS);
    expect(await syncAutoScanRegistration()).toBe(false);
    expect(access.scripts.size).toBe(0);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, brands: [brand('Acme')] });
    await vi.waitFor(() => expect(access.scripts.size).toBe(1));
    await settingsItem.setValue(DEFAULT_SETTINGS);
    await vi.waitFor(() => expect(access.scripts.size).toBe(0));
  });

  it('nothing is registered while auto-scan is off, even with access granted', async () => {
    access.grant(AUTO_SCAN_ORIGINS);
    expect(await syncAutoScanRegistration()).toBe(false);
    expect(access.scripts.size).toBe(0);
  });

  it('switched on without access (the user refused it): nothing is registered', async () => {
    await autoScanItem.setValue(true);
    expect(await syncAutoScanRegistration()).toBe(false);
    expect(access.scripts.size).toBe(0);
  });

  it('switched on with access: the content and mention scripts run on http(s) pages when idle, top frame only, across restarts', async () => {
    await autoScanItem.setValue(true);
    access.grant(AUTO_SCAN_ORIGINS);
    expect(await syncAutoScanRegistration()).toBe(true);
    expect([...access.scripts.values()]).toEqual([
      {
        id: AUTO_SCAN_SCRIPT_ID,
        matches: ['http://*/*', 'https://*/*'],
        js: ['in-page.js', 'page-mentions.js'],
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
  });

  it('the switch and its permission arriving together register the script once', async () => {
    await autoScanItem.setValue(true);
    access.grant(AUTO_SCAN_ORIGINS);
    const results = await Promise.all([syncAutoScanRegistration(), syncAutoScanRegistration(), syncAutoScanRegistration()]);
    expect(results).toEqual([true, true, true]);
    expect(access.scripts.size).toBe(1);
  });

  it('wired at start: follows the switch, and the access the user takes back or gives again in the browser', async () => {
    startAutoScan();
    await autoScanItem.setValue(true);
    access.grant(AUTO_SCAN_ORIGINS);
    await vi.waitFor(() => expect(access.scripts.has(AUTO_SCAN_SCRIPT_ID)).toBe(true));
    access.revoke(AUTO_SCAN_ORIGINS);
    await vi.waitFor(() => expect(access.scripts.size).toBe(0));
    access.grant(AUTO_SCAN_ORIGINS);
    await vi.waitFor(() => expect(access.scripts.size).toBe(1));
    await autoScanItem.setValue(false);
    await vi.waitFor(() => expect(access.scripts.size).toBe(0));
  });

  it('a worker starting with auto-scan on and access granted registers the script again if it is missing', async () => {
    await autoScanItem.setValue(true);
    access.grant(AUTO_SCAN_ORIGINS);
    startAutoScan();
    await vi.waitFor(() => expect(access.scripts.size).toBe(1));
  });

  // Older versions: the script under WXT's content-script name, then the content script alone (mentions in it).
  it.each([[['content-scripts/content.js']], [['in-page.js']]])('a registration an older version left (%j) runs this version’s scripts after the next sync', async (js) => {
    await autoScanItem.setValue(true);
    access.grant(AUTO_SCAN_ORIGINS);
    const old = { id: AUTO_SCAN_SCRIPT_ID, matches: AUTO_SCAN_ORIGINS, js, runAt: 'document_idle' as const, persistAcrossSessions: true };
    access.scripts.set(AUTO_SCAN_SCRIPT_ID, old);
    expect(await syncAutoScanRegistration()).toBe(true);
    expect(access.scripts.size).toBe(1);
    expect(access.scripts.get(AUTO_SCAN_SCRIPT_ID)).toMatchObject({ js: ['in-page.js', 'page-mentions.js'], runAt: 'document_idle', allFrames: false });
  });

  it('a registration that is already this version’s is left as it is', async () => {
    await autoScanItem.setValue(true);
    access.grant(AUTO_SCAN_ORIGINS);
    await syncAutoScanRegistration();
    const update = vi.spyOn(fakeBrowser.scripting, 'updateContentScripts');
    const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts');
    register.mockClear();
    await syncAutoScanRegistration();
    expect(update).not.toHaveBeenCalled();
    expect(register).not.toHaveBeenCalled();
  });
});

describe('scanning a page that finished loading', () => {
  let access: ReturnType<typeof fakeHostAccess>;
  let sent: { tabId: number; type: unknown; paint?: unknown }[];
  beforeEach(async () => {
    fakeBrowser.reset();
    access = fakeHostAccess();
    sent = [];
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, brands: [brand('Acme', { domains: ['acme.com'] })] });
  });

  function pageAnswers(...answers: (object | Error)[]) {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number, message: unknown) => {
      const m = message as { type: unknown; data?: { paint?: unknown } };
      sent.push({ tabId, type: m.type, ...(m.data && 'paint' in m.data ? { paint: m.data.paint } : {}) });
      const next = answers.shift() ?? pageAnswer();
      if (next instanceof Error) throw next;
      return next;
    });
  }

  async function switchOn() {
    await autoScanItem.setValue(true);
    access.grant(AUTO_SCAN_ORIGINS);
  }

  it('with auto-scan on: the page is asked for its mentions and its badge shows the unlinked ones of the user’s brand', async () => {
    await switchOn();
    pageAnswers(pageAnswer());
    expect(await scanLoadedPage(12, 'https://blog.example/post')).toBe(true);
    // Counted, not painted: no one asked to see them, and the page could read painted highlights.
    expect(sent).toEqual([{ tabId: 12, type: 'findMentions', paint: false }]);
    expect(await badge(12)).toBe('2');
    expect(await badge(13)).toBe('');
  });

  it('with auto-scan off, or access taken back: no page is asked anything', async () => {
    pageAnswers();
    expect(await scanLoadedPage(12, 'https://blog.example/post')).toBe(false);
    await switchOn();
    access.revoke(AUTO_SCAN_ORIGINS);
    expect(await scanLoadedPage(12, 'https://blog.example/post')).toBe(false);
    expect(sent).toEqual([]);
  });

  it('pages that are not web pages are left alone', async () => {
    await switchOn();
    pageAnswers();
    for (const url of ['chrome://settings/', 'file:///home/me/page.html', 'about:blank', undefined]) expect(await scanLoadedPage(12, url)).toBe(false);
    expect(sent).toEqual([]);
  });

  it('a page whose script is not there yet (it runs when the page is idle) is asked again', async () => {
    await switchOn();
    pageAnswers(new Error(NO_RECEIVER), new Error(NO_RECEIVER), pageAnswer());
    expect(await scanLoadedPage(12, 'https://blog.example/post', [1, 1, 1])).toBe(true);
    expect(sent).toHaveLength(3);
    expect(await badge(12)).toBe('2');
  });

  it('a page whose content script answers before the mention script has run is asked again', async () => {
    await switchOn();
    pageAnswers({ ok: false, error: NO_MENTION_SCRIPT }, pageAnswer());
    expect(await scanLoadedPage(12, 'https://blog.example/post', [1, 1])).toBe(true);
    expect(sent).toHaveLength(2);
    expect(await badge(12)).toBe('2');
  });

  it('gives up after a few tries, and an answer, even a refusal, is not asked again', async () => {
    await switchOn();
    pageAnswers(new Error(NO_RECEIVER), new Error(NO_RECEIVER), new Error(NO_RECEIVER));
    expect(await scanLoadedPage(12, 'https://blog.example/post', [1, 1])).toBe(false);
    expect(sent).toHaveLength(3);
    sent = [];
    pageAnswers({ ok: false, error: 'findMentions is not accepted from this sender' });
    expect(await scanLoadedPage(12, 'https://blog.example/post', [1, 1])).toBe(false);
    expect(sent).toHaveLength(1);
    expect(await badge(12)).toBe('');
  });

  it('a page answering with a scan that breaks the schema does not set the badge', async () => {
    await switchOn();
    const forged = pageAnswer();
    forged.value.scan.counts.brand.unlinked = -5;
    pageAnswers(forged);
    expect(await scanLoadedPage(12, 'https://blog.example/post', [])).toBe(false);
    expect(await badge(12)).toBe('');
  });

  it('without brands to look for, no page is asked', async () => {
    await settingsItem.setValue(DEFAULT_SETTINGS);
    await switchOn();
    pageAnswers();
    expect(await scanLoadedPage(12, 'https://blog.example/post')).toBe(false);
    expect(sent).toEqual([]);
  });

  it('wired at start: a tab that completes loading is scanned', async () => {
    await switchOn();
    pageAnswers(pageAnswer());
    startAutoScan();
    await fakeBrowser.tabs.onUpdated.trigger(21, { status: 'loading' }, { id: 21, url: 'https://shop.example/' } as never);
    expect(sent).toEqual([]);
    await fakeBrowser.tabs.onUpdated.trigger(21, { status: 'complete' }, { id: 21, url: 'https://shop.example/' } as never);
    await vi.waitFor(async () => expect(await badge(21)).toBe('2'));
  });
});
