import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { clickToolbarButton, EXTENSION_DIR, launchExtension, openReport, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { expect, test } from './fixtures';
import { DashboardPage } from './pages/dashboard-page';

/** The extension APIs these tests read in the service worker and extension pages. */
interface ChromeApis {
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>> };
  tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> };
}
declare const chrome: ChromeApis;

const badgeOf = (ext: ExtensionBrowser, tabId: number) => ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

/** How many ranges each Linkscout mention highlight holds in the page (CSS Custom Highlight API). */
const painted = (page: Page) =>
  page.evaluate(() => ({
    unlinked: CSS.highlights.get('linkscout-unlinked')?.size ?? 0,
    toYou: CSS.highlights.get('linkscout-linked-to-you')?.size ?? 0,
  }));

async function addBrandAcme(ext: ExtensionBrowser): Promise<DashboardPage> {
  const dash = await DashboardPage.open(ext);
  await dash.addBrand('Acme', 'acme.example');
  return dash;
}

test('a page that changes after the click is re-scanned by itself: badge, highlights and the open popup follow', async ({ ext, inspect }) => {
  const dash = await addBrandAcme(ext);
  await dash.page.close();

  const { report, site, tabId } = await inspect('e2e/spa-mentions.html');
  await expect(report.byTestId('mentions-summary')).toHaveText('1 unlinked · 0 linked elsewhere · 1 linked to you');
  expect(await badgeOf(ext, tabId)).toBe('1');
  expect(await painted(site.page)).toEqual({ unlinked: 1, toYou: 1 });

  // Infinite scroll: an item with an unlinked mention is appended. No click on Linkscout.
  await site.page.click('#load-more');
  await expect.poll(() => badgeOf(ext, tabId)).toBe('2');
  await expect.poll(() => painted(site.page)).toEqual({ unlinked: 2, toYou: 1 });
  await expect(report.byTestId('mentions-summary')).toHaveText('2 unlinked · 0 linked elsewhere · 1 linked to you');

  // A single-page app re-renders a paragraph: its link to the brand's site is gone.
  await site.page.click('#rewrite');
  await expect.poll(() => badgeOf(ext, tabId)).toBe('3');
  await expect.poll(() => painted(site.page)).toEqual({ unlinked: 3, toYou: 0 });
  await expect(report.byTestId('mentions-summary')).toHaveText('3 unlinked · 0 linked elsewhere · 0 linked to you');

  // A web component's shadow root and a same-origin frame change: the document's own
  // observer sees neither, the scan told the watch about both.
  await site.page.click('#edit-card');
  await expect.poll(() => badgeOf(ext, tabId)).toBe('4');
  await site.page.click('#edit-frame');
  await expect.poll(() => badgeOf(ext, tabId)).toBe('5');
  await expect(report.byTestId('mentions-summary')).toHaveText('5 unlinked · 0 linked elsewhere · 0 linked to you');
  // The frame's mention is painted in the frame (its document has its own highlight registry).
  const frame = site.page.frameLocator('#frame');
  await expect.poll(() => frame.locator('body').evaluate(() => CSS.highlights.get('linkscout-unlinked')?.size ?? 0)).toBe(1);

  // The refreshed list reveals the right mention: numbered again in page order.
  const rows = report.byTestId('mention-row');
  await expect(rows).toHaveCount(5);
  await rows.filter({ hasText: 'Readers asked' }).click();
  await expect.poll(() => site.page.evaluate(() => CSS.highlights.get('linkscout-mention-flash')?.size ?? 0)).toBe(1);
  const flashed = await site.page.evaluate(() => {
    const [range] = [...(CSS.highlights.get('linkscout-mention-flash') as Set<AbstractRange> | undefined ?? [])];
    return range ? (range.startContainer.parentElement?.id ?? null) : null;
  });
  expect(flashed).toBe('loaded');
  await expect(report.page.getByText('This mention is no longer on the page.')).toHaveCount(0);
});

