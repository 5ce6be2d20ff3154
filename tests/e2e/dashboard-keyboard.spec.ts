import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { settingsToJson } from '../../utils/options/settings-transfer';
import { UNDO_MS } from '../../utils/options/undo-slot';
import { DEFAULT_SETTINGS } from '../../utils/settings/types';
import { prospectsToCsv } from '../../utils/prospects/csv-export';
import type { Prospect } from '../../utils/prospects/types';
import { launchExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { expect, FIXTURES_DIR, test } from './fixtures';
import { DashboardPage } from './pages/dashboard-page';

// The dashboard as a keyboard and screen reader user meets it (WCAG 2.2 AA): where the focus goes
// when the control pressed goes away, the grid's roles, the Undo toast's time limit, contrast.

const NO_CONTACTS = { emails: [], contactPages: [], socialProfiles: [], author: null };

/** Prospect i, checked i minutes after the first: the dashboard lists the highest i first. */
function prospect(i: number): Prospect {
  const at = new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString();
  return {
    url: `https://site${i}.example.com/page`,
    domain: `site${i}.example.com`,
    title: `Page ${i}`,
    pageType: 'article',
    verdict: 'worth-a-look',
    score: 40 + (i % 50),
    // Every other one imported without reasons: "Not judged yet".
    reasons: i % 2 === 0 ? ['Resource page'] : [],
    status: 'new',
    notes: '',
    tags: [],
    contacts: NO_CONTACTS,
    snapshots: [],
    firstSeen: at,
    lastChecked: at,
    updatedAt: at,
  };
}

async function csvOf(count: number): Promise<string> {
  const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'linkscout-a11y-')), `prospects-${count}.csv`);
  await writeFile(file, prospectsToCsv(Array.from({ length: count }, (_, i) => prospect(i + 1))));
  return file;
}

// A profile of its own: these tests delete and import prospects, which other specs must not see.
let ext: ExtensionBrowser;
let dash: DashboardPage;
test.beforeAll(async () => {
  ext = await launchExtension({ headless: true });
  dash = await DashboardPage.open(ext);
  expect(await dash.import(await csvOf(300))).toContain('300 added');
  await expect(dash.count).toHaveText('300');
});
test.afterAll(async () => {
  await ext?.close();
});
test.beforeEach(async () => {
  await dash.page.reload();
  await expect(dash.rows.first()).toBeVisible();
});

test('the prospects are a grid: rows, grid cells and sortable column headers a screen reader can move through', async () => {
  const { page } = dash;
  await expect(page.getByRole('table')).toHaveCount(0);
  const grid = page.getByRole('grid', { name: 'Prospects' });
  await expect(grid).toHaveAttribute('aria-rowcount', '301');
  await expect(grid).toHaveAttribute('aria-multiselectable', 'true');
  await expect(grid.getByRole('columnheader', { name: 'Page' })).toHaveAttribute('aria-sort', 'none');
  await expect(grid.getByRole('columnheader', { name: 'Last checked' })).toHaveAttribute('aria-sort', 'descending');
  const first = grid.getByRole('row', { name: /Page 300/ });
  await expect(first).toHaveAttribute('aria-rowindex', '2');
  await expect(first).toHaveAttribute('aria-selected', 'false');
  await expect(first.getByRole('gridcell')).toHaveCount(10);
  await expect(page.getByRole('cell')).toHaveCount(0);
});

test('Tab reaches a row after the list was scrolled with the wheel', async () => {
  const { page } = dash;
  const table = dash.byTestId('prospect-table');
  await table.hover();
  await page.mouse.wheel(0, 4000);
  // The first row (the one Tab used to reach) has left the DOM.
  await expect(dash.row('site300.')).toHaveCount(0);
  await dash.byTestId('sort-firstSeen').focus();
  await page.keyboard.press('Tab');
  const url = await dash.focusedRowUrl();
  expect(url).not.toBeNull();
  // …a row in view, not one scrolled back to.
  const box = (await table.boundingBox())!;
  const row = (await dash.row(url!).boundingBox())!;
  expect(row.y).toBeGreaterThanOrEqual(box.y);
  expect(row.y + row.height).toBeLessThanOrEqual(box.y + box.height);
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => dash.focusedRowUrl()).not.toBe(url);
});

test('after Delete the focus is on Undo, and the toast stays while it has the focus; Undo brings the rows back', async () => {
  const { page } = dash;
  await dash.row('site300.').focus();
  await page.keyboard.press('Space');
  await dash.byTestId('bulk-delete').focus();
  await page.keyboard.press('Enter');
  await expect(dash.byTestId('undo')).toBeFocused();
  await expect(dash.count).toHaveText('299');
  await page.waitForTimeout(UNDO_MS + 1000);
  await expect(dash.byTestId('undo-toast')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dash.count).toHaveText('300');
  // The toast is gone: the focus went back to the table, not to the page.
  await expect.poll(() => dash.focusedRowUrl()).not.toBeNull();
});

