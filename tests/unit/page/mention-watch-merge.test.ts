import { beforeEach, describe, expect, it } from 'vitest';
import { scanMentions } from '@/utils/mentions/scan-document';
import type { Placement } from '@/utils/analysis/types';
import { mergeRescan, type LiveMentions } from '@/utils/page/mention-merge';
import { changedNodes } from '@/utils/page/mention-watch';
import { ACME_AND_RIVAL } from '../mentions/brands';

// One placement for every scan: this file is about which mentions a merge keeps, not where they sit.
const placementOf = (): Placement => 'content';
const opts = { placementOf };

const el = (id: string) => document.getElementById(id)!;

/** Where a range is, comparable with toEqual. */
const where = (r: Range) => [r.startContainer, r.startOffset, r.endContainer, r.endOffset];

/**
 * Scan the page, let `change` edit it, then re-scan only around the nodes the mutation records
 * name (as the live watch does) and merge: the result must be what a whole new scan finds.
 */
function mergeAfter(body: string, change: () => void) {
  document.body.innerHTML = body;
  const first = scanMentions(document, ACME_AND_RIVAL, opts);
  const before: LiveMentions = { scan: first.scan, ranges: first.ranges };
  const observer = new MutationObserver(() => undefined);
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['href', 'hidden'] });
  change();
  const roots = changedNodes(observer.takeRecords());
  observer.disconnect();
  const rescan = scanMentions(document, ACME_AND_RIVAL, { ...opts, roots });
  const merged = mergeRescan(before, { ...rescan, partial: rescan.partial! });
  const fresh = scanMentions(document, ACME_AND_RIVAL, opts);
  return { before, merged, fresh };
}

function expectSameAsFreshScan({ merged, fresh }: ReturnType<typeof mergeAfter>) {
  expect(merged.scan.mentions).toEqual(fresh.scan.mentions);
  expect(merged.scan.counts).toEqual(fresh.scan.counts);
  expect(merged.scan.hiddenCount).toBe(fresh.scan.hiddenCount);
  expect(merged.ranges.map(where)).toEqual(fresh.ranges.map(where));
}

const ARTICLE = `
  <main id="feed">
    <article id="one"><p id="p1">First post: <a href="https://acme.com/">Acme</a> ships a rocket.</p></article>
    <article id="two"><p id="p2">Second post: Acme and Rival compared.</p></article>
  </main>
  <footer><p>© Footer text</p></footer>`;

