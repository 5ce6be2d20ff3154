import { describe, expect, it } from 'vitest';
import { pageReading } from '@/utils/analysis/page-reading';
import { mentionScanSteps } from '@/utils/mentions/scan';
import { scanMentions } from '@/utils/mentions/scan-document';
import { loadFixture } from '../fixture';
import { ACME_AND_RIVAL } from './brands';

function parse(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

describe('a scan in slices', () => {
  const bigPage = () => parse(Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i} talks about rockets, and Acme is named once in it among other words.</p>`).join(''));

  it('yields between chunks of a long page, and ends with the same result as a scan at once', () => {
    const steps = mentionScanSteps(bigPage(), ACME_AND_RIVAL, { reading: pageReading() });
    let yields = 0;
    let r = steps.next();
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    expect(yields).toBeGreaterThan(3);
    const whole = scanMentions(bigPage(), ACME_AND_RIVAL).scan;
    expect({ ...r.value.scan, durationMs: 0 }).toEqual({ ...whole, durationMs: 0 });
    expect(r.value.scan.mentions.map((m) => m.index)).toEqual([...Array(400).keys()]);
  });

  it('finds every mention of one text node longer than a search chunk, wherever the chunk ends', () => {
    const unit = "Acme Rocket and Acme's kit, ";
    for (let shift = 0; shift < unit.length; shift += 3) {
      const doc = parse(`<p>${'x'.repeat(shift)} ${unit.repeat(700)}</p>`);
      const { scan } = scanMentions(doc, ACME_AND_RIVAL);
      expect(scan.mentions).toHaveLength(1400);
      expect(new Set(scan.mentions.map((m, i) => `${i % 2}:${m.matched}`))).toEqual(new Set(['0:Acme Rocket', "1:Acme's"]));
    }
  });

  it('stops at maxMentions and says the list is truncated', () => {
    const doc = loadFixture('mentions/hidden-and-visible-mentions.html');
    const cut = scanMentions(doc, ACME_AND_RIVAL, { maxMentions: 3 }).scan;
    expect(cut.mentions).toHaveLength(3);
    expect(cut.truncated).toBe(true);
    const exact = scanMentions(doc, ACME_AND_RIVAL, { maxMentions: 9 });
    expect(exact.scan.mentions).toHaveLength(9);
    expect(exact.ranges).toHaveLength(9);
    expect(exact.scan.truncated).toBe(false);
  });
});

describe('context', () => {
  it('is about 200 characters of the mention’s own block, the mention in the middle', () => {
    const before = 'Words before the mention keep going for quite a while here. '.repeat(6);
    const after = ' Words after the mention keep going for quite a while too.'.repeat(6);
    const doc = parse(`<p>Another block.</p><p>${before}<b>Acme</b>${after}</p><p>Next block.</p>`);
    const [m] = scanMentions(doc, ACME_AND_RIVAL).scan.mentions;
    expect(m!.context.length).toBeLessThanOrEqual(202);
    expect(m!.context.length).toBeGreaterThan(190);
    expect(m!.context.startsWith('…')).toBe(true);
    expect(m!.context.endsWith('…')).toBe(true);
    const at = m!.context.indexOf('Acme');
    expect(Math.abs(at - (m!.context.length - at - 4))).toBeLessThan(4);
    expect(m!.context).not.toContain('block');
  });

  it('is the whole block when it is short', () => {
    const [m] = scanMentions(parse('<p>Another block.</p><p>Short <i>line</i> by Acme.</p>'), ACME_AND_RIVAL).scan.mentions;
    expect(m!.context).toBe('Short line by Acme.');
  });
});

describe('placement', () => {
  it('places each mention with the page’s placement model when none is given', () => {
    const { scan } = scanMentions(loadFixture('mentions/placement-regions.html'), ACME_AND_RIVAL);
    expect(scan.mentions.map((m) => m.placement)).toEqual(['navigation', 'content', 'sidebar', 'footer']);
  });

  it('uses the placement the caller gives, asked of the link around a linked mention', () => {
    const doc = loadFixture('mentions/linked-to-you-elsewhere-unlinked.html');
    const { scan } = scanMentions(doc, ACME_AND_RIVAL, { placementOf: (el) => (el.localName === 'a' ? 'related' : 'comments') });
    expect(scan.mentions[0]!.placement).toBe('related');
    expect(scan.mentions.find((m) => m.state === 'unlinked')!.placement).toBe('comments');
  });
});
