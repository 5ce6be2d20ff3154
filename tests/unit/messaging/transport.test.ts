import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { protocol, type MessageType } from '@/utils/messaging/protocol';
import { listenInPage } from '@/utils/messaging/in-page';
import { classifySender, listen, observe } from '@/utils/messaging/transport';
import { MAX_TERMS } from '@/utils/messaging/content-protocol';

const ID = fakeBrowser.runtime.id;
const ORIGIN = `chrome-extension://${ID}/`;
const POPUP = { id: ID, url: `${ORIGIN}popup.html` };
const CONTENT_SCRIPT = { id: ID, url: 'https://evil.example/', tab: { id: 3 }, frameId: 0 };
const OTHER_EXTENSION = { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' };

const envelope = (type: string, data: unknown) => ({ linkscout: 1, type, data });
/** Deliver a message as the browser does: a listener that returns `true` answers through sendResponse. */
async function deliver(message: unknown, sender: object) {
  let answer!: (reply: unknown) => void;
  const answered = new Promise((resolve) => (answer = resolve));
  const results = await pass(message, sender, answer);
  return results.includes(true) ? answered : undefined;
}
// The fake's types know only the polyfill's two-argument, promise-returning listeners.
const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (message: unknown, sender: object, sendResponse: (reply: unknown) => void) => Promise<unknown[]>;
function pass(message: unknown, sender: object, sendResponse: (reply: unknown) => void = () => {}) {
  return trigger(message, sender, sendResponse);
}

describe('sender classification', () => {
  it('tells extension pages, content scripts and strangers apart by what the browser vouches for', () => {
    expect(classifySender(POPUP, ID, ORIGIN)).toBe('extension-page');
    expect(classifySender(CONTENT_SCRIPT, ID, ORIGIN)).toBe('content-script');
    expect(classifySender(OTHER_EXTENSION, ID, ORIGIN)).toBe('foreign');
  });
});

describe('background handlers', () => {
  beforeEach(() => fakeBrowser.reset());

  let badges: { tabId: number | undefined; unlinked: number }[] = [];
  beforeEach(() => {
    badges = [];
  });

  function setup() {
    const calls: number[] = [];
    listen('background', {
      inspectTab: ({ tabId }) => {
        calls.push(tabId);
        return { ok: false, error: { kind: 'restricted', message: 'test' } };
      },
      getTabReport: () => null,
      getTabLinks: () => null,
      saveProspect: () => ({ ok: false, error: 'test' }),
      prospectForUrl: () => ({ ok: true, prospect: null }),
      setProspectStatus: () => ({ ok: false, error: 'test' }),
      scanMentions: () => ({ ok: false, kind: 'no-brands', message: 'test' }),
      prepareOverlay: () => ({ ok: true }),
      mentionsChanged: ({ unlinked }, sender) => {
        badges.push({ tabId: sender.tab?.id, unlinked });
        return { badge: true };
      },
    });
    return calls;
  }

  it('answers a valid request from the popup', async () => {
    const calls = setup();
    const reply = await deliver(envelope('inspectTab', { tabId: 7 }), POPUP);
    expect(reply).toEqual({ ok: true, value: { ok: false, error: { kind: 'restricted', message: 'test' } } });
    expect(calls).toEqual([7]);
  });

  it('refuses the same request from a content script, without running the handler', async () => {
    const calls = setup();
    const reply = await deliver(envelope('inspectTab', { tabId: 7 }), CONTENT_SCRIPT);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/not accepted/) });
    expect(calls).toEqual([]);
  });

  it('never lets a content script save a prospect or change its status', async () => {
    setup();
    for (const msg of [envelope('saveProspect', { tabId: 7 }), envelope('setProspectStatus', { id: 1, status: 'won' })]) {
      expect(await deliver(msg, CONTENT_SCRIPT)).toMatchObject({ ok: false, error: expect.stringMatching(/not accepted/) });
    }
  });

  it('lets a content script say its mentions changed, and nothing else: every other message is refused unrun', async () => {
    const calls = setup();
    const valid: Record<string, unknown> = { inspectTab: { tabId: 7 }, getTabReport: { tabId: 7 }, getTabLinks: { tabId: 7, from: 0 }, saveProspect: { tabId: 7 }, scanMentions: { tabId: 7 }, prepareOverlay: { tabId: 7, url: 'https://a.example/' }, prospectForUrl: { url: 'https://a.example/' }, setProspectStatus: { id: 1, status: 'won' } };
    const toBackground = (Object.keys(protocol) as MessageType[]).filter((t) => protocol[t].handledBy === 'background' && t !== 'mentionsChanged');
    expect(toBackground.sort()).toEqual(Object.keys(valid).sort());
    for (const type of toBackground) {
      expect(await deliver(envelope(type, valid[type]), CONTENT_SCRIPT), type).toMatchObject({ ok: false, error: expect.stringMatching(/not accepted/) });
    }
    expect(calls).toEqual([]);
    expect(await deliver(envelope('mentionsChanged', { unlinked: 4 }), CONTENT_SCRIPT)).toEqual({ ok: true, value: { badge: true } });
    expect(badges).toEqual([{ tabId: 3, unlinked: 4 }]);
  });

  it('names only mentionsChanged as a message a content script may send', () => {
    const fromPages = (Object.keys(protocol) as MessageType[]).filter((t) => (protocol[t].from as readonly string[]).includes('content-script'));
    expect(fromPages).toEqual(['mentionsChanged']);
  });

  it('takes the tab from the browser: a tab id written into mentionsChanged is refused, not obeyed', async () => {
    const calls = setup();
    const reply = await deliver(envelope('mentionsChanged', { unlinked: 4, tabId: 99 }), CONTENT_SCRIPT);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/Invalid mentionsChanged request/) });
    expect(badges).toEqual([]);
  });

  it('refuses a count that is not a small whole number', async () => {
    const calls = setup();
    for (const unlinked of [-1, 2.5, 1e9, '3']) {
      expect(await deliver(envelope('mentionsChanged', { unlinked }), CONTENT_SCRIPT)).toMatchObject({ ok: false });
    }
    expect(badges).toEqual([]);
  });

  it('does not take mentionsChanged from the popup or another extension: only a page’s own script counts its page', async () => {
    const calls = setup();
    expect(await deliver(envelope('mentionsChanged', { unlinked: 4 }), POPUP)).toMatchObject({ ok: false, error: expect.stringMatching(/not accepted/) });
    expect(await deliver(envelope('mentionsChanged', { unlinked: 4 }), OTHER_EXTENSION)).toMatchObject({ ok: false });
    expect(badges).toEqual([]);
  });

  it('refuses a status that is not one of the prospect statuses', async () => {
    setup();
    const reply = await deliver(envelope('setProspectStatus', { id: 1, status: 'deleted' as 'won' }), POPUP);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/Invalid setProspectStatus request/) });
  });

  it('refuses other extensions', async () => {
    const calls = setup();
    expect(await deliver(envelope('inspectTab', { tabId: 7 }), OTHER_EXTENSION)).toMatchObject({ ok: false });
    expect(calls).toEqual([]);
  });

  it('rejects a malformed request with a clear error', async () => {
    const calls = setup();
    const reply = await deliver(envelope('inspectTab', { tabId: 'seven' }), POPUP);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/Invalid inspectTab request/) });
    expect(calls).toEqual([]);
  });

  it('ignores messages that are not ours, or meant for the content script', async () => {
    setup();
    expect(await deliver({ type: 'inspectTab', data: { tabId: 1 } }, POPUP)).toBeUndefined();
    expect(await deliver(envelope('revealLink', { index: 1 }), POPUP)).toBeUndefined();
  });
});