test('closing the details puts the focus back on the row they were for', async () => {
  const { page } = dash;
  await dash.row('site299.').focus();
  await page.keyboard.press('Enter');
  const details = dash.byTestId('prospect-details');
  await expect(details).toContainText('Page 299');
  await details.getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('Enter');
  await expect(details).toHaveCount(0);
  await expect(dash.row('site299.')).toBeFocused();
});

test('choosing a file leads to Import; Cancel goes back to the file field, Import to its result', async () => {
  const { page } = dash;
  const file = dash.byTestId('import-file');
  await file.focus();
  await file.setInputFiles(await csvOf(2));
  // The field is disabled while the file is read (Chrome drops the focus then): on to Import.
  await expect(dash.byTestId('import-confirm')).toBeFocused();
  await dash.byTestId('import-preview').getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Enter');
  await expect(dash.byTestId('import-preview')).toHaveCount(0);
  await expect(file).toBeFocused();

  await file.setInputFiles(await csvOf(2));
  await dash.byTestId('import-confirm').focus();
  await page.keyboard.press('Enter');
  await expect(dash.byTestId('import-result')).toBeFocused();
  await expect(dash.byTestId('import-result')).toContainText('Imported');
});

test('settings and authority imports: each step’s button hands the focus on (preview, Cancel, Replace, Import, Remove, Keep it)', async () => {
  const { page } = dash;
  // Settings: a file that would add a topic.
  const settingsFile = path.join(await mkdtemp(path.join(os.tmpdir(), 'linkscout-a11y-')), 'settings.json');
  await writeFile(settingsFile, settingsToJson({ ...DEFAULT_SETTINGS, topics: ['gardening'] }, new Date()));
  const field = dash.byTestId('settings-import-file');
  await field.focus();
  await field.setInputFiles(settingsFile);
  await expect(dash.byTestId('settings-import-confirm')).toBeFocused();
  await dash.byTestId('settings-import-cancel').focus();
  await page.keyboard.press('Enter');
  await expect(dash.byTestId('settings-import-preview')).toHaveCount(0);
  await expect(field).toBeFocused();
  await field.setInputFiles(settingsFile);
  await expect(dash.byTestId('settings-import-confirm')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dash.byTestId('settings-import-result')).toBeFocused();

  // Authority: Cancel back to the file field, Import to its result, Remove asks (Keep it first), then removes.
  const authority = path.join(FIXTURES_DIR, 'csv/authority/moz-domain-authority.csv');
  const file = dash.byTestId('authority-file');
  await file.setInputFiles(authority);
  await dash.byTestId('authority-cancel').focus();
  await page.keyboard.press('Enter');
  await expect(dash.byTestId('authority-draft')).toHaveCount(0);
  await expect(file).toBeFocused();
  await file.setInputFiles(authority);
  await dash.byTestId('authority-import').focus();
  await page.keyboard.press('Enter');
  await expect(dash.byTestId('authority-status')).toBeFocused();
  await expect(dash.byTestId('authority-status')).toContainText('Imported authority');
  await dash.byTestId('authority-remove').focus();
  await page.keyboard.press('Enter');
  await expect(dash.byTestId('authority-keep')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dash.byTestId('authority-remove')).toBeFocused();
  await page.keyboard.press('Enter');
  await dash.byTestId('authority-remove-confirm').focus();
  await page.keyboard.press('Enter');
  await expect(dash.byTestId('authority-status')).toBeFocused();
  await expect(dash.byTestId('authority-status')).toContainText('Import removed');
});

test('Enter in tags and Escape in notes keep the focus in the field', async () => {
  const { page } = dash;
  const row = dash.row('site300.');
  const tags = row.getByTestId('tags-input');
  await tags.fill('outreach,  q3');
  await page.keyboard.press('Enter');
  await expect(tags).toBeFocused();
  await expect(tags).toHaveValue('outreach, q3');
  const notes = row.getByTestId('notes-input');
  await notes.fill('oops');
  await page.keyboard.press('Escape');
  await expect(notes).toBeFocused();
  await expect(notes).toHaveValue('');
  await page.reload();
  await expect(dash.row('site300.').getByTestId('tags-input')).toHaveValue('outreach, q3');
});

