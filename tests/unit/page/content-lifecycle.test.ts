import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { MentionScan } from '@/utils/mentions/types';
import { announceAndWatch, arrivalEvent, CHANNEL_KEY } from '@/utils/page/content-lifecycle';
import { pageReading } from '@/utils/analysis/page-reading';
import { MentionSession, type MentionSessionOptions } from '@/utils/page/mention-session';
import { flashBox } from '@/utils/page/overlay';
import { OVERLAY_TAG } from '@/utils/page/overlay-tag';
import { offerPageHost, type PageHost } from '@/utils/page/page-host';
import { LinkHighlight } from '@/utils/page/link-highlight';
import { PageSession } from '@/utils/page/page-session';
import { ACME_AND_RIVAL } from '../mentions/brands';

/** Just enough of the CSS Custom Highlight API to see what is registered (happy-dom has none). */
class FakeHighlight extends Set<AbstractRange> {
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}
let registry: Map<string, FakeHighlight>;
const cssDescriptor = Object.getOwnPropertyDescriptor(window, 'CSS');

const FAST = { quietMs: 15, maxWaitMs: 60 };
const settle = () => new Promise((r) => setTimeout(r, FAST.maxWaitMs * 3));

/** What Linkscout has left in the page: overlay hosts, registered mention highlights (names and ranges), adopted sheets. */
const leftInPage = () => ({
  overlays: document.querySelectorAll(OVERLAY_TAG).length,
  highlights: [...registry.keys()].filter((k) => k.startsWith('linkscout-')).length,
  ranges: [...registry.values()].reduce((n, h) => n + h.size, 0),
  sheets: document.adoptedStyleSheets.length,
});

beforeEach(() => {
  registry = new Map();
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true, writable: true });
  document.body.innerHTML = '<main><p>Acme launches a rocket. <a href="https://news.example/">a link</a></p></main>';
});
afterEach(() => {
  if (cssDescriptor) Object.defineProperty(window, 'CSS', cssDescriptor);
  Reflect.deleteProperty(window, 'Highlight');
  document.querySelectorAll(OVERLAY_TAG).forEach((n) => n.remove());
  document.adoptedStyleSheets = [];
});

type Joined = { page: PageSession; mentions: MentionSession; host: PageHost };

/**
 * The content, overlay and mention scripts' sessions joined as the entrypoints join them
 * (through a page host, here in a scope of its own), after what a user's clicks do: link
 * highlight on, mentions found and painted.
 */
async function busySession(opts: Partial<Omit<MentionSessionOptions, 'reading' | 'flashBox' | 'leave'>> = {}): Promise<Joined> {
  const page = new PageSession(document);
  const host = offerPageHost({ reading: pageReading(() => page.placementOf), links: page, orphaned: opts.orphaned ?? (() => false) }, {});
  const overlay = new LinkHighlight(document, host.links);
  const mentions = new MentionSession(document, { watchTiming: FAST, ...opts, reading: host.reading, flashBox, leave: host.leave });
  host.onLeave(() => page.dispose());
  host.onLeave(() => overlay.dispose());
  host.onLeave(() => mentions.dispose());
  await overlay.highlight(true);
  await mentions.find(ACME_AND_RIVAL);
  expect(leftInPage()).toEqual({ overlays: 1, highlights: 3, ranges: 1, sheets: 1 });
  return { page, mentions, host };
}

describe('the page scripts leaving (their extension reloaded) leave the page as it was', () => {
  it('removes the overlay, the mention highlights and their sheet, and watches the page no more', async () => {
    const told: MentionScan[] = [];
    const { host } = await busySession({ onMentionsChanged: (scan) => told.push(scan) });
    host.leave();
    expect(leftInPage()).toEqual({ overlays: 0, highlights: 0, ranges: 0, sheets: 0 });
    document.querySelector('main')!.append(Object.assign(document.createElement('p'), { textContent: 'Acme again' }));
    await settle();
    expect(told).toEqual([]);
    expect(leftInPage()).toEqual({ overlays: 0, highlights: 0, ranges: 0, sheets: 0 });
  });

  it('an orphaned mention session leaves at the next change of the page instead of re-scanning it, and the content script with it', async () => {
    let alive = true;
    const told: MentionScan[] = [];
    await busySession({ orphaned: () => !alive, onMentionsChanged: (scan) => told.push(scan) });
    alive = false;
    document.querySelector('main')!.append(Object.assign(document.createElement('p'), { textContent: 'Acme again' }));
    await vi.waitFor(() => expect(leftInPage()).toEqual({ overlays: 0, highlights: 0, ranges: 0, sheets: 0 }));
    await settle();
    expect(told).toEqual([]);
  });

  it('while its extension is alive, the same change is re-scanned as usual', async () => {
    const told: MentionScan[] = [];
    const { host } = await busySession({ orphaned: () => false, onMentionsChanged: (scan) => told.push(scan) });
    document.querySelector('main')!.append(Object.assign(document.createElement('p'), { textContent: 'Acme again' }));
    await vi.waitFor(() => expect(told).toHaveLength(1));
    expect(leftInPage()).toEqual({ overlays: 1, highlights: 3, ranges: 2, sheets: 1 });
    host.leave(); // no watcher left to paint into the next test's page
  });
});

