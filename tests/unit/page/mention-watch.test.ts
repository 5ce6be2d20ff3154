import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChangeBatcher, changedNodes, MAX_BATCH_NODES, WATCH_TIMING, watchPageText } from '@/utils/page/mention-watch';
import { Overlay } from '@/utils/page/overlay';
import { OVERLAY_TAG } from '@/utils/page/overlay-tag';

const text = (s: string) => document.createTextNode(s);

describe('batching changes (debounce with a ceiling)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function batcher(onBatch: (nodes: Node[]) => Promise<void> | void = () => undefined) {
    const batches: Node[][] = [];
    const b = new ChangeBatcher((nodes) => {
      batches.push(nodes);
      return onBatch(nodes);
    }, document);
    return { b, batches };
  }

  it('a burst of changes goes as one batch, once the page has been quiet for 500 ms', async () => {
    const { b, batches } = batcher();
    const [x, y, z] = [text('x'), text('y'), text('z')];
    b.add([x]);
    await vi.advanceTimersByTimeAsync(200);
    b.add([y, x]);
    await vi.advanceTimersByTimeAsync(200);
    b.add([z]);
    await vi.advanceTimersByTimeAsync(WATCH_TIMING.quietMs - 1);
    expect(batches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches).toEqual([[x, y, z]]);
  });

  it('a page that never stops changing (a ticker) still gets a batch every 2 s', async () => {
    const { b, batches } = batcher();
    for (let t = 0; t < 4500; t += 100) {
      b.add([text(String(t))]);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(batches).toHaveLength(2);
    expect(batches[0]).toHaveLength(WATCH_TIMING.maxWaitMs / 100);
  });

  it('nothing added, nothing sent', async () => {
    const { b, batches } = batcher();
    b.add([]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(batches).toEqual([]);
  });

  it('changes made while a batch is being handled wait for it, then go together', async () => {
    let finish!: () => void;
    const { b, batches } = batcher(() => new Promise<void>((resolve) => (finish = resolve)));
    const [x, y, z] = [text('x'), text('y'), text('z')];
    b.add([x]);
    await vi.advanceTimersByTimeAsync(WATCH_TIMING.quietMs);
    expect(batches).toEqual([[x]]);
    b.add([y]);
    await vi.advanceTimersByTimeAsync(WATCH_TIMING.maxWaitMs);
    b.add([z]);
    await vi.advanceTimersByTimeAsync(WATCH_TIMING.maxWaitMs);
    // Still handling the first: nothing else has started.
    expect(batches).toHaveLength(1);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(batches).toEqual([[x], [y, z]]);
  });

  it('a failed batch does not stop the next one', async () => {
    const { b, batches } = batcher(() => Promise.reject(new Error('scan failed')));
    b.add([text('x')]);
    await vi.advanceTimersByTimeAsync(WATCH_TIMING.quietMs);
    b.add([text('y')]);
    await vi.advanceTimersByTimeAsync(WATCH_TIMING.quietMs);
    expect(batches).toHaveLength(2);
  });

  it(`past ${MAX_BATCH_NODES} changed nodes, the batch is the whole document`, async () => {
    const { b, batches } = batcher();
    b.add(Array.from({ length: MAX_BATCH_NODES + 5 }, (_, i) => text(String(i))));
    b.add([text('more')]);
    await vi.advanceTimersByTimeAsync(WATCH_TIMING.quietMs);
    expect(batches).toEqual([[document]]);
  });

  it('once stopped, nothing more is sent', async () => {
    const { b, batches } = batcher();
    b.add([text('x')]);
    b.stop();
    b.add([text('y')]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(batches).toEqual([]);
  });
});

describe('watching shadow roots', () => {
  it('observes a shadow root the scan names, and none named after the watch stopped', async () => {
    document.body.innerHTML = '<x-card></x-card><y-card></y-card>';
    const [early, late] = ['x-card', 'y-card'].map((t) => document.querySelector(t)!.attachShadow({ mode: 'open' }));
    early!.innerHTML = '<p>early</p>'; // test fixture markup, not page input
    late!.innerHTML = '<p>late</p>';
    const batches: Node[][] = [];
    const watch = watchPageText(document, (nodes) => void batches.push(nodes), { quietMs: 5, maxWaitMs: 20 });
    watch.add(early!);
    early!.querySelector('p')!.textContent = 'early, edited';
    await vi.waitFor(() => expect(batches).toHaveLength(1));
    watch.stop();
    // A scan still running names another root: the stopped watch must not start again.
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    watch.add(late!);
    expect(observe).not.toHaveBeenCalled();
    late!.querySelector('p')!.textContent = 'late, edited';
    early!.querySelector('p')!.textContent = 'early, edited again';
    await new Promise((r) => setTimeout(r, 60));
    expect(batches).toHaveLength(1);
  });
});

describe('which changes count', () => {
  beforeEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '<main id="m"><p id="p">Acme <b id="b">today</b></p></main>';
  });
  afterEach(() => document.querySelectorAll(OVERLAY_TAG).forEach((n) => n.remove()));

  function recordsOf(change: () => void): MutationRecord[] {
    const o = new MutationObserver(() => undefined);
    o.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['href', 'hidden'] });
    change();
    const records = o.takeRecords();
    o.disconnect();
    return records;
  }

  it('Linkscout’s own overlay (link highlights, a flash) is not a change of the page', () => {
    const records = recordsOf(() => {
      const overlay = new Overlay(document);
      overlay.startBoxes({ followed: 1, nofollow: 0, sponsored: 0, ugc: 0, hidden: 0 });
      overlay.addBoxes([{ top: 1, left: 1, width: 10, height: 10, kind: 'followed' }]);
      overlay.hideBoxes();
    });
    expect(records.length).toBeGreaterThan(0);
    expect(changedNodes(records)).toEqual([]);
  });

  it('scripts, styles, the head and framework comment markers are not page text', () => {
    const records = recordsOf(() => {
      const style = document.createElement('style');
      style.textContent = '.x{color:red}';
      document.head.append(style);
      style.textContent = '.x{color:blue}';
      document.title = 'Acme – new title';
      document.body.append(document.createElement('script'));
      document.getElementById('m')!.append(document.createComment('react-mount'));
    });
    expect(records.length).toBeGreaterThan(0);
    expect(changedNodes(records)).toEqual([]);
  });

  it('edited text, added nodes and their neighbours, watched attributes', () => {
    const p = document.getElementById('p')!;
    const b = document.getElementById('b')!;
    const acme = p.firstChild!;
    const added = document.createElement('i');
    const nodes = changedNodes(
      recordsOf(() => {
        b.firstChild!.nodeValue = 'tomorrow';
        p.insertBefore(added, b);
        p.setAttribute('hidden', '');
      }),
    );
    expect(new Set(nodes)).toEqual(new Set([b.firstChild, added, acme, b, p]));
  });
});
