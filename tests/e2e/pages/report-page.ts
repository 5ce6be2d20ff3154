import { expect, type Locator, type Page } from '@playwright/test';
import type { Placement } from '../../../utils/analysis/types';

/** The popup's report (popup.html?tabId=N), as a user reads and operates it. */
export class ReportPage {
  constructor(readonly page: Page) {}

  byTestId(id: string): Locator {
    return this.page.getByTestId(id);
  }

  /** The status panel shown instead of a report (state-restricted, state-no-links, …). */
  get state(): Locator {
    return this.page.locator('[data-testid^="state-"]');
  }

  get title(): Locator {
    return this.byTestId('page-title');
  }

  /** A summary tile's number: count-total, count-internal, count-external, count-counting, count-hidden. */
  async stat(name: 'total' | 'internal' | 'external' | 'counting' | 'hidden'): Promise<number> {
    return numberIn(this.byTestId(`count-${name}`).locator('div').first());
  }

  async rel(name: 'follow' | 'nofollow' | 'sponsored' | 'ugc'): Promise<number> {
    return numberIn(this.byTestId(`rel-${name}`).locator('b'));
  }

  placementChip(p: Placement): Locator {
    return this.byTestId(`placement-${p}`);
  }

  /** Links by placement as the chips show them; a placement without a chip has none. */
  async placementCount(p: Placement): Promise<number> {
    const chip = this.placementChip(p);
    return (await chip.count()) ? numberIn(chip.locator('b')) : 0;
  }

  get shownCount(): Locator {
    return this.byTestId('shown-count');
  }

  get list(): Locator {
    return this.byTestId('link-list');
  }

  get rows(): Locator {
    return this.byTestId('link-row');
  }

  /** The anchor text of each rendered row, top to bottom (the list is virtualised: short lists only). */
  async rowLabels(): Promise<string[]> {
    return this.rows.evaluateAll((rows) =>
      rows
        .map((r) => ({ top: r.getBoundingClientRect().top, label: r.querySelector('span')?.textContent?.trim() ?? '' }))
        .sort((a, b) => a.top - b.top)
        .map((r) => r.label),
    );
  }

  /** The row whose anchor text is exactly `label`, scrolled into the list's view. */
  async row(label: string): Promise<Locator> {
    const row = this.rows.filter({ has: this.page.locator('span', { hasText: new RegExp(`^${escapeRe(label)}$`) }) });
    for (let i = 0; i < 200 && (await row.count()) === 0; i++) {
      const atEnd = await this.list.evaluate((el) => {
        const before = el.scrollTop;
        el.scrollTop += el.clientHeight / 2;
        return el.scrollTop === before;
      });
      if (atEnd) break;
      await this.page.waitForTimeout(20);
    }
    await expect(row, `a row for "${label}"`).toHaveCount(1);
    await row.scrollIntoViewIfNeeded();
    return row;
  }

  /** The link list as assistive technology finds it: a list named Links. */
  get linkList(): Locator {
    return this.page.getByRole('list', { name: 'Links' });
  }

  /** The focused row's position in the list (0-based) and its anchor text; null when focus is not on a row. */
  async focusedRow(): Promise<{ pos: number; label: string } | null> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (el?.dataset.testid !== 'link-row') return null;
      return { pos: Number(el.dataset.pos), label: el.querySelector('span')?.textContent?.trim() ?? '' };
    });
  }

  /** What has the keyboard focus: its test id, or its tag when it has none (BODY when focus was dropped). */
  async focusedElement(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.dataset.testid ?? el?.tagName ?? 'none';
    });
  }

  get details(): Locator {
    return this.byTestId('link-details');
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search links' });
  }

  get placementSelect(): Locator {
    return this.page.getByRole('combobox', { name: 'Placement' });
  }

  /** A filter checkbox by its label: External only, nofollow, sponsored, ugc, Hidden. */
  filter(label: 'External only' | 'nofollow' | 'sponsored' | 'ugc' | 'Hidden'): Locator {
    return this.page.getByRole('region', { name: 'Filters' }).getByRole('checkbox', { name: label, exact: true });
  }

  get clearFilters(): Locator {
    return this.page.getByRole('button', { name: 'Clear filters' });
  }

  get highlightToggle(): Locator {
    return this.byTestId('highlight-toggle');
  }
}

async function numberIn(loc: Locator): Promise<number> {
  const text = (await loc.innerText()).trim();
  // Counts are shown with thousands separators (10,000).
  const n = Number(text.replace(/,/g, ''));
  if (!Number.isInteger(n)) throw new Error(`Expected a number, got "${text}"`);
  return n;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