test('brands: the focus goes into a new brand, to a field in error, and back to Add brand after Cancel, Save and Remove', async () => {
  const { page } = dash;
  const add = dash.byTestId('brand-add');
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(dash.byTestId('brand-name')).toBeFocused();
  await dash.byTestId('brand-cancel').focus();
  await page.keyboard.press('Enter');
  await expect(add).toBeFocused();

  await page.keyboard.press('Enter');
  await page.keyboard.type('Acme');
  await dash.byTestId('brand-domains').fill('not a site');
  await dash.byTestId('brand-save').focus();
  await page.keyboard.press('Enter');
  await expect(dash.byTestId('brand-domains')).toBeFocused();
  await expect(dash.byTestId('brand-domains')).toHaveAttribute('aria-invalid', 'true');
  await dash.byTestId('brand-domains').fill('acme.com');
  await dash.byTestId('brand-save').focus();
  await page.keyboard.press('Enter');
  await expect(add).toBeFocused();
  await expect(dash.byTestId('brand-item-name')).toHaveText(['Acme']);

  await dash.byTestId('brand-remove').focus();
  await page.keyboard.press('Enter');
  await expect(dash.byTestId('brand-item')).toHaveCount(0);
  await expect(add).toBeFocused();
});

test('a control reached with Shift+Tab is scrolled clear of the sticky header', async () => {
  const { page } = dash;
  const add = dash.byTestId('brand-add');
  const next = dash.byTestId('competitor-brand-add');
  await next.focus();
  // Scroll so that the control after "Add brand" sits just under the header: "Add brand" is above the view.
  await page.evaluate(() => {
    const el = document.querySelector('[data-testid="competitor-brand-add"]')!;
    const header = document.querySelector('header')!.getBoundingClientRect().bottom;
    window.scrollBy(0, el.getBoundingClientRect().top - header - 2);
  });
  await page.keyboard.press('Shift+Tab');
  await expect(add).toBeFocused();
  const header = await page.locator('header').boundingBox();
  const box = await add.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
});

test('the page has one h1, and text, placeholders, field borders and the row focus ring have enough contrast', async () => {
  const { page } = dash;
  await dash.row('site300.').focus();
  const ratios = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    // Paint the colours on a canvas: it reads every CSS colour (oklch too) and blends any alpha.
    const paint = (bg: string, fg: string, alpha = 1): number[] => {
      ctx.globalAlpha = 1;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, 1, 1);
      ctx.fillStyle = bg;
      ctx.fillRect(0, 0, 1, 1);
      ctx.globalAlpha = alpha;
      ctx.fillStyle = fg;
      ctx.fillRect(0, 0, 1, 1);
      return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    };
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const backgroundOf = (el: Element): string => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
      }
      return '#fff';
    };
    const text = (el: Element, pseudo?: string) => {
      const bg = backgroundOf(el);
      return contrast(paint(bg, getComputedStyle(el, pseudo).color, Number(getComputedStyle(el).opacity)), paint(bg, bg));
    };
    const border = (el: Element) => {
      const bg = backgroundOf(el.parentElement!);
      return contrast(paint(bg, getComputedStyle(el).borderTopColor), paint(bg, bg));
    };
    const q = (selector: string) => {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`Nothing matches ${selector}`);
      return el;
    };
    const row = q('[data-testid="prospect-row"][data-url*="site300."]');
    const ring = getComputedStyle(row).boxShadow.match(/(oklch|rgb|lab|color)\([^)]*\)/g) ?? [];
    return {
      score: text([...row.querySelectorAll('span')].find((s) => s.textContent === '40')!),
      unjudged: text(q('[data-testid="verdict-unjudged"]')),
      searchPlaceholder: text(q('[data-testid="filter-text"]'), '::placeholder'),
      domainPlaceholder: text(q('[data-testid="filter-domain"]'), '::placeholder'),
      tagsPlaceholder: text(q('[data-testid="tags-input"]'), '::placeholder'),
      notesPlaceholder: text(q('[data-testid="notes-input"]'), '::placeholder'),
      searchBorder: border(q('[data-testid="filter-text"]')),
      domainBorder: border(q('[data-testid="filter-domain"]')),
      tagFilterBorder: border(q('[data-testid="filter-tag"]')),
      tagsBorder: border(q('[data-testid="tags-input"]')),
      notesBorder: border(q('[data-testid="notes-input"]')),
      statusBorder: border(q('[data-testid="status-select"]')),
      settingsBorder: border(q('[data-testid="settings-my-sites"]')),
      ring: Math.max(0, ...ring.map((c) => contrast(paint(backgroundOf(row), c), paint(backgroundOf(row), backgroundOf(row))))),
    };
  });
  const low = Object.entries(ratios)
    .filter(([what, ratio]) => ratio < (/Border|ring/.test(what) ? 3 : 4.5))
    .map(([what, ratio]) => `${what} ${ratio.toFixed(2)}:1`);
  expect(low).toEqual([]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Linkscout');
});