describe('mentions counted without painting (auto-scan: no one asked to see them)', () => {
  it('registers no highlight the page could read, nor after a live re-scan; the popup’s scan then paints them', async () => {
    const told: MentionScan[] = [];
    const session = new MentionSession(document, { reading: pageReading(), flashBox, watchTiming: FAST, onMentionsChanged: (scan) => told.push(scan) });
    const { scan } = await session.find(ACME_AND_RIVAL, false);
    expect(scan.counts.brand.unlinked).toBe(1);
    expect(leftInPage()).toEqual({ overlays: 0, highlights: 0, ranges: 0, sheets: 0 });
    document.querySelector('main')!.append(Object.assign(document.createElement('p'), { textContent: 'Acme again' }));
    await vi.waitFor(() => expect(told).toHaveLength(1));
    expect(leftInPage()).toEqual({ overlays: 0, highlights: 0, ranges: 0, sheets: 0 });
    await session.find(ACME_AND_RIVAL, true);
    expect(leftInPage()).toMatchObject({ highlights: 3, ranges: 2, sheets: 1 });
    // Auto-scan asks again as the page completes loading: the highlights the user asked for stay.
    await session.find(ACME_AND_RIVAL, false);
    expect(leftInPage()).toMatchObject({ highlights: 3, ranges: 2, sheets: 1 });
    session.dispose();
  });
});

describe('a new copy of the content script takes the page over from an orphaned one', () => {
  // The extension's storage as the copies of the content script see it (storage.local).
  const store = fakeBrowser.storage.local;
  beforeEach(() => fakeBrowser.reset());

  it('the orphan hears the new copy arrive and leaves; the new copy stays', async () => {
    const left: string[] = [];
    let oldAlive = true;
    announceAndWatch(window, await arrivalEvent(store), () => !oldAlive, () => left.push('old'));
    // Linkscout reloaded: the old copy's extension is gone, a new copy starts in the same page
    // and finds the same name in the extension's storage, which a reload keeps.
    oldAlive = false;
    announceAndWatch(window, await arrivalEvent(store), () => false, () => left.push('new'));
    expect(left).toEqual(['old']);
  });

  it('names the event at random, once: the page cannot know it, every copy of one install shares it', async () => {
    const first = await arrivalEvent(store);
    expect(first).toMatch(/^linkscout-[0-9a-f]{32}$/);
    expect(await arrivalEvent(store)).toBe(first);
    expect((await store.get(CHANNEL_KEY))[CHANNEL_KEY]).toBe(first.slice('linkscout-'.length));
    // Another install (its storage starts empty) names it anew.
    fakeBrowser.reset();
    expect(await arrivalEvent(store)).not.toBe(first);
    // A damaged value is replaced, not used as an event name.
    await store.set({ [CHANNEL_KEY]: 'content' });
    expect(await arrivalEvent(store)).toMatch(/^linkscout-[0-9a-f]{32}$/);
  });

  it('an event the page fires, under the old fixed name or the new one, changes nothing while the extension is alive', async () => {
    const event = await arrivalEvent(store);
    const left: string[] = [];
    announceAndWatch(window, event, () => false, () => left.push('live'));
    for (const name of ['linkscout:content', event]) {
      window.dispatchEvent(new Event(name));
      document.dispatchEvent(new Event(name, { bubbles: true }));
    }
    expect(left).toEqual([]);
  });

  it('an orphan does not leave for an event of another name (the old fixed one)', async () => {
    const left: string[] = [];
    announceAndWatch(window, await arrivalEvent(store), () => true, () => left.push('old'));
    window.dispatchEvent(new Event('linkscout:content'));
    expect(left).toEqual([]);
  });
});
