import { clickToolbarButton } from '../../scripts/lib/extension-browser';
import { expect, test } from './fixtures';

test('the toolbar popup itself inspects the tab it was opened on', async ({ ext, fixtureUrl, openTab }) => {
  const { page, tabId } = await openTab(fixtureUrl('blog-post.html'));
  // The real popup opens on the click and inspects the active tab; the background keeps the
  // scored report for that tab in session storage.
  await clickToolbarButton(ext, page, { keepPopup: true });
  const stored = () =>
    ext.worker.evaluate(async (id) => {
      const key = `report:${id}`;
      const got = (await chrome.storage.session.get(key)) as Record<string, { ok: boolean; report?: { summary: { total: number }; page: { title: string } } }>;
      const r = got[key];
      return r?.ok ? { total: r.report!.summary.total, title: r.report!.page.title } : null;
    }, tabId);
  await expect.poll(stored, { timeout: 15_000 }).toEqual({ total: 16, title: 'Ten tools for testing link placement' });
});
