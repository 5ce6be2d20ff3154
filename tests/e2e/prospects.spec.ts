import { SAVE_PAUSE_MS } from '../../utils/options/use-draft-field';
import { launchExtension } from '../../scripts/lib/extension-browser';
import { expect, test } from './fixtures';
import { DashboardPage } from './pages/dashboard-page';

const RESOURCE_PAGE = 'verdict/resource-page-useful-links.html';

/** The prospects of a JSON backup, without what differs between two exports (the export time). */
function prospectsOf(backup: string): unknown[] {
  const doc = JSON.parse(backup) as { format: string; prospects: Array<{ url: string }> };
  expect(doc.format).toBe('linkscout-backup');
  return [...doc.prospects].sort((a, b) => a.url.localeCompare(b.url));
}

test('a resource page: verdict, one-click save, status in the dashboard and the popup, export, re-import into an empty profile', async ({
  ext,
  inspect,
  reportFor,
}) => {
  const dash = await DashboardPage.open(ext);
  await dash.setSettings({ mySites: 'https://www.linkscout.example/', competitors: 'backlinks.example.net', topics: 'link building\nseo tools' });
  // A host or URL is stored as its site.
  await expect(dash.byTestId('settings-competitors-stored')).toHaveText('Stored: example.net');
  await expect(dash.byTestId('settings-my-sites-stored')).toHaveText('Stored: linkscout.example');

  const { report, tabId } = await inspect(RESOURCE_PAGE);
  // The verdict comes first, with the reasons that decided it.
  await expect(report.byTestId('verdict-label')).toHaveText('Strong');
  const reasons = report.byTestId('verdict-reasons');
  await expect(reasons).toContainText('Resource page');
  await expect(reasons).toContainText('Links to competitor example.net but not to you');

  await report.byTestId('save-prospect').click();
  await expect(report.byTestId('saved-note')).toHaveText('Saved as a prospect');
  await expect(report.byTestId('prospect-status')).toHaveValue('new');

  // In the dashboard: one row, whose status the user changes there.
  await dash.page.reload();
  const row = dash.row('resource-page-useful-links');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Useful SEO resources for link builders');
  await row.getByTestId('status-select').selectOption('contacted');

  // The popup on the same page shows the saved status, and saving again is impossible from there.
  const again = await reportFor(tabId);
  await expect(again.byTestId('saved-note')).toHaveText('Saved prospect');
  await expect(again.byTestId('prospect-status')).toHaveValue('contacted');
  await expect(again.byTestId('save-prospect')).toHaveCount(0);
  // …and a status changed in the popup shows in the dashboard.
  await again.byTestId('prospect-status').selectOption('replied');
  await dash.page.reload();
  await expect(dash.row('resource-page-useful-links').getByTestId('status-select')).toHaveValue('replied');
  // Notes typed and left in the field (no blur) are saved after a pause: a reload keeps them.
  await dash.row('resource-page-useful-links').getByTestId('notes-input').fill('Emailed the editor, waiting');
  await dash.page.waitForTimeout(SAVE_PAUSE_MS + 500);
  await dash.page.reload();
  await expect(dash.row('resource-page-useful-links').getByTestId('notes-input')).toHaveValue('Emailed the editor, waiting');

  const json = await dash.export('json');
  expect(json.name).toMatch(/^linkscout-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = prospectsOf(json.text);
  expect(saved.length).toBeGreaterThan(0);
  const csv = await dash.export('csv');
  expect(csv.text.charCodeAt(0)).toBe(0xfeff);

  // A new browser profile: empty, then the same rows from either file.
  for (const file of [json.path, csv.path]) {
    const fresh = await launchExtension({ headless: true });
    try {
      const empty = await DashboardPage.open(fresh);
      await expect(empty.count).toContainText('0');
      expect(await empty.import(file)).toMatch(new RegExp(`${saved.length} added`));
      const back = await empty.export('json');
      expect(prospectsOf(back.text)).toEqual(saved);
    } finally {
      await fresh.close();
    }
  }
});
