import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { analyzeDocument } from '@/utils/analysis/analyze';
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

  it('keeps only what the schema names: keys a page adds to the head or the page info are dropped', async () => {
    const doc = new DOMParser().parseFromString('<!doctype html><title>T</title><a href="https://a.example/">a</a>', 'text/html');
    const { page, links, truncated, durationMs } = analyzeDocument(doc, { url: 'https://x.example/' });
    const head = { analysis: '00000000deadbeef', page, linkCount: links.length, truncated, durationMs };
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({
      ok: true,
      value: { ok: true, extra: 1, head: { ...head, script: '<img onerror>', page: { ...page, evil: { deep: true }, robots: { ...page.robots, x: 1 } } } },
    });
    await expect(sendToTab(1, 'analyzePage', {})).resolves.toStrictEqual({ ok: true, head });
  });

  it('refuses an analysis id that is not 64 random bits in hex', async () => {
    for (const analysis of [1, '1', 'ABCDEF0123456789', '0123456789abcdef0']) {
      vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: { analysis, links: [] } });
      await expect(sendToTab(1, 'reportLinks', { analysis: '0123456789abcdef', from: 0 }), String(analysis)).rejects.toThrow(/Invalid reportLinks answer at analysis/);
    }
  });

  it('passes an answer without a schema through (a highlight toggle)', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: { on: false, counts: {} } });
    await expect(sendToTab(1, 'highlight', { on: false })).resolves.toEqual({ on: false, counts: {} });
  });
});
