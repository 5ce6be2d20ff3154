import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { classifySender, listen } from '@/utils/messaging/transport';

const ID = fakeBrowser.runtime.id;
const ORIGIN = `chrome-extension://${ID}/`;
const POPUP = { id: ID, url: `${ORIGIN}popup.html` };
const CONTENT_SCRIPT = { id: ID, url: 'https://evil.example/', tab: { id: 3 } };
const OTHER_EXTENSION = { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' };

const envelope = (type: string, data: unknown) => ({ linkscout: 1, type, data });
async function deliver(message: unknown, sender: object) {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return replies.find(Boolean);
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

  function setup() {
    const calls: number[] = [];
    listen('background', {
      inspectTab: ({ tabId }) => {
        calls.push(tabId);
        return { ok: false, error: { kind: 'restricted', message: 'test' } };
      },
      getTabReport: () => null,
      saveProspect: () => ({ ok: false, error: 'test' }),
      prospectForUrl: () => ({ ok: true, prospect: null }),
      setProspectStatus: () => ({ ok: false, error: 'test' }),
      scanMentions: () => ({ ok: false, kind: 'no-brands', message: 'test' }),
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