/**
 * The built extension with its optional host access already granted, as the browser's prompt
 * grants it. Headless Chromium shows the prompt of `permissions.request` to nobody: the request
 * stays pending (no switch or DevTools method answers it), and chrome://extensions' site-access
 * controls do not grant optional host permissions. Declared as `host_permissions`, the access is
 * granted at install, `permissions.request` then resolves at once, and the user can still take
 * it back in chrome://extensions (site access "On click"), which fires `permissions.onRemoved`.
 */
function buildWithSiteAccessGranted(): { dir: string; remove: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'linkscout-granted-'));
  const dir = path.join(root, 'chrome-mv3');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  manifest.host_permissions = manifest.optional_host_permissions;
  delete manifest.optional_host_permissions;
  writeFileSync(file, JSON.stringify(manifest));
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Open a page in a new tab, clicking nothing; its tab id is the one that appeared (without access to it, its URL is not visible). */
async function openUnclicked(ext: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const ids = () => ext.worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id ?? -1));
  const before = new Set(await ids());
  const page = await ext.context.newPage();
  await page.goto(url);
  const added = (await ids()).filter((id) => !before.has(id));
  if (added.length !== 1) throw new Error(`Expected one new tab for ${url}, found ${added.length}`);
  return { page, tabId: added[0]! };
}

/** Take Linkscout's access to sites back, as a user does in chrome://extensions (Site access: On click). */
async function takeSiteAccessBack(ext: ExtensionBrowser): Promise<void> {
  const page = await ext.context.newPage();
  await page.goto(`chrome://extensions/?id=${ext.extensionId}`);
  await page.evaluate(
    (id) =>
      (globalThis as unknown as { chrome: { developerPrivate: { updateExtensionConfiguration(c: object): Promise<void> } } }).chrome.developerPrivate.updateExtensionConfiguration({
        extensionId: id,
        hostAccess: 'ON_CLICK',
      }),
    ext.extensionId,
  );
  await page.close();
}

// Its own browser, with the access granted: the shared one must keep the manifest as built.
test('auto-scan: switched on, every page gets its badge as it loads, without a click; access taken back in the browser stops it', async ({ fixtureUrl }) => {
  const build = buildWithSiteAccessGranted();
  const ext = await launchExtension({ headless: true, extensionDir: build.dir });
  try {
    const dash = await addBrandAcme(ext);
    const state = dash.byTestId('auto-scan-state');
    await expect(state).toHaveAttribute('data-state', 'off');
    await dash.byTestId('auto-scan-switch').click();
    await expect(state).toHaveAttribute('data-state', 'on');
    await expect(dash.byTestId('auto-scan-switch')).toBeChecked();
    await expect
      .poll(() => ext.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => `${s.id} ${s.matches?.join(' ')}`)))
      .toEqual(['linkscout-auto-scan http://*/* https://*/*']);

    // A page opened after that: scanned as it loads, nothing clicked.
    const { page, tabId } = await openUnclicked(ext, fixtureUrl('e2e/spa-mentions.html'));
    await expect.poll(() => badgeOf(ext, tabId)).toBe('1');
    // Counted for the badge, not painted: no one asked to see them, and a page's own scripts can
    // read a painted highlight (CSS.highlights), and with it the names the user follows.
    expect(await painted(page)).toEqual({ unlinked: 0, toYou: 0 });
    // …and watched as it changes.
    await page.click('#load-more');
    await expect.poll(() => badgeOf(ext, tabId)).toBe('2');
    expect(await painted(page)).toEqual({ unlinked: 0, toYou: 0 });
    // The user opens Linkscout on the page: now they are painted where they stand.
    const report = await openReport(ext, await clickToolbarButton(ext, page));
    await expect.poll(() => painted(page)).toEqual({ unlinked: 2, toYou: 1 });
    await report.close();

    // The user takes access to sites back in the browser: the options page says so, pages are left alone.
    await takeSiteAccessBack(ext);
    await expect(state).toHaveAttribute('data-state', 'access-removed');
    await expect(dash.byTestId('auto-scan-switch')).not.toBeChecked();
    await expect.poll(() => ext.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)).toBe(0);
    const later = await openUnclicked(ext, fixtureUrl('e2e/spa-mentions.html'));
    await later.page.waitForTimeout(1500);
    expect(await badgeOf(ext, later.tabId)).toBe('');
  } finally {
    await ext.close();
    build.remove();
  }
});
