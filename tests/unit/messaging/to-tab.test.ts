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

  it('checks the small answers too: the highlight toggle, revealing a link or a mention, the mention highlights', async () => {
    const answer = (value: unknown) => vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value });
    const counts = { followed: 3, nofollow: 1, sponsored: 0, ugc: 0, hidden: 2 };
    answer({ on: true, counts: { ...counts, extra: '<b>' }, note: 'x' });
    await expect(sendToTab(1, 'highlight', { on: true })).resolves.toStrictEqual({ on: true, counts });
    answer({ on: true, counts: {} });
    await expect(sendToTab(1, 'highlight', { on: true })).rejects.toThrow(/Invalid highlight answer at counts\.followed/);
    answer({ on: 'yes', counts });
    await expect(sendToTab(1, 'highlight', { on: true })).rejects.toThrow(/Invalid highlight answer at on/);
    answer({ found: true, visible: 1 });
    await expect(sendToTab(1, 'revealLink', { index: 0 })).rejects.toThrow(/Invalid revealLink answer at visible/);
    answer({ found: true });
    await expect(sendToTab(1, 'revealMention', { index: 0 })).rejects.toThrow(/Invalid revealMention answer at visible/);
    answer({ on: true, highlights: { supported: false, reason: 'x'.repeat(501) } });
    await expect(sendToTab(1, 'mentionHighlights', { on: true })).rejects.toThrow(/Invalid mentionHighlights answer at highlights\.reason/);
  });
});
