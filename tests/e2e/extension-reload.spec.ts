import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { clickToolbarButton, EXTENSION_DIR, launchExtension, openReport, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { expect, test } from './fixtures';
import { DashboardPage } from './pages/dashboard-page';
import { ReportPage } from './pages/report-page';

/** The extension APIs these tests use in the service worker. */
interface ChromeApis {
  runtime: { reload(): void };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
}
declare const chrome: ChromeApis;

/** What Linkscout has put in the page, seen from the page: overlay hosts, highlight boxes, mention highlights and their style sheets. */
function onPage(page: Page) {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('linkscout-overlay');
    const ours = (sheet: CSSStyleSheet) => Array.from(sheet.cssRules).some((r) => r.cssText.includes('linkscout-'));
    return {
      hosts: hosts.length,
      boxes: Array.from(hosts).reduce((n, h) => n + (h.shadowRoot?.querySelectorAll('.box').length ?? 0), 0),
      legends: Array.from(hosts).reduce((n, h) => n + (h.shadowRoot?.querySelectorAll('.legend').length ?? 0), 0),
      unlinked: CSS.highlights.get('linkscout-unlinked')?.size ?? 0,
      toYou: CSS.highlights.get('linkscout-linked-to-you')?.size ?? 0,
      sheets: document.adoptedStyleSheets.filter(ours).length,
    };
  });
}

/** Errors the page's console shows (Linkscout's content scripts log there too) and uncaught ones. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    // The browser asks the fixture server for a favicon it does not have: not Linkscout's doing.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

/**
 * Switch on chrome://extensions' Developer mode, as a developer who reloads an unpacked
 * extension has it: without it Chromium disables an extension loaded from the command line
 * when it reloads (disable reason "unsupported developer extension").
 */
async function developerMode(ext: ExtensionBrowser): Promise<void> {
  const page = await ext.context.newPage();
  await page.goto('chrome://extensions/');
  await page.evaluate(() =>
    (globalThis as unknown as { chrome: { developerPrivate: { updateProfileConfiguration(c: object): Promise<void> } } }).chrome.developerPrivate.updateProfileConfiguration({
      inDeveloperMode: true,
    }),
  );
  await page.close();
}

/**
 * Reload Linkscout as the browser does on an update (chrome.runtime.reload()), and return the
 * browser with the new service worker. Tabs stay open; the extension's own pages close.
 */
async function reloadExtension(ext: ExtensionBrowser, workerErrors: string[]): Promise<ExtensionBrowser> {
  const origin = `chrome-extension://${ext.extensionId}/`;
  const next = ext.context.waitForEvent('serviceworker', { predicate: (w) => w !== ext.worker && w.url().startsWith(origin), timeout: 20_000 });
  // The worker goes away while answering: its evaluation may fail, the reload still happens.
  await ext.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  const worker = await next;
  worker.on('console', (m) => {
    if (m.type() === 'error') workerErrors.push(`worker console: ${m.text()}`);
  });
  // Uncaught errors and rejections in the new worker, kept where the test can read them.
  await worker.evaluate(() => {
    const g = globalThis as unknown as { linkscoutTestErrors: string[] };
    g.linkscoutTestErrors = [];
    self.addEventListener('error', (e) => g.linkscoutTestErrors.push(`error: ${e.message}`));
    self.addEventListener('unhandledrejection', (e) => g.linkscoutTestErrors.push(`rejection: ${String(e.reason)}`));
  });
  return { ...ext, worker };
}

const uncaughtInWorker = (ext: ExtensionBrowser) => ext.worker.evaluate(() => (globalThis as unknown as { linkscoutTestErrors: string[] }).linkscoutTestErrors);

async function addBrandAcme(ext: ExtensionBrowser): Promise<void> {
  const dash = await DashboardPage.open(ext);
  await dash.addBrand('Acme', 'acme.example');
  await dash.page.close();
}

async function clickLinkscout(ext: ExtensionBrowser, page: Page): Promise<{ report: ReportPage; tabId: number }> {
  const tabId = await clickToolbarButton(ext, page);
  return { report: new ReportPage(await openReport(ext, tabId)), tabId };
}

