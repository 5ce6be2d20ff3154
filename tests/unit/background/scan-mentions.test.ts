import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { STILL_LOADING_MS } from '@/utils/background/inspect-tab';
import { scanTabMentions } from '@/utils/background/scan-mentions';
import { scanMentions } from '@/utils/mentions/scan-document';
import { settingsItem } from '@/utils/settings/store';
import { DEFAULT_SETTINGS } from '@/utils/settings/types';
import { ACME_AND_RIVAL, brand } from '../mentions/brands';

/** What the browser was asked, in order: scripts injected into the tab, messages sent to it. */
let asked: string[];

beforeEach(() => {
  fakeBrowser.reset();
  asked = [];
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection) => {
    asked.push(`inject ${'files' in injection ? injection.files?.join(' ') : '?'}`);
    return [];
  });
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tabId: number, message: unknown) => {
    asked.push(`send ${(message as { type: string }).type}`);
    document.body.innerHTML = '<p>Acme and Rival.</p>';
    return { ok: true, value: { scan: scanMentions(document, ACME_AND_RIVAL, { placementOf: () => 'content' }).scan, highlights: { supported: true } } };
  });
});

describe('the popup asking for a tab’s mentions', () => {
  it('injects the mention script after the content script, then asks the page', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, brands: [brand('Acme', { domains: ['acme.com'] })] });
    const result = await scanTabMentions(5);
    expect(result).toMatchObject({ ok: true, scan: { counts: { brand: { unlinked: 1 } } } });
    expect(asked).toEqual(['inject /in-page.js /page-mentions.js', 'send findMentions']);
  });

  it('with no brands set up, injects nothing and says how to add one', async () => {
    expect(await scanTabMentions(5)).toMatchObject({ ok: false, kind: 'no-brands' });
    expect(asked).toEqual([]);
  });

  it('a page the scripts cannot be injected into is a failure that says why in the popup’s words, nothing sent', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, brands: [brand('Acme')] });
    vi.mocked(fakeBrowser.scripting.executeScript).mockRejectedValue(new Error('Cannot access contents of the page.'));
    expect(await scanTabMentions(5)).toEqual({
      ok: false,
      kind: 'failed',
      message: 'Mentions could not be read. Linkscout has no access to this tab. Click the Linkscout button while on the page to grant it.',
    });
    expect(asked).toEqual([]);
  });

  it('a tab whose page never finishes loading gets a clear state after the time limit, nothing sent', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, brands: [brand('Acme')] });
    vi.mocked(fakeBrowser.scripting.executeScript).mockReturnValue(new Promise(() => undefined));
    vi.useFakeTimers();
    try {
      const result = scanTabMentions(5);
      await vi.advanceTimersByTimeAsync(STILL_LOADING_MS);
      expect(await result).toMatchObject({ ok: false, kind: 'failed', message: expect.stringContaining('has not finished loading') });
    } finally {
      vi.useRealTimers();
    }
    expect(asked).toEqual([]);
  });
});
