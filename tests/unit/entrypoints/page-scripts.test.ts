import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import contentScript from '@/entrypoints/in-page';
import mentionScript from '@/entrypoints/page-mentions';
import overlayScript from '@/entrypoints/page-overlay';
import { envelope } from '@/utils/messaging/transport';
import { arrivalEvent } from '@/utils/page/content-lifecycle';
import { OVERLAY_TAG } from '@/utils/page/overlay-tag';
import { NO_MENTION_SCRIPT, NO_OVERLAY_SCRIPT, pageHost } from '@/utils/page/page-host';
import { ACME_AND_RIVAL } from '../mentions/brands';

/**
 * The page scripts as the browser runs them: each entrypoint's main() in one world (this
 * test's global), messages through the runtime listener the content script adds.
 */

const HOST = Symbol.for('linkscout.content');
const BACKGROUND = { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/background.js` };
const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (message: unknown, sender: object, sendResponse: (reply: unknown) => void) => Promise<unknown[]>;

/** Send as the background does; the reply, or undefined when no listener took the message. */
async function ask(message: unknown): Promise<unknown> {
  let answer!: (reply: unknown) => void;
  const answered = new Promise((resolve) => (answer = resolve));
  const taken = await trigger(message, BACKGROUND, answer);
  return taken.includes(true) ? answered : undefined;
}

/** Just enough of the CSS Custom Highlight API to see what is registered (happy-dom has none). */
class FakeHighlight extends Set<AbstractRange> {
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}
let registry: Map<string, FakeHighlight>;
const leftInPage = () => ({
  overlays: document.querySelectorAll(OVERLAY_TAG).length,
  highlights: [...registry.keys()].filter((k) => k.startsWith('linkscout-')).length,
});

beforeEach(() => {
  fakeBrowser.reset();
  Reflect.deleteProperty(globalThis, HOST);
  registry = new Map();
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true, writable: true });
  document.body.innerHTML = '<main><p>Acme launches a rocket. <a href="https://news.example/">a link</a></p></main>';
});
afterEach(() => {
  pageHost()?.leave();
  Reflect.deleteProperty(globalThis, HOST);
  Reflect.deleteProperty(window, 'Highlight');
  document.querySelectorAll(OVERLAY_TAG).forEach((n) => n.remove());
});

describe('the content script and the scripts injected after it in one page', () => {
  it('the mention script alone does nothing; after the content script it answers mention messages through its listener', async () => {
    mentionScript.main();
    expect(pageHost()).toBeUndefined();
    contentScript.main();
    expect(await ask(envelope('revealMention', { index: 0 }))).toEqual({ ok: false, error: NO_MENTION_SCRIPT });
    mentionScript.main();
    const reply = (await ask(envelope('findMentions', { terms: ACME_AND_RIVAL, paint: true }))) as { ok: boolean; value: { scan: { counts: { brand: { unlinked: number } } } } };
    expect(reply.ok).toBe(true);
    expect(reply.value.scan.counts.brand.unlinked).toBe(1);
    expect(leftInPage().highlights).toBeGreaterThan(0);
  });

  it('injected again (a second click), each keeps its state: the mentions found before are still there', async () => {
    contentScript.main();
    mentionScript.main();
    await ask(envelope('findMentions', { terms: ACME_AND_RIVAL, paint: true }));
    const host = pageHost();
    contentScript.main();
    mentionScript.main();
    expect(pageHost()).toBe(host);
    expect(await ask(envelope('currentMentions', {}))).toMatchObject({ ok: true, value: { scan: { counts: { brand: { unlinked: 1 } } } } });
  });

  it('the overlay script alone does nothing; after the content script it draws the link highlight, asked through its listener', async () => {
    overlayScript.main();
    expect(pageHost()).toBeUndefined();
    contentScript.main();
    expect(await ask(envelope('highlight', { on: true }))).toEqual({ ok: false, error: NO_OVERLAY_SCRIPT });
    expect(leftInPage().overlays).toBe(0);
    overlayScript.main();
    expect(await ask(envelope('highlight', { on: true }))).toEqual({ ok: true, value: { on: true, counts: { followed: 1, nofollow: 0, sponsored: 0, ugc: 0, hidden: 0 } } });
    expect(leftInPage().overlays).toBe(1);
    // Injected again (the next popup): the same overlay, which the next "off" takes away.
    contentScript.main();
    overlayScript.main();
    expect(await ask(envelope('highlight', { on: false }))).toMatchObject({ ok: true, value: { on: false } });
    expect(leftInPage().overlays).toBe(0);
  });

  it('an orphaned copy (Linkscout reloaded) that hears a new copy arrive takes its link highlight and its mention highlights away', async () => {
    contentScript.main();
    mentionScript.main();
    overlayScript.main();
    await ask(envelope('highlight', { on: true }));
    await ask(envelope('findMentions', { terms: ACME_AND_RIVAL, paint: true }));
    expect(leftInPage()).toEqual({ overlays: 1, highlights: 3 });
    const event = await arrivalEvent(fakeBrowser.storage.local);
    const runtime = fakeBrowser.runtime as { id?: string };
    const id = runtime.id;
    Object.defineProperty(runtime, 'id', { value: undefined, configurable: true });
    try {
      window.dispatchEvent(new Event(event));
    } finally {
      Object.defineProperty(runtime, 'id', { value: id, configurable: true });
    }
    expect(leftInPage()).toEqual({ overlays: 0, highlights: 0 });
  });
});