describe('merging a re-scan of what changed into the earlier mentions', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('infinite scroll: a post appended at the end adds its mention, and the earlier ones keep their ranges', () => {
    const r = mergeAfter(ARTICLE, () => {
      const post = document.createElement('article');
      post.innerHTML = '<p>Third post: the Acme team answers.</p>';
      el('feed').append(post);
    });
    expectSameAsFreshScan(r);
    expect(r.merged.scan.counts.brand.unlinked).toBe(r.before.scan.counts.brand.unlinked + 1);
    expect(r.merged.ranges.slice(0, r.before.ranges.length)).toEqual(r.before.ranges);
    expect(r.merged).toMatchObject({ dropped: 0, added: 1, changed: true });
  });

  it('a post inserted at the top comes first, and every mention after it is numbered again', () => {
    const r = mergeAfter(ARTICLE, () => {
      const post = document.createElement('article');
      post.innerHTML = '<p>Pinned: Rival says Acme copied them.</p>';
      el('feed').prepend(post);
    });
    expectSameAsFreshScan(r);
    expect(r.merged.scan.mentions.map((m) => m.index)).toEqual([0, 1, 2, 3, 4]);
    expect(r.merged.scan.mentions[0]!.matched).toBe('Rival');
  });

  it('text edited in place (a single-page app re-rendering a label): the old mention goes, the new text is read', () => {
    const r = mergeAfter(ARTICLE, () => {
      el('p2').firstChild!.nodeValue = 'Second post: Acne and Rival compared.';
    });
    expectSameAsFreshScan(r);
    expect(r.merged.scan.mentions.map((m) => m.matched)).toEqual(['Acme', 'Rival']);
  });

  it('a post removed takes its mentions with it', () => {
    const r = mergeAfter(ARTICLE, () => el('two').remove());
    expectSameAsFreshScan(r);
    expect(r.merged).toMatchObject({ dropped: 2, added: 0, changed: true });
  });

  it('a post replaced by another (the SPA swapped a view)', () => {
    const r = mergeAfter(ARTICLE, () => {
      const next = document.createElement('article');
      next.innerHTML = '<p>New view: nothing about them here, but <b>Acme</b>’s name.</p>';
      el('two').replaceWith(next);
    });
    expectSameAsFreshScan(r);
  });

  it('an inline node added next to a name completes a longer one (Acme → Acme Rocket)', () => {
    const r = mergeAfter('<p id="p">Launch day for Acme</p>', () => {
      const s = document.createElement('span');
      s.textContent = ' Rocket';
      el('p').append(s);
    });
    expectSameAsFreshScan(r);
    expect(r.merged.scan.mentions.map((m) => m.matched)).toEqual(['Acme Rocket']);
  });

  it('a block inserted inside a name parts it (Acme Rocket → Acme)', () => {
    const r = mergeAfter('<div id="d">Launch of Acme <b id="b">Rocket</b> today</div>', () => {
      el('d').insertBefore(document.createElement('p'), el('b')).textContent = 'Ad';
    });
    expectSameAsFreshScan(r);
    expect(r.merged.scan.mentions.map((m) => m.matched)).toEqual(['Acme']);
  });

  it('a mention wrapped in a link by the page (unlinked → linked to you)', () => {
    const r = mergeAfter('<p id="p">We recommend Acme for this.</p>', () => {
      el('p').innerHTML = 'We recommend <a href="https://acme.com/">Acme</a> for this.';
    });
    expectSameAsFreshScan(r);
    expect(r.merged.scan.mentions[0]!.state).toBe('linked-to-you');
  });

  it('a link’s href changed after load (hydration): the mention inside is judged again', () => {
    const r = mergeAfter('<p><a id="a" href="#">Acme</a> tools.</p>', () => el('a').setAttribute('href', 'https://elsewhere.example/acme'));
    expectSameAsFreshScan(r);
    expect(r.merged.scan.mentions[0]!.state).toBe('linked-elsewhere');
  });

  it('a block of mentions moved higher up the page: same mentions, in the new order', () => {
    const r = mergeAfter(ARTICLE, () => el('feed').prepend(el('two')));
    expectSameAsFreshScan(r);
    expect(r.merged.scan.mentions.map((m) => m.matched)).toEqual(['Acme', 'Rival', 'Acme']);
  });

  it('a change beside a mention changes its context: the list changed', () => {
    const r = mergeAfter(ARTICLE, () => {
      el('p1').append(document.createTextNode(' (updated)'));
    });
    expectSameAsFreshScan(r);
    expect(r.merged.scan.mentions[0]!.context).toMatch(/\(updated\)$/);
    expect(r.merged.changed).toBe(true);
  });

  it('a change that touches no mention changes nothing a user sees', () => {
    const r = mergeAfter(ARTICLE, () => {
      document.querySelector('footer p')!.firstChild!.nodeValue = '© 2025 Footer text';
    });
    expectSameAsFreshScan(r);
    expect(r.merged.changed).toBe(false);
  });

  it('keeps at most `max` mentions, in page order, and says the list is truncated', () => {
    document.body.innerHTML = '<p id="p">Acme, Rival.</p>';
    const first = scanMentions(document, ACME_AND_RIVAL, opts);
    const p = document.createElement('p');
    p.textContent = 'Acme again, and Acme.';
    document.body.prepend(p);
    const rescan = scanMentions(document, ACME_AND_RIVAL, { ...opts, roots: [p] });
    const merged = mergeRescan(first, { ...rescan, partial: rescan.partial! }, 3);
    expect(merged.scan.mentions.map((m) => `${m.index}:${m.context}`)).toEqual(['0:Acme again, and Acme.', '1:Acme again, and Acme.', '2:Acme, Rival.']);
    expect(merged.scan.truncated).toBe(true);
    expect(merged.scan.counts.competitor.unlinked).toBe(0);
  });
});
