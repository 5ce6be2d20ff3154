import { expect, test } from './fixtures';
import { textContrasts } from './pages/contrast';
import { DashboardPage } from './pages/dashboard-page';

test('brand mentions: listed by link state, highlighted in place, a click scrolls to one, the badge counts the unlinked', async ({ ext, inspect }) => {
  const dash = await DashboardPage.open(ext);
  await dash.addBrand('Acme', 'acme.example');
  await dash.addBrand('Rival', 'rival.example', 'competitor');
  await expect(dash.page.getByTestId('brand-item')).toHaveCount(2);

  const { report, site, tabId } = await inspect('e2e/brand-mentions.html');
  await expect(report.byTestId('mentions-summary')).toHaveText('1 unlinked · 1 linked elsewhere · 1 linked to you');
  await expect(report.byTestId('mentions')).toContainText('+1 in hidden text');
  const rows = report.byTestId('mention-row');
  // Unlinked first: the outreach opportunities.
  await expect(rows.first()).toHaveAttribute('data-state', 'unlinked');
  await expect(rows.first()).toContainText('ACME-branded');
  // A paragraph of the article, even the last one: the mention sits in the content.
  await expect(rows.first()).toContainText('Content');
  await expect(report.page.locator('[data-testid="mention-row"][data-owner="competitor"]')).toHaveCount(1);

  // One "Brand mentions" region (the list inside it is not another); the list is named.
  await expect(report.page.getByRole('region', { name: 'Brand mentions' })).toHaveCount(1);
  await expect(report.page.getByRole('list', { name: 'Mentions' })).toBeVisible();
  // A mention in hidden text is marked, not faded below a legible contrast.
  const hiddenRow = report.page.locator('[data-testid="mention-row"][data-visible="false"]');
  await expect(hiddenRow).toHaveCount(1);
  const hiddenTexts = await textContrasts(hiddenRow);
  expect(hiddenTexts.map((t) => t.text)).toContain('hidden on the page');
  for (const t of hiddenTexts) expect(t.ratio, `"${t.text}" in the hidden mention's row`).toBeGreaterThanOrEqual(4.5);
  // The list is one tab stop: arrows move between its rows, Tab leaves it.
  await rows.first().focus();
  await report.page.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await report.page.keyboard.press('Tab');
  expect(await report.focusedElement()).not.toBe('mention-row');
  // A note on revealing a mention will be announced: its live region is there before it.
  await expect(report.byTestId('mentions-note')).toHaveAttribute('role', 'status');

  // Highlighted with the CSS Custom Highlight API: nothing added to the page's DOM.
  const painted = await site.page.evaluate(() => ({
    unlinked: CSS.highlights.get('linkscout-unlinked')?.size ?? 0,
    elsewhere: CSS.highlights.get('linkscout-linked-elsewhere')?.size ?? 0,
    toYou: CSS.highlights.get('linkscout-linked-to-you')?.size ?? 0,
    marks: document.querySelectorAll('mark, [class*="linkscout"]').length,
  }));
  expect(painted).toEqual({ unlinked: 1, elsewhere: 1, toYou: 2, marks: 0 });

  // The badge shows the unlinked mentions of the user's own brand.
  const badge = await ext.worker.evaluate((id) => (chrome as unknown as { action: { getBadgeText(d: object): Promise<string> } }).action.getBadgeText({ tabId: id }), tabId);
  expect(badge).toBe('1');

  // A click on the unlinked mention scrolls the page to it.
  expect(await site.page.evaluate(() => window.scrollY)).toBe(0);
  await rows.first().click();
  await expect.poll(() => site.page.evaluate(() => document.getElementById('unlinked-far-down')!.getBoundingClientRect().top)).toBeLessThan(800);
  expect(await site.page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

  // Highlights off: gone from the page.
  await report.byTestId('mention-highlights').uncheck();
  await expect.poll(() => site.page.evaluate(() => CSS.highlights.get('linkscout-unlinked')?.size ?? 0)).toBe(0);

  // Saved as an unlinked-mention prospect, the mentions kept with the visit.
  await report.byTestId('save-as-mention').click();
  await expect(report.byTestId('save-as-mention-result')).toHaveText('Saved as an unlinked-mention prospect.');
  await expect(report.byTestId('saved-note')).toBeVisible();
  await dash.page.reload();
  await expect(dash.row('brand-mentions')).toContainText('Unlinked mention');
  const backup = JSON.parse((await dash.export('json')).text) as { prospects: Array<{ url: string; pageType: string; snapshots: Array<{ mentions?: Array<{ matched: string; state: string }> }> }> };
  const saved = backup.prospects.find((p) => p.url.includes('brand-mentions'))!;
  expect(saved.pageType).toBe('unlinked-mention');
  expect(saved.snapshots.at(-1)!.mentions!.filter((m) => m.state === 'unlinked').map((m) => m.matched)).toEqual(['ACME']);
});