// Its own browser, loading a private copy of the build: a reload re-reads the extension from
// disk (someone rebuilding .output meanwhile must not change it) and must not disturb the shared browser.
test('Linkscout reloaded with a page open: the next click works, with one overlay, one set of highlights and no errors', async ({ fixtureUrl }) => {
  const root = mkdtempSync(path.join(tmpdir(), 'linkscout-reload-'));
  const dir = path.join(root, 'chrome-mv3');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  let ext = await launchExtension({ headless: true, extensionDir: dir });
  const workerErrors: string[] = [];
  try {
    await developerMode(ext);
    await addBrandAcme(ext);
    const page = await ext.context.newPage();
    const errors = collectErrors(page);
    await page.goto(fixtureUrl('e2e/spa-mentions.html'));

    let { report, tabId } = await clickLinkscout(ext, page);
    await expect(report.byTestId('mentions-summary')).toHaveText('1 unlinked · 0 linked elsewhere · 1 linked to you');
    await report.highlightToggle.check();
    await expect.poll(() => onPage(page)).toEqual({ hosts: 1, boxes: 2, legends: 1, unlinked: 1, toYou: 1, sheets: 1 });

    // Updated while the page is open: the old content script is orphaned, its highlights still shown.
    ext = await reloadExtension(ext, workerErrors);
    ({ report, tabId } = await clickLinkscout(ext, page));
    await expect(report.title).toBeVisible();
    await expect(report.byTestId('mentions-summary')).toHaveText('1 unlinked · 0 linked elsewhere · 1 linked to you');
    // The new script took over: the old highlight boxes are gone, the mentions are painted once.
    await expect.poll(() => onPage(page)).toEqual({ hosts: 0, boxes: 0, legends: 0, unlinked: 1, toYou: 1, sheets: 1 });

    await report.highlightToggle.check();
    await expect(report.byTestId('legend-followed')).toHaveText('Followed 2');
    await expect.poll(() => onPage(page)).toEqual({ hosts: 1, boxes: 2, legends: 1, unlinked: 1, toYou: 1, sheets: 1 });
    await report.highlightToggle.uncheck();
    await expect.poll(() => onPage(page)).toMatchObject({ hosts: 0, boxes: 0 });
    // Mention highlights off leaves none, the old script's included; on again paints them once.
    await report.byTestId('mention-highlights').uncheck();
    await expect.poll(() => onPage(page)).toEqual({ hosts: 0, boxes: 0, legends: 0, unlinked: 0, toYou: 0, sheets: 0 });
    await report.byTestId('mention-highlights').check();
    await expect.poll(() => onPage(page)).toMatchObject({ unlinked: 1, toYou: 1, sheets: 1 });

    // The page changes: the new script re-scans it (badge, highlights, list), the old one stays quiet.
    await page.click('#load-more');
    await expect.poll(() => ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('2');
    await expect(report.byTestId('mentions-summary')).toHaveText('2 unlinked · 0 linked elsewhere · 1 linked to you');
    await expect.poll(() => onPage(page)).toMatchObject({ unlinked: 2, toYou: 1, sheets: 1 });

    // Updated again, and this time nobody clicks: when the page next changes, the orphaned script
    // notices its extension is gone, stops watching and takes its highlights away.
    await report.highlightToggle.check();
    await expect.poll(() => onPage(page)).toMatchObject({ hosts: 1, legends: 1 });
    expect(await uncaughtInWorker(ext)).toEqual([]);
    ext = await reloadExtension(ext, workerErrors);
    await page.click('#rewrite');
    await expect.poll(() => onPage(page)).toEqual({ hosts: 0, boxes: 0, legends: 0, unlinked: 0, toYou: 0, sheets: 0 });

    // A moment for late failures (a re-scan's message, a timer) to surface.
    await page.waitForTimeout(1_000);
    expect(errors).toEqual([]);
    expect(await uncaughtInWorker(ext)).toEqual([]);
    expect(workerErrors).toEqual([]);
  } finally {
    await ext.close();
    rmSync(root, { recursive: true, force: true });
  }
});
