import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flashBox } from '@/utils/page/overlay';
import type { MentionScan } from '@/utils/mentions/types';
import { pageReading } from '@/utils/analysis/page-reading';
import { MentionSession } from '@/utils/page/mention-session';
import { ACME_AND_RIVAL, brand } from '../mentions/brands';
import { buildTerms } from '@/utils/mentions/terms';

const FAST = { quietMs: 15, maxWaitMs: 60 };
const settle = () => new Promise((r) => setTimeout(r, FAST.maxWaitMs * 3));

describe('a mention session re-scans its page as it changes', () => {
  let session: MentionSession;
  let told: MentionScan[];

  beforeEach(() => {
    document.body.innerHTML = '<main id="feed"><article><p>Acme launches a rocket.</p></article></main><footer><p id="foot">Footer</p></footer>';
    told = [];
    session = new MentionSession(document, { reading: pageReading(), flashBox, onMentionsChanged: (scan) => told.push(scan), watchTiming: FAST });
  });
  afterEach(() => session.stopWatching());

  it('infinite scroll: a post appended after the scan is found without being asked, and the page says the new count', async () => {
    const first = await session.find(ACME_AND_RIVAL);
    expect(first.scan.counts.brand.unlinked).toBe(1);
    const post = document.createElement('article');
    post.innerHTML = '<p id="new">Rival and Acme, side by side.</p>';
    document.getElementById('feed')!.append(post);
    await vi.waitFor(() => expect(told).toHaveLength(1));
    expect(told[0]!.counts.brand.unlinked).toBe(2);
    expect(told[0]!.counts.competitor.unlinked).toBe(1);
    // The popup asks for the list as it stands: the same one, numbered in page order.
    const now = session.current();
    expect(now.scan).toEqual(told[0]);
    expect(now.scan.mentions.map((m) => `${m.index}:${m.matched}`)).toEqual(['0:Acme', '1:Rival', '2:Acme']);
    expect(session.reveal(2).found).toBe(true);
  });

  it('a change that touches no mention says nothing; the next one that does is told once', async () => {
    await session.find(ACME_AND_RIVAL);
    document.getElementById('foot')!.textContent = 'Footer, updated';
    await settle();
    expect(told).toEqual([]);
    document.getElementById('foot')!.textContent = 'Footer by Acme';
    await vi.waitFor(() => expect(told).toHaveLength(1));
    await settle();
    expect(told).toHaveLength(1);
    expect(told[0]!.counts.brand.unlinked).toBe(2);
  });

  it('a mention removed by the page lowers the count', async () => {
    await session.find(ACME_AND_RIVAL);
    document.querySelector('article')!.remove();
    await vi.waitFor(() => expect(told).toHaveLength(1));
    expect(told[0]!.counts.brand.unlinked).toBe(0);
    expect(session.reveal(0).found).toBe(false);
  });

  it('re-scans with the terms of the latest scan (brands changed in between)', async () => {
    await session.find(ACME_AND_RIVAL);
    await session.find(buildTerms({ brands: [brand('Globex')], competitorBrands: [] }));
    const p = document.createElement('p');
    p.textContent = 'Globex and Acme.';
    document.body.append(p);
    await vi.waitFor(() => expect(told).toHaveLength(1));
    expect(told[0]!.mentions.map((m) => m.brand)).toEqual(['Globex']);
  });

  it('a change made where the first scan has already read, while it runs, is read after it', async () => {
    document.body.innerHTML = `<p id="top">Top.</p>${'<p>Words without the brand in them.</p>'.repeat(3000)}<p>Acme at the end.</p>`;
    const scanning = session.find(ACME_AND_RIVAL);
    // The scan runs in slices; between two of them the page edits the text it read first.
    await new Promise((r) => setTimeout(r, 0));
    document.getElementById('top')!.textContent = 'Top: Acme.';
    const first = await scanning;
    expect(first.scan.counts.brand.unlinked).toBe(1);
    await vi.waitFor(() => expect(told).toHaveLength(1));
    expect(session.current().scan.mentions.map((m) => m.context)).toEqual(['Top: Acme.', 'Acme at the end.']);
  });

  it('a web component: text changed inside its shadow root, and in one it adds later, is read again', async () => {
    const host = document.createElement('feed-card');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p id="card">Acme in a card.</p><div id="slot-for-more"></div>'; // test fixture markup, not page input
    document.getElementById('feed')!.append(host);
    const first = await session.find(ACME_AND_RIVAL);
    expect(first.scan.counts.brand.unlinked).toBe(2);
    // The document's observer alone would never see this edit.
    root.getElementById('card')!.textContent = 'Rival in a card.';
    await vi.waitFor(() => expect(told).toHaveLength(1));
    expect(told[0]!.counts.brand.unlinked).toBe(1);
    expect(told[0]!.counts.competitor.unlinked).toBe(1);
    // A component the card adds afterwards, with a root of its own, is watched from its re-scan on.
    const inner = document.createElement('card-note');
    inner.attachShadow({ mode: 'open' }).innerHTML = '<p id="note">A note.</p>';
    root.getElementById('slot-for-more')!.append(inner);
    await settle();
    inner.shadowRoot!.getElementById('note')!.textContent = 'A note on Acme.';
    await vi.waitFor(() => expect(told.at(-1)!.counts.brand.unlinked).toBe(2));
  });

  it('nothing is watched before a first scan, and nothing after the session stops watching', async () => {
    expect(() => session.current()).toThrow(/No mentions/);
    await session.find(ACME_AND_RIVAL);
    session.stopWatching();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Acme again' }));
    await settle();
    expect(told).toEqual([]);
  });
});
