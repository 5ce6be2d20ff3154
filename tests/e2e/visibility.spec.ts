import { clickToolbarButton, tabReport } from '../../scripts/lib/extension-browser';
import { expect, test } from './fixtures';

// Layout-based hiding (size, position, clipping, colour) can only be judged in a real browser.
test('each way of hiding a link is found and named; the fold is measured', async ({ ext, fixtureUrl, openTab, reportFor }) => {
  const { page } = await openTab(fixtureUrl('e2e/each-way-of-hiding-a-link.html'));
  const tabId = await clickToolbarButton(ext, page);
  const report = await reportFor(tabId);
  const result = await tabReport(report.page, tabId);
  expect(result?.ok).toBe(true);
  if (!result?.ok) return;
  const byText = Object.fromEntries(result.report.links.map((l) => [l.text, l]));
  const hiddenBy = (text: string) => byText[text]?.hiddenBy;

  expect(hiddenBy('display none')).toBe('display');
  expect(hiddenBy('visibility hidden')).toBe('visibility');
  expect(hiddenBy('opacity zero')).toBe('opacity');
  expect(hiddenBy('zero size')).toBe('zero-size');
  expect(hiddenBy('off screen')).toBe('off-screen');
  expect(hiddenBy('clipped')).toBe('clip');
  expect(hiddenBy('hidden attribute')).toBe('hidden-attribute');
  expect(hiddenBy('aria hidden')).toBe('aria-hidden');
  expect(hiddenBy('white on white')).toBe('same-colour');
  expect(hiddenBy('dark on dark')).toBe('same-colour');

  expect(byText['a plain link']).toMatchObject({ visible: true, hiddenBy: null, aboveFold: true });
  expect(byText['below the fold']).toMatchObject({ visible: true, aboveFold: false });
  expect(result.report.page.layout).toBe(true);
  await expect(report.byTestId('count-hidden')).toContainText('10');
});