describe('an extension page watching a message pass', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sees a content script’s mentionsChanged with its sender, and never answers it', async () => {
    const seen: { unlinked: number; tab: number | undefined }[] = [];
    observe('mentionsChanged', ({ unlinked }, sender) => seen.push({ unlinked, tab: sender.tab?.id }));
    const replies = await pass(envelope('mentionsChanged', { unlinked: 2 }), CONTENT_SCRIPT);
    expect(seen).toEqual([{ unlinked: 2, tab: 3 }]);
    expect(replies.filter((r) => r !== undefined)).toEqual([]);
  });

  it('ignores the same message from a sender that may not send it, or malformed', async () => {
    const seen: number[] = [];
    observe('mentionsChanged', ({ unlinked }) => seen.push(unlinked));
    await pass(envelope('mentionsChanged', { unlinked: 2 }), POPUP);
    await pass(envelope('mentionsChanged', { unlinked: 2 }), OTHER_EXTENSION);
    await pass(envelope('mentionsChanged', { unlinked: -2 }), CONTENT_SCRIPT);
    await pass(envelope('inspectTab', { tabId: 1 }), CONTENT_SCRIPT);
    expect(seen).toEqual([]);
  });
});

describe('the content script’s handlers', () => {
  beforeEach(() => fakeBrowser.reset());

  // The background is an extension sender without a tab.
  const BACKGROUND = { id: ID, url: `${ORIGIN}background.js` };
  const term = (text: string) => ({ text, brand: 'Acme', owner: 'brand', kind: 'name' });

  it('runs a request the protocol allows, and refuses one it does not, unrun: terms empty, too long or too many; an analysis id that is not 16 hex digits', async () => {
    const ran: string[] = [];
    const stop = listenInPage({
      findMentions: async ({ terms }: { terms: unknown[] }) => (ran.push(`find ${terms.length}`), { scan: null, highlights: { supported: true } }),
      reportLinks: async ({ analysis }: { analysis: string }) => (ran.push(`links ${analysis}`), { analysis, links: null }),
    } as unknown as Parameters<typeof listenInPage>[0]);
    expect(await deliver(envelope('findMentions', { terms: [term('Acme')], paint: true }), BACKGROUND)).toMatchObject({ ok: true });
    for (const terms of [[term('')], [term('x'.repeat(201))], Array.from({ length: MAX_TERMS + 1 }, () => term('Acme'))]) {
      expect(await deliver(envelope('findMentions', { terms, paint: true }), BACKGROUND)).toMatchObject({ ok: false });
    }
    expect(await deliver(envelope('reportLinks', { analysis: '0123456789abcdef', from: 0 }), BACKGROUND)).toMatchObject({ ok: true });
    for (const analysis of ['0123456789ABCDEF', '0123', 7]) {
      expect(await deliver(envelope('reportLinks', { analysis, from: 0 }), BACKGROUND)).toMatchObject({ ok: false });
    }
    expect(await deliver(envelope('reportLinks', { analysis: '0123456789abcdef', from: -1 }), BACKGROUND)).toMatchObject({ ok: false });
    expect(ran).toEqual(['find 1', 'links 0123456789abcdef']);
    stop();
  });
});

