import { describe, expect, it } from 'vitest';
import { scanMentions } from '@/utils/mentions/scan-document';
import { loadFixture } from '../fixture';
import { ACME_AND_RIVAL } from './brands';

/** The fixture, with the shadow trees a script would have attached and a cross-origin frame. */
function page(crossOrigin: 'throws' | 'null'): Document {
  const doc = loadFixture('mentions/shadow-root-and-iframe.html');
  doc.getElementById('card')!.attachShadow({ mode: 'open' }).innerHTML =
    '<p>Acme inside an open shadow root, <a href="https://acme.com/">Acme</a> linked.</p>';
  doc.getElementById('credit')!.attachShadow({ mode: 'open' }).innerHTML = '<b><slot></slot></b>';
  doc.getElementById('shadow-link')!.attachShadow({ mode: 'open' }).innerHTML = '<a href="https://www.acme.com/"><slot></slot></a>';
  // A cross-origin frame's document is out of reach: some engines throw, others give null.
  Object.defineProperty(doc.getElementById('cross-origin')!, 'contentDocument', {
    get() {
      if (crossOrigin === 'throws') throw new DOMException('Blocked a frame', 'SecurityError');
      return null;
    },
  });
  return doc;
}

describe('open shadow roots and same-origin iframes', () => {
  it.each(['throws', 'null'] as const)('reads both in page order, and skips a cross-origin frame that %s', (how) => {
    const { scan } = scanMentions(page(how), ACME_AND_RIVAL);
    expect(scan.mentions.map((m) => [m.context, m.state, m.visible])).toEqual([
      ['Acme in the page.', 'unlinked', true],
      ['Acme inside an open shadow root, Acme linked.', 'unlinked', true],
      ['Acme inside an open shadow root, Acme linked.', 'linked-to-you', true],
      ['Made by Acme itself.', 'unlinked', true],
      ['Acme', 'linked-to-you', true],
      ['Acme inside a same-origin frame, Acme linked.', 'unlinked', true],
      ['Acme inside a same-origin frame, Acme linked.', 'linked-to-you', true],
      ['Acme hidden in the frame.', 'unlinked', false],
      ['Acme after the frames.', 'unlinked', true],
    ]);
  });

  it('reads slotted text once, at its slot, and within the slot’s link', () => {
    const { scan } = scanMentions(page('null'), ACME_AND_RIVAL);
    expect(scan.mentions.filter((m) => m.context === 'Made by Acme itself.')).toHaveLength(1);
    expect(scan.mentions[4]!.linkHref).toBe('https://www.acme.com/');
  });

  it('gives a frame’s mentions the placement of the iframe on the page', () => {
    const doc = page('null');
    const placed: Element[] = [];
    scanMentions(doc, ACME_AND_RIVAL, { placementOf: (el) => (placed.push(el), 'content') });
    expect(placed.filter((el) => el.id === 'same-origin')).toHaveLength(3);
  });
});
