import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '@/utils/analysis/analyze';
import { isPlainLink, linkChars, LinkSchema, PageReportSchema } from '@/utils/messaging/report-schema';
import { reasonText } from '@/utils/analysis/placement/reasons';
import { loadFixture } from '../fixture';

/** A report as a hostile page could shape it. */
type Loose = { links: Array<Record<string, unknown>>; page?: unknown };

describe('the page report schema', () => {
  const good = analyzeDocument(loadFixture('links/text-split-over-inline-tags.html'), { url: 'https://x.example/' });

  it('accepts what the analysis produces', () => {
    expect(v.safeParse(PageReportSchema, good).success).toBe(true);
  });

  it('accepts a page whose own address, or canonical, is longer than any link may be', () => {
    const query = `?state=${'a1'.repeat(4000)}`;
    const doc = new DOMParser().parseFromString(`<head><link rel="canonical" href="/page${query}"></head><body><p><a href="/x">x</a></p></body>`, 'text/html');
    const report = analyzeDocument(doc, { url: `https://app.example/page${query}` });
    expect(report.page.url.length).toBeGreaterThan(8000);
    expect(report.page.canonical).toHaveLength(5000);
    expect(report.page.canonical).toMatch(/^https:\/\/app\.example\/page\?state=a1a1.*…$/);
    expect(v.safeParse(PageReportSchema, report).success).toBe(true);
  });

  it.each([
    ['an unknown placement', (r: Loose) => (r.links[0]!.placement = 'everywhere')],
    ['a non-boolean visible', (r: Loose) => (r.links[0]!.visible = 'yes')],
    ['an oversized anchor text', (r: Loose) => (r.links[0]!.text = 'x'.repeat(50_000))],
    ['a missing page', (r: Loose) => delete r.page],
    ['a negative index', (r: Loose) => (r.links[0]!.index = -1)],
  ])('rejects %s from a hostile page', (_name, spoil) => {
    const bad = structuredClone(good) as unknown as Loose;
    spoil(bad);
    expect(v.safeParse(PageReportSchema, bad).success).toBe(false);
  });
});

describe('the quick check of a link', () => {
  const good = analyzeDocument(loadFixture('links/text-split-over-inline-tags.html'), { url: 'https://x.example/' }).links;
  const LinkAnswer = v.object({ links: v.array(LinkSchema) });

  it('passes the links the analysis produces', () => {
    expect(good.length).toBeGreaterThan(0);
    expect(good.every(isPlainLink)).toBe(true);
  });

  // Each field spoiled in turn with values of the wrong type, out of bounds or unknown.
  const SPOILS: unknown[] = [undefined, null, -1, 1.5, NaN, Infinity, '', 'x'.repeat(5001), true, [], ['x'.repeat(301)], Array(31).fill('a'), {}, 'everywhere', 'display', 'content'];
  it('never passes a link the schema refuses', () => {
    for (const field of Object.keys(good[0]!)) {
      for (const spoil of SPOILS) {
        const link = { ...good[0]!, [field]: spoil };
        if (isPlainLink(link)) expect(v.safeParse(LinkAnswer, { links: [link] }).success, `${field} = ${String(spoil).slice(0, 20)}`).toBe(true);
      }
    }
    expect(isPlainLink([good[0]])).toBe(false);
    expect(isPlainLink(null)).toBe(false);
  });

  it('takes placement reasons only as known codes with the words each takes, in both checks', () => {
    const withReasons = (reasons: unknown) => ({ ...good[0]!, placementReasons: reasons });
    const ok = withReasons([['heading', 'More stories'], ['inMain', '<main>']]);
    expect(isPlainLink(ok)).toBe(true);
    expect(v.safeParse(LinkAnswer, { links: [ok] }).success).toBe(true);
    for (const bad of [
      ['inside <nav>'], // a reason worded in the page: the page could word anything
      [['everywhere']], // no such code
      [['toString']], // a code only by inheritance
      [['heading']], // its heading missing
      [['toc', 'extra']], // a word it does not take
      [['heading', 'x'.repeat(301)]],
      [['heading', 7]],
      [Object.assign(new Array(2), { 0: 'heading' })], // a hole for its word
    ]) {
      const link = withReasons(bad);
      expect(isPlainLink(link), JSON.stringify(bad).slice(0, 40)).toBe(false);
      expect(v.safeParse(LinkAnswer, { links: [link] }).success, JSON.stringify(bad).slice(0, 40)).toBe(false);
    }
  });

  it('counts a link’s reasons as long as the background words them, not as the short codes sent', () => {
    const bare = { ...good[0]!, placementReasons: [] };
    const chrome = { ...bare, placementReasons: [['postChrome'] as const] };
    expect(linkChars(chrome) - linkChars(bare)).toBe(reasonText(['postChrome']).length);
  });

  it('refuses lists with holes, which the schema refuses too', () => {
    for (const [field, item] of [['rel', 'nofollow'], ['placementReasons', ['toc']]] as const) {
      const link = structuredClone({ ...good[0]!, [field]: Object.assign(new Array(2), { 1: item }) });
      expect(1 in link[field] && !(0 in link[field])).toBe(true);
      expect(v.safeParse(LinkAnswer, { links: [link] }).success).toBe(false);
      expect(isPlainLink(link), field).toBe(false);
    }
  });

  it('refuses a link with a key of its own the schema does not know (the schema then drops it)', () => {
    const link = { ...good[0]!, onclick: 'steal()' };
    expect(isPlainLink(link)).toBe(false);
    const parsed = v.parse(LinkAnswer, { links: [link] });
    expect(parsed.links[0]).toEqual(good[0]);
  });
});
