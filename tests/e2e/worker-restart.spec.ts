import { clickToolbarButton, launchExtension, openReport, stopServiceWorker } from '../../scripts/lib/extension-browser';
import { expect, test } from './fixtures';
import { DashboardPage } from './pages/dashboard-page';

// Its own browser: stopping the worker must not disturb the other tests' shared one.
test('a service worker stopped in the middle of a save loses nothing: the popup saves once, earlier prospects stay', async ({ fixtureUrl }) => {
  const ext = await launchExtension({ headless: true });
  try {
    // An earlier prospect, saved normally.
    const first = await ext.context.newPage();
    await first.goto(fixtureUrl('verdict/article-with-competitor-link.html'));
    const firstReport = await openReport(ext, await clickToolbarButton(ext, first));
    await firstReport.getByTestId('save-prospect').click();
    await expect(firstReport.getByTestId('saved-note')).toBeVisible();

    const page = await ext.context.newPage();
    await page.goto(fixtureUrl('verdict/resource-page-useful-links.html'));
    const report = await openReport(ext, await clickToolbarButton(ext, page));
    await expect(report.getByTestId('verdict-label')).toBeVisible();

    // Hold the prospects store with a transaction from another extension page, so the worker's
    // save waits on it: the save is surely in flight when the worker is stopped.
    const holder = await DashboardPage.open(ext);
    await holder.page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const w = window as unknown as { holdStore: boolean };
          w.holdStore = true;
          const open = indexedDB.open('linkscout');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const store = open.result.transaction(['prospects'], 'readwrite').objectStore('prospects');
            // Requests one after another keep the transaction (and its lock) alive until released.
            const spin = () => {
              if (w.holdStore) store.count().onsuccess = spin;
            };
            spin();
            resolve();
          };
        }),
    );

    // Record each save the popup sends and whether it was answered or lost with the worker.
    await report.evaluate(() => {
      const w = window as unknown as { saveTries: string[] };
      w.saveTries = [];
      const runtime = chrome.runtime as unknown as { sendMessage: (...args: unknown[]) => unknown; lastError?: unknown };
      const send = runtime.sendMessage.bind(runtime);
      // The polyfill may call with a callback (lastError tells a lost message) or take the promise.
      runtime.sendMessage = (...args: unknown[]) => {
        if ((args[0] as { type?: string }).type !== 'saveProspect') return send(...args);
        const i = w.saveTries.push('sent') - 1;
        const settle = (lost: boolean) => (w.saveTries[i] = lost ? 'lost' : 'answered');
        const last = args.at(-1);
        if (typeof last === 'function') {
          args[args.length - 1] = (reply: unknown) => {
            settle(!!runtime.lastError);
            (last as (r: unknown) => void)(reply);
          };
        }
        const sent = send(...args);
        if (typeof last !== 'function') Promise.resolve(sent).then(() => settle(false), () => settle(true));
        return sent;
      };
    });
    await report.getByTestId('save-prospect').click();
    await expect.poll(() => report.evaluate(() => (window as unknown as { saveTries: string[] }).saveTries.length)).toBe(1);
    await report.waitForTimeout(300);
    expect(await stopServiceWorker(ext)).toBe(true);
    await holder.page.evaluate(() => void ((window as unknown as { holdStore: boolean }).holdStore = false));
    await expect(report.getByTestId('saved-note')).toBeVisible({ timeout: 20_000 });
    const tries = await report.evaluate(() => (window as unknown as { saveTries: string[] }).saveTries);
    // The first try died with the worker; the popup tried again and the restarted worker saved.
    expect(tries[0]).toBe('lost');
    expect(tries.at(-1)).toBe('answered');

    const dash = await DashboardPage.open(ext);
    await expect(dash.row('resource-page-useful-links')).toHaveCount(1);
    await expect(dash.row('article-with-competitor-link')).toHaveCount(1);
    await expect(dash.count).toContainText('2');
  } finally {
    await ext.close();
  }
});

test('a service worker stopped in the middle of an analysis: the popup asks again and shows the report', async ({ fixtureUrl }) => {
  const ext = await launchExtension({ headless: true });
  try {
    const page = await ext.context.newPage();
    await page.goto(fixtureUrl('e2e/twenty-thousand-links.html'));
    const tabId = await clickToolbarButton(ext, page);
    // The report page sends inspectTab as it opens; 20,000 links take the page a few hundred
    // milliseconds, so stopping the worker as soon as the message is out lands mid-analysis.
    const report = await ext.context.newPage();
    await report.addInitScript(() => {
      const runtime = chrome.runtime as unknown as { sendMessage: (...args: unknown[]) => unknown };
      const send = runtime.sendMessage.bind(runtime);
      runtime.sendMessage = (...args: unknown[]) => {
        if ((args[0] as { type?: string }).type === 'inspectTab') (window as unknown as { inspectTries: number }).inspectTries = ((window as unknown as { inspectTries?: number }).inspectTries ?? 0) + 1;
        return send(...args);
      };
    });
    await report.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    await expect.poll(() => report.evaluate(() => (window as unknown as { inspectTries?: number }).inspectTries ?? 0)).toBe(1);
    expect(await stopServiceWorker(ext)).toBe(true);
    const sent = await report.evaluate(() => (window as unknown as { inspectTries: number }).inspectTries);
    await expect(report.getByTestId('count-total')).toContainText('20,000', { timeout: 30_000 });
    // The first request died with the worker; the report came from the retry.
    expect(await report.evaluate(() => (window as unknown as { inspectTries: number }).inspectTries)).toBeGreaterThan(sent);
  } finally {
    await ext.close();
  }
});
