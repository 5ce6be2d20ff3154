import { clickToolbarButton, openReport } from '../../scripts/lib/extension-browser';
import { expect, test } from './fixtures';
import { ReportPage } from './pages/report-page';

/** A status panel a user can act on: a title and at least one full sentence, never blank. */
async function expectClearState(report: ReportPage, testId: string, title: string | RegExp) {
  await expect(report.state).toHaveCount(1);
  await expect(report.state).toHaveAttribute('data-testid', testId);
  await expect(report.state).toBeVisible();
  const [heading, ...rest] = (await report.state.innerText()).split('\n').map((s) => s.trim());
  expect(heading).toMatch(title);
  const message = rest.join(' ');
  expect(message, 'an explanation in a sentence').toMatch(/^[A-Z].{15,}[.!]$/);
  await expect(report.byTestId('link-list')).toHaveCount(0);
  return message;
}

test.describe('clear states instead of a report', () => {
  test('a page without links', async ({ inspect }) => {
    const { report } = await inspect('e2e/no-links.html');
    await expect(report.title).toHaveText('A page without links');
    await expectClearState(report, 'state-no-links', 'No links on this page');
    await expect(report.byTestId('count-total')).toHaveCount(0);
  });

  test('a browser page (chrome://version)', async ({ openTab, reportFor }) => {
    // The toolbar click can't target browser pages here; open the report for its tab directly.
    const { tabId } = await openTab('chrome://version');
    const report = await reportFor(tabId);
    const message = await expectClearState(report, 'state-restricted', 'Linkscout can’t read this page');
    expect(message).toMatch(/browser/);
  });

  test('a plain-text document', async ({ inspect }) => {
    const { report } = await inspect('e2e/plain.txt');
    const message = await expectClearState(report, 'state-not-html', 'Not a web page');
    expect(message).toContain('text/plain');
  });

  test('a PDF', async ({ inspect }) => {
    const { report } = await inspect('e2e/document.pdf');
    const message = await expectClearState(report, 'state-not-html', 'Not a web page');
    expect(message).toMatch(/pdf/i);
  });

  test('a page that never finishes loading (a script it waits for never answers): a clear state, not endless loading', async ({ ext, fixtureUrl }) => {
    test.setTimeout(60_000);
    const page = await ext.context.newPage();
    try {
      // The page's parser waits for this script for ever: the request is held, never answered.
      await page.route('**/never-answers.js', () => undefined);
      await page.goto(fixtureUrl('e2e/waits-for-a-script-that-never-answers.html'), { waitUntil: 'commit' });
      await expect(page.getByRole('heading', { name: 'Half a page' })).toBeVisible();
      const report = new ReportPage(await openReport(ext, await clickToolbarButton(ext, page)));
      const message = await expectClearState(report, 'state-no-response', 'The page did not answer');
      expect(message).toMatch(/has not finished loading/);
      await report.page.close();
    } finally {
      await page.close();
    }
  });

  test('a page the user never clicked the button on, then after the click', async ({ ext, fixtureUrl, openTab, reportFor }) => {
    const { page, tabId } = await openTab(fixtureUrl('blog-post.html'));
    const denied = await reportFor(tabId);
    const message = await expectClearState(denied, 'state-no-access', 'No access to this page');
    expect(message).toContain('Click the Linkscout button');

    // Doing what the message says works.
    expect(await clickToolbarButton(ext, page)).toBe(tabId);
    const granted = await reportFor(tabId);
    await expect(granted.title).toHaveText('Ten tools for testing link placement');
    expect(await granted.stat('total')).toBe(16);
  });
});
