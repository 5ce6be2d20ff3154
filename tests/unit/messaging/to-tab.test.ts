import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { sendToTab } from '@/utils/messaging/to-tab';

describe('answers from a page are checked before use', () => {
  it('refuses a forged mentions answer (a link that is not http(s))', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({
      ok: true,
      value: {
        scan: {
          mentions: [{ index: 0, term: 'Acme', brand: 'Acme', owner: 'brand', kind: 'name', matched: 'Acme', context: 'Acme', placement: 'content', state: 'linked-elsewhere', linkHref: 'javascript:alert(1)', linkHost: 'x', visible: true }],
          counts: { brand: { 'linked-to-you': 0, 'linked-elsewhere': 1, unlinked: 0 }, competitor: { 'linked-to-you': 0, 'linked-elsewhere': 0, unlinked: 0 } },
          hiddenCount: 0,
          truncated: false,
          durationMs: 1,
        },
        highlights: { supported: true },
      },
    });
    await expect(sendToTab(1, 'currentMentions', {})).rejects.toThrow(/Invalid currentMentions answer at scan\.mentions\.0\.linkHref/);
  });

  it('passes an answer without a schema through (a highlight toggle)', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: { on: false, counts: {} } });
    await expect(sendToTab(1, 'highlight', { on: false })).resolves.toEqual({ on: false, counts: {} });
  });
});
