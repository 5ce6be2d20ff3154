import { clickToolbarButton, tabReport } from '../../scripts/lib/extension-browser';
import { expect, test } from './fixtures';

// Placement by layout: only a real browser draws the columns.
test('a short column beside the article, ending before its text starts below a hero image, is a sidebar, not a menu above it', async ({ ext, fixtureUrl, openTab, reportFor }) => {
  const { page } = await openTab(fixtureUrl('e2e/short-column-beside-the-article.html'));
  const tabId = await clickToolbarButton(ext, page);
  const result = await tabReport((await reportFor(tabId)).page, tabId);
  expect(result?.ok).toBe(true);
  if (!result?.ok) return;
  const byText = Object.fromEntries(result.report.links.map((l) => [l.text, l]));
  expect(byText['this guide to link weight']?.placement).toBe('content');
  for (const t of ['What is domain authority?', 'Nofollow and dofollow links explained', 'An SEO audit in one afternoon']) {
    expect(byText[t]).toMatchObject({ placement: 'sidebar', placementReasons: ['in a column right of the main content'] });
  }
  expect(byText['Blog']?.placement).not.toBe('sidebar');
});
