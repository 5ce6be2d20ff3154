import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls: string[] = [];
let prepare: () => Promise<{ ok: true } | { ok: false; message: string }>;
let answer: () => Promise<unknown>;

vi.mock('@/utils/messaging/transport', () => ({
  sendToBackground: (type: string, data: { tabId: number; url: string }) => {
    calls.push(`${type} ${data.tabId} ${data.url}`);
    return prepare();
  },
}));
vi.mock('@/utils/messaging/to-tab', () => ({
  sendToTab: (tabId: number, type: string) => {
    calls.push(`${type} ${tabId}`);
    return answer();
  },
}));

const { showOnPage, NO_ANSWER } = await import('@/utils/popup/on-page');
const { PAGE_CHANGED } = await import('@/utils/messaging/protocol');
/** Tab `id`, inspected at one address. */
const tab = (id: number) => ({ tabId: id, url: 'https://blog.example/post' });

beforeEach(() => {
  calls.length = 0;
  prepare = () => Promise.resolve({ ok: true });
  answer = () => Promise.resolve({ found: true, visible: true });
});

describe('showing something on the page from the popup', () => {
  it('has the overlay script injected once per tab, then asks the page each time', async () => {
    expect(await showOnPage(tab(11), 'revealLink', { index: 2 })).toEqual({ ok: true, value: { found: true, visible: true } });
    await showOnPage(tab(11), 'revealLink', { index: 3 });
    await showOnPage(tab(12), 'revealMention', { index: 0 });
    expect(calls).toEqual(['prepareOverlay 11 https://blog.example/post', 'revealLink 11', 'revealLink 11', 'prepareOverlay 12 https://blog.example/post', 'revealMention 12']);
  });

  it('an overlay the background could not inject: its reason, nothing asked of the page, and the next click tries again', async () => {
    prepare = () => Promise.resolve({ ok: false, message: 'Linkscout has no access to this tab.' });
    expect(await showOnPage(tab(21), 'highlight', { on: true })).toEqual({ ok: false, message: 'Linkscout has no access to this tab.' });
    prepare = () => Promise.resolve({ ok: true });
    expect(await showOnPage(tab(21), 'highlight', { on: true })).toMatchObject({ ok: true });
    expect(calls).toEqual(['prepareOverlay 21 https://blog.example/post', 'prepareOverlay 21 https://blog.example/post', 'highlight 21']);
  });

  it('a page with no content script to answer (the tab moved on): says the page changed, and the next click injects again', async () => {
    answer = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await showOnPage(tab(31), 'highlight', { on: true })).toEqual({ ok: false, message: PAGE_CHANGED });
    answer = () => Promise.resolve({ on: true, counts: { followed: 1, nofollow: 0, sponsored: 0, ugc: 0, hidden: 0 } });
    expect(await showOnPage(tab(31), 'highlight', { on: true })).toMatchObject({ ok: true, value: { on: true } });
    expect(calls).toEqual(['prepareOverlay 31 https://blog.example/post', 'highlight 31', 'prepareOverlay 31 https://blog.example/post', 'highlight 31']);
  });

  it('the background itself failing (a worker gone mid-call), or the page failing otherwise: no answer, in words', async () => {
    prepare = () => Promise.reject(new Error('The message port closed before a response was received.'));
    expect(await showOnPage(tab(41), 'revealLink', { index: 0 })).toEqual({ ok: false, message: NO_ANSWER });
    prepare = () => Promise.resolve({ ok: true });
    answer = () => Promise.reject(new Error('revealLink: the answer does not match the protocol'));
    expect(await showOnPage(tab(42), 'revealLink', { index: 0 })).toEqual({ ok: false, message: NO_ANSWER });
  });
});
