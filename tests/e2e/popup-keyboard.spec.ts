import { expect, test } from './fixtures';
import { textContrasts } from './pages/contrast';
import type { ReportPage } from './pages/report-page';

/** Whether the focused row lies inside the list's scroll box (the user can see what has focus). */
async function focusedRowInView(report: ReportPage): Promise<boolean> {
  return report.page.evaluate(() => {
    const row = document.activeElement!.getBoundingClientRect();
    const list = document.querySelector('[data-testid="link-list"]')!.getBoundingClientRect();
    return row.top >= list.top - 1 && row.bottom <= list.bottom + 1;
  });
}

test.describe('the popup from the keyboard', () => {
  test('the link list is one tab stop: arrows, Home/End and PageUp/PageDown move between rows, Enter reveals a link', async ({ inspect }) => {
    const { report, site } = await inspect('blog-post.html');
    const keys = report.page.keyboard;
    await expect(report.shownCount).toHaveText('16 of 16 links');
    // Every row says where it sits among all 16, whatever the virtualiser renders.
    await expect(report.linkList).toBeVisible();
    await expect(report.linkList.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '16');
    await expect(report.linkList.getByRole('listitem').first()).toHaveAttribute('aria-posinset', '1');

    // Tab from the last filter enters the list at its first row; the next Tab leaves it.
    await report.filter('Hidden').focus();
    await keys.press('Tab');
    expect(await report.focusedRow()).toMatchObject({ pos: 0 });
    await keys.press('Tab');
    expect(await report.focusedRow()).toBeNull();
    await keys.press('Shift+Tab');
    expect(await report.focusedRow()).toMatchObject({ pos: 0 });

    await keys.press('ArrowDown');
    expect(await report.focusedRow()).toMatchObject({ pos: 1 });
    await keys.press('ArrowUp');
    expect(await report.focusedRow()).toMatchObject({ pos: 0 });
    await keys.press('End');
    expect(await report.focusedRow()).toMatchObject({ pos: 15, label: 'Partner' });
    expect(await focusedRowInView(report)).toBe(true);
    await keys.press('Home');
    expect(await report.focusedRow()).toMatchObject({ pos: 0 });
    await keys.press('PageDown');
    const paged = (await report.focusedRow())!.pos;
    expect(paged).toBeGreaterThan(1);
    await keys.press('PageUp');
    expect(await report.focusedRow()).toMatchObject({ pos: 0 });

    // Down to the research paper, then Enter: the page scrolls to the link, the row is marked picked.
    for (let i = 0; i < 16 && (await report.focusedRow())?.label !== 'a research paper on link value'; i++) await keys.press('ArrowDown');
    expect(await site.scrollY()).toBe(0);
    await keys.press('Enter');
    await expect.poll(() => site.scrollY(), { message: 'the page scrolled to the link' }).toBeGreaterThan(0);
    await expect(report.details).toContainText('a research paper on link value');
    const picked = report.page.locator('[data-testid="link-row"][aria-current="true"]');
    await expect(picked).toHaveCount(1);
    await expect(picked).toContainText('a research paper on link value');
    // Picked shows without colour too (a bar on its right edge), and its text stays legible on its background.
    const edge = (loc: typeof picked) => loc.evaluate((el) => getComputedStyle(el).borderRightWidth);
    expect(await edge(picked)).toBe('4px');
    expect(await report.rows.first().evaluate((el) => getComputedStyle(el).borderRightColor)).toBe('rgba(0, 0, 0, 0)');
    for (const t of await textContrasts(picked)) expect(t.ratio, `"${t.text}" on the picked row`).toBeGreaterThanOrEqual(4.5);

    // Space activates a row as well; a hidden link's note is read out from a live region.
    for (let i = 0; i < 16 && (await report.focusedRow())?.label !== 'display none link'; i++) await keys.press('ArrowUp');
    await keys.press('Space');
    await expect(report.details.getByRole('status')).toHaveText('Hidden link: scrolled to where it sits, but there is nothing to see.');
  });

  test('on a page of 20,000 links, focus stays on a row through paging and wheel scrolling', async ({ inspect }) => {
    const { report } = await inspect('e2e/twenty-thousand-links.html');
    const keys = report.page.keyboard;
    await expect(report.shownCount).toHaveText('20,000 of 20,000 links', { timeout: 30_000 });
    const items = report.linkList.getByRole('listitem');
    await expect(items.first()).toHaveAttribute('aria-setsize', '20000');

    await report.filter('Hidden').focus();
    await keys.press('Tab');
    expect(await report.focusedRow()).toMatchObject({ pos: 0, label: 'Site number 0' });
    let last = 0;
    for (let i = 0; i < 30; i++) {
      await keys.press('PageDown');
      const row = await report.focusedRow();
      expect(row, `focus on a row after PageDown ${i + 1}`).not.toBeNull();
      expect(row!.pos).toBeGreaterThan(last);
      expect(row!.label).toBe(`Site number ${row!.pos}`);
      last = row!.pos;
    }
    expect(await focusedRowInView(report)).toBe(true);

    // The wheel scrolls the focused row far out of view: it is kept, still focused.
    await report.list.hover();
    for (let i = 0; i < 10; i++) await report.page.mouse.wheel(0, 3000);
    await expect.poll(() => report.list.evaluate((el) => el.scrollTop)).toBeGreaterThan(last * 58 + 3000);
    expect(await report.focusedRow()).toMatchObject({ pos: last });
    expect(await report.focusedElement()).toBe('link-row');
    // The next arrow brings it back into view.
    await keys.press('ArrowDown');
    expect(await report.focusedRow()).toMatchObject({ pos: last + 1 });
    await expect.poll(() => focusedRowInView(report)).toBe(true);

    await keys.press('End');
    await expect.poll(() => report.focusedRow()).toMatchObject({ pos: 19999, label: 'Site number 19999' });
    await expect(report.page.locator(':focus')).toHaveAttribute('data-index', '19999');
    await expect(report.page.locator('[role="listitem"]:has(:focus)')).toHaveAttribute('aria-posinset', '20000');
    // One Shift+Tab back past 20,000 rows.
    await keys.press('Shift+Tab');
    await expect(report.filter('Hidden')).toBeFocused();
  });

  test('Save prospect hands focus to the status select that replaces it, and the save is announced', async ({ inspect }) => {
    const { report } = await inspect('blog-post.html');
    const note = report.byTestId('saved-note');
    // The live region is there, empty, before the save.
    await expect(note).toHaveAttribute('role', 'status');
    await expect(note).toHaveText('');
    await report.byTestId('save-prospect').focus();
    await report.page.keyboard.press('Enter');
    await expect(report.byTestId('prospect-status')).toBeFocused();
    await expect(report.page.getByRole('status').filter({ hasText: 'Saved as a prospect' })).toHaveCount(1);
  });

  test('Clear filters puts focus in the search box; the count of shown links is announced', async ({ inspect }) => {
    const { report } = await inspect('blog-post.html');
    await expect(report.shownCount).toHaveAttribute('role', 'status');
    await report.filter('nofollow').check();
    await expect(report.shownCount).toHaveText('2 of 16 links');
    await report.clearFilters.focus();
    await report.page.keyboard.press('Enter');
    await expect(report.shownCount).toHaveText('16 of 16 links');
    await expect(report.clearFilters).toHaveCount(0);
    await expect(report.search).toBeFocused();
  });

  test('verdict signals say their tone in words; the search placeholder is legible', async ({ inspect }) => {
    const { report } = await inspect('blog-post.html');
    await report.page.getByRole('button', { name: 'All signals' }).click();
    const signals = report.byTestId('verdict-signals');
    const count = await signals.locator(':scope > li').count();
    expect(count).toBeGreaterThan(3);
    // What a screen reader gets: the tone in words before each signal's title.
    const snapshot = await signals.ariaSnapshot();
    expect(snapshot.match(/^ {4}- text: "(Good|Neutral|Bad|Unknown): /gm) ?? []).toHaveLength(count);

    const [placeholder] = await textContrasts(report.search, 'placeholder');
    expect(placeholder!.text).toBe('Search anchor text or URL');
    expect(placeholder!.ratio).toBeGreaterThanOrEqual(4.5);
  });
});
