import { test as base, expect, type Page } from '@playwright/test';
import path from 'node:path';
import {
  buildStatus,
  clickToolbarButton,
  EXTENSION_DIR,
  launchExtension,
  openReport,
  ROOT,
  type ExtensionBrowser,
} from '../../scripts/lib/extension-browser';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { InspectedPage } from './pages/inspected-page';
import { ReportPage } from './pages/report-page';

export const FIXTURES_DIR = path.join(ROOT, 'tests/fixtures');

export interface Inspection {
  /** The page the user inspected (the tab the toolbar button was clicked on). */
  site: InspectedPage;
  /** The popup's report for that tab, opened as a page of its own. */
  report: ReportPage;
  tabId: number;
}

interface WorkerFixtures {
  /** Chromium with the built extension, shared by the tests of a worker. */
  ext: ExtensionBrowser;
  /** Loopback server for tests/fixtures (`/blog-post.html`, `/e2e/...`). */
  server: StaticServer;
}

interface TestFixtures {
  /** A fixture's URL, unique per call (the toolbar click finds its tab by URL). */
  fixtureUrl: (file: string) => string;
  /** Open a URL in a new tab without clicking anything; returns the page and its tab id. */
  openTab: (url: string) => Promise<{ page: Page; tabId: number }>;
  /** Open the report page for a tab, as `popup.html?tabId=`. */
  reportFor: (tabId: number) => Promise<ReportPage>;
  /** What a user does: open a fixture page, click Linkscout's toolbar button, read the report. */
  inspect: (file: string) => Promise<Inspection>;
}

let unique = 0;

export const test = base.extend<TestFixtures, WorkerFixtures>({
  ext: [
    async ({}, use) => {
      const status = buildStatus();
      if (!status.built) {
        throw new Error(`No built extension in ${EXTENSION_DIR}. Build it first: npx wxt build (or npm run build), then npx playwright test.`);
      }
      if (status.stale) console.warn(`[e2e] ${EXTENSION_DIR} is older than the sources: these tests run the last build. Run npx wxt build to test the current code.`);
      const ext = await launchExtension({ headless: true });
      await use(ext);
      await ext.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],

  server: [
    async ({}, use) => {
      const server = await startStaticServer(FIXTURES_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  fixtureUrl: async ({ server }, use) => {
    await use((file) => `${server.origin}/${file.replace(/^\//, '')}?run=${++unique}`);
  },

  openTab: async ({ ext }, use) => {
    const opened: Page[] = [];
    await use(async (url) => {
      const before = new Set(await tabIds(ext));
      const page = await ext.context.newPage();
      opened.push(page);
      await page.goto(url);
      const added = (await tabIds(ext)).filter((id) => !before.has(id));
      if (added.length !== 1) throw new Error(`Expected one new tab for ${url}, found ${added.length}`);
      return { page, tabId: added[0]! };
    });
    // Each test leaves the shared browser as it found it.
    for (const p of opened) await p.close().catch(() => undefined);
  },

  reportFor: async ({ ext }, use) => {
    const opened: Page[] = [];
    await use(async (tabId) => {
      const page = await openReport(ext, tabId);
      opened.push(page);
      return new ReportPage(page);
    });
    for (const p of opened) await p.close().catch(() => undefined);
  },

  inspect: async ({ ext, fixtureUrl, openTab, reportFor }, use) => {
    await use(async (file) => {
      const { page } = await openTab(fixtureUrl(file));
      const tabId = await clickToolbarButton(ext, page);
      const report = await reportFor(tabId);
      return { site: new InspectedPage(page), report, tabId };
    });
  },
});

async function tabIds(ext: ExtensionBrowser): Promise<number[]> {
  return ext.worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id ?? -1));
}

export { expect };
