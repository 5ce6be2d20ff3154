import { expect, type Locator, type Page } from '@playwright/test';
import type { ExtensionBrowser } from '../../../scripts/lib/extension-browser';

/** The options page: settings and the prospects dashboard, as a user operates it. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  static async open(ext: ExtensionBrowser): Promise<DashboardPage> {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const dashboard = new DashboardPage(page);
    await expect(dashboard.count).toBeVisible();
    return dashboard;
  }

  byTestId(id: string): Locator {
    return this.page.getByTestId(id);
  }

  /** How many prospects match the current filters, as the page says it. */
  get count(): Locator {
    return this.byTestId('prospect-count');
  }

  row(urlPart: string): Locator {
    return this.page.locator(`[data-testid="prospect-row"][data-url*="${urlPart}"]`);
  }

  get rows(): Locator {
    return this.byTestId('prospect-row');
  }

  async setSettings(s: { mySites?: string; competitors?: string; topics?: string }): Promise<void> {
    if (s.mySites !== undefined) await this.byTestId('settings-my-sites').fill(s.mySites);
    if (s.competitors !== undefined) await this.byTestId('settings-competitors').fill(s.competitors);
    if (s.topics !== undefined) await this.byTestId('settings-topics').fill(s.topics);
    await this.byTestId('settings-save').click();
  }

  /** Add a brand (yours, or a competitor's) in Settings → Brands, as a user types it, and wait for it in the list. */
  async addBrand(name: string, domains: string, owner: 'brand' | 'competitor' = 'brand'): Promise<void> {
    await this.byTestId(owner === 'brand' ? 'brand-add' : 'competitor-brand-add').click();
    await this.byTestId('brand-name').fill(name);
    await this.byTestId('brand-domains').fill(domains);
    await this.byTestId('brand-save').click();
    await expect(this.byTestId('brand-item').filter({ hasText: name })).not.toHaveCount(0);
  }

  /** Click an export button and return the downloaded file's text. */
  async export(kind: 'csv' | 'json'): Promise<{ name: string; text: string; path: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.byTestId(`export-${kind}`).click()]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    return { name: download.suggestedFilename(), text: await readFile(path, 'utf8'), path };
  }

  /** The row that has the keyboard focus, by its URL; null when the focus is not on a row. */
  focusedRowUrl(): Promise<string | null> {
    return this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-testid="prospect-row"]')?.dataset.url ?? null);
  }

  /** Choose a file to import, confirm after the preview, and return the result line. */
  async import(file: string): Promise<string> {
    await this.byTestId('import-file').setInputFiles(file);
    await this.byTestId('import-confirm').click();
    const result = this.byTestId('import-result');
    await expect(result).toBeVisible();
    return (await result.textContent()) ?? '';
  }
}
