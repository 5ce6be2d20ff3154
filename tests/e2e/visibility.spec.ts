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
  // text-indent: -9999px keeps the box and moves the words where no one sees them; a logo's
  // image replacement shows its background image instead, an icon its glyph, and a small indent
  // hides nothing.
  expect(hiddenBy('pushed out by text-indent')).toBe('text-indent');
  expect(hiddenBy('pushed off the page by text-indent')).toBe('text-indent');
  expect(byText['indented a little']).toMatchObject({ visible: true, hiddenBy: null });
  expect(byText['a logo drawn as a background image']).toMatchObject({ visible: true, hiddenBy: null });
  // An icon font's glyph in ::before is what the reader sees of a social icon link.
  expect(byText['an icon drawn by a pseudo-element']).toMatchObject({ visible: true, hiddenBy: null });
  expect(hiddenBy('clipped to a circle of radius 0')).toBe('clip');

  // A wrapper 1px thin shows nothing of what it holds; one folded shut (a CSS accordion, a closed
  // <details>) holds content the reader opens; a box the browser draws as nothing, for no reason
  // a reader can undo, has no box.
  expect(hiddenBy('in a box 1px high')).toBe('clip');
  expect(hiddenBy('in a box 0px high')).toBe('collapsed');
  expect(hiddenBy('inside a closed details')).toBe('collapsed');
  expect(hiddenBy('in a box drawn as nothing')).toBe('zero-size');
  // An image map's area is drawn where its image is (browsers give the area itself display: none).
  const area = (href: string) => result.report.links.find((l) => l.href === href);
  expect(area('https://map-area.example/')).toMatchObject({ element: 'area', visible: true, hiddenBy: null, imageAlt: 'map area' });
  expect(area('https://unused-map.example/')).toMatchObject({ visible: false });

  expect(byText['a plain link']).toMatchObject({ visible: true, hiddenBy: null, aboveFold: true });
  expect(byText['below the fold']).toMatchObject({ visible: true, aboveFold: false });
  // The fold is a visible link's: a hidden one is nowhere on the screen.
  expect(byText['off screen']).toMatchObject({ visible: false, aboveFold: null });
  expect(result.report.page.layout).toBe(true);
  await expect(report.byTestId('count-hidden')).toContainText('18');
});

test('a body with no height of its own (its content all positioned) hiding its overflow hides none of its links', async ({ ext, fixtureUrl, openTab, reportFor }) => {
  const { page } = await openTab(fixtureUrl('e2e/positioned-content-in-a-flat-body.html'));
  const tabId = await clickToolbarButton(ext, page);
  const result = await tabReport((await reportFor(tabId)).page, tabId);
  expect(result?.ok).toBe(true);
  if (!result?.ok) return;
  expect(result.report.links.map((l) => [l.text, l.visible, l.hiddenBy])).toEqual([
    ['Home', true, null],
    ['a source in the article', true, null],
  ]);
});
