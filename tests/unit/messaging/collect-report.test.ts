import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { analyzeDocument } from '@/utils/analysis/analyze';
import { MAX_LABEL, MAX_URL } from '@/utils/analysis/links';
import type { ExtractedLink } from '@/utils/analysis/types';
import { AnalysisGone, collectLinks, LINK_PAGES_IN_FLIGHT, MAX_REPORT_CHARS, reportOf } from '@/utils/messaging/collect-report';
import { LINK_PAGE } from '@/utils/messaging/content-protocol';
import type { ReportHead } from '@/utils/messaging/protocol';
import { InvalidAnswer, sendToTab } from '@/utils/messaging/to-tab';
import { PageSession } from '@/utils/page/page-session';

/** A page with `n` links, a few of them hidden or nofollow. */
function pageWithLinks(n: number): Document {
  const items = Array.from({ length: n }, (_, i) => `<li><a href="https://site${i % 37}.example/p/${i}"${i % 11 === 0 ? ' rel="nofollow"' : ''}${i % 13 === 0 ? ' hidden' : ''}>Link ${i}</a></li>`);
  return new DOMParser().parseFromString(`<!doctype html><html><head><title>Links</title></head><body><main><ul>${items.join('')}</ul></main></body></html>`, 'text/html');
}

type LinksAnswer = { analysis: string; links: Array<Record<string, unknown>> | null };

/** The page's content script, answering the background's messages as the browser would carry them (copied). */
function connect(session: PageSession, tamper: (type: string, value: unknown) => unknown = (_t, v) => v) {
  const sent: Array<{ type: string; links: number }> = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tabId: number, message: unknown) => {
    const { type, data } = message as { type: string; data: { analysis: string; from: number } };
    const value = type === 'analyzePage' ? await session.analyze() : session.reportLinks(data.analysis, data.from);
    sent.push({ type, links: type === 'reportLinks' ? ((value as LinksAnswer).links?.length ?? -1) : 0 });
    return { ok: true, value: structuredClone(tamper(type, value)) };
  });
  return sent;
}

/** Spoil the links of every reportLinks answer. */
const spoilLinks = (spoil: (links: Array<Record<string, unknown>>) => unknown) => (type: string, value: unknown) =>
  type === 'reportLinks' ? { ...(value as LinksAnswer), links: spoil((value as LinksAnswer).links!) } : value;

async function head(): Promise<ReportHead> {
  const answer = await sendToTab(1, 'analyzePage', {});
  if (!answer.ok) throw new Error('not analysed');
  return answer.head;
}

describe('a big page’s report comes a page of links at a time', () => {
  let session: PageSession | null = null;
  afterEach(() => session?.dispose());

  it('assembles the same report as one analysis, from answers of LINK_PAGE links at most', async () => {
    const doc = pageWithLinks(2 * LINK_PAGE + 123);
    session = new PageSession(doc);
    const sent = connect(session);
    const h = await head();
    const report = reportOf(h, await collectLinks(1, h));
    const whole = analyzeDocument(doc, { url: h.page.url });
    expect(report.links).toEqual(whole.links);
    expect(report.page).toEqual(whole.page);
    expect(sent.filter((s) => s.type === 'reportLinks').map((s) => s.links)).toEqual([LINK_PAGE, LINK_PAGE, 123]);
  });

  it('refuses a page of links that is not the one asked for', async () => {
    session = new PageSession(pageWithLinks(30));
    connect(session, spoilLinks((links) => links.map((l) => ({ ...l, index: (l.index as number) + 1 }))));
    const h = await head();
    await expect(collectLinks(1, h)).rejects.toThrow(/Invalid reportLinks answer at links\.0: index 1, expected 0/);
  });

  it('refuses a hostile link with the schema’s words', async () => {
    session = new PageSession(pageWithLinks(30));
    connect(session, spoilLinks((links) => links.map((l, i) => (i === 7 ? { ...l, placement: 'everywhere' } : l))));
    const h = await head();
    await expect(collectLinks(1, h)).rejects.toThrow(/Invalid reportLinks answer at links\.7\.placement/);
  });

  it('refuses a sparse list of links, and a link whose rel list has holes (the copy keeps them)', async () => {
    session = new PageSession(pageWithLinks(30));
    connect(session, spoilLinks((links) => Object.assign(new Array(links.length), { 0: links[0] })));
    const h = await head();
    await expect(collectLinks(1, h)).rejects.toThrow(InvalidAnswer);

    connect(session, spoilLinks((links) => links.map((l, i) => (i === 3 ? { ...l, rel: Object.assign(new Array(3), { 1: 'nofollow' }) } : l))));
    const h2 = await head();
    await expect(collectLinks(1, h2)).rejects.toThrow(/Invalid reportLinks answer at links\.3\.rel\.0/);
  });

  it('keeps only the fields a link has: a key the page adds is dropped', async () => {
    session = new PageSession(pageWithLinks(30));
    connect(session, spoilLinks((links) => links.map((l, i) => (i === 5 ? { ...l, onclick: 'alert(1)', __proto__x: {} } : l))));
    const h = await head();
    const links = await collectLinks(1, h);
    expect(links).toHaveLength(30);
    expect(Object.keys(links[5]!).sort()).toEqual(Object.keys(links[4]!).sort());
    expect(links[5]).not.toHaveProperty('onclick');
  });

  it('refuses links of another analysis than the one asked for', async () => {
    session = new PageSession(pageWithLinks(30));
    const other = new PageSession(pageWithLinks(30));
    const { analysis } = await other.analyze().then((a) => (a.ok ? a.head : { analysis: '' }));
    connect(session, (type, value) => (type === 'reportLinks' ? { ...other.reportLinks(analysis, 0) } : value));
    const h = await head();
    await expect(collectLinks(1, h)).rejects.toThrow(/links of analysis [0-9a-f]{16}, asked for/);
    other.dispose();
  });

  it('says when the page no longer keeps the analysis, so it can be asked for a new one', async () => {
    session = new PageSession(pageWithLinks(10));
    connect(session);
    const first = await head();
    await head();
    await head();
    await expect(collectLinks(1, first)).rejects.toThrow(AnalysisGone);
  });
});

describe('a hostile page’s answers are held only as they are read', () => {
  /** A link at every bound the schema allows. */
  const longest = (index: number): ExtractedLink => ({
    index,
    element: 'a',
    rawHref: `https://x.example/${'a'.repeat(MAX_URL - 18)}`,
    href: `https://x.example/${'a'.repeat(MAX_URL - 18)}`,
    scheme: 'http',
    host: 'x.example',
    text: 't'.repeat(1000),
    imageAlt: 'i'.repeat(1000),
    label: 'l'.repeat(MAX_LABEL),
    rel: [],
    target: null,
    placement: 'content',
    placementReasons: [],
    visible: true,
    hiddenBy: null,
    aboveFold: null,
    contentOrder: 1,
    context: null,
  });
  const ANALYSIS = '0123456789abcdef';
  const headOf = (linkCount: number): ReportHead => ({ analysis: ANALYSIS, page: {} as ReportHead['page'], linkCount, truncated: false, durationMs: 1 });

  /** A page answering every page of links after `delay` ms, counting the requests in flight. */
  function hostile(answer: (from: number) => unknown, delay = 1) {
    const seen = { asked: 0, inFlight: 0, most: 0 };
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (_tabId: number, message: unknown) => {
      const { from } = (message as { data: { from: number } }).data;
      seen.asked++;
      seen.most = Math.max(seen.most, ++seen.inFlight);
      await new Promise((r) => setTimeout(r, delay));
      seen.inFlight--;
      return { ok: true, value: answer(from) };
    });
    return seen;
  }

  it('asks for at most LINK_PAGES_IN_FLIGHT pages at once', async () => {
    const small = (from: number) => ({ analysis: ANALYSIS, links: Array.from({ length: Math.min(LINK_PAGE, 7 * LINK_PAGE - from) }, (_, i) => ({ ...longest(from + i), rawHref: '/', href: null, text: '', imageAlt: null })) });
    const seen = hostile(small);
    const links = await collectLinks(1, headOf(7 * LINK_PAGE));
    expect(links).toHaveLength(7 * LINK_PAGE);
    expect([seen.asked, seen.most]).toEqual([7, LINK_PAGES_IN_FLIGHT]);
  });

  it('stops asking at the first bad answer', async () => {
    const seen = hostile((from) => ({ analysis: ANALYSIS, links: from === 0 ? [{ index: 'x' }] : [] }));
    await expect(collectLinks(1, headOf(100 * LINK_PAGE))).rejects.toThrow(InvalidAnswer);
    await new Promise((r) => setTimeout(r, 20));
    expect(seen.asked).toBeLessThanOrEqual(LINK_PAGES_IN_FLIGHT);
  });

  it('refuses a report whose links hold more characters than a genuine page’s, and stops asking', async () => {
    const seen = hostile((from) => ({ analysis: ANALYSIS, links: Array.from({ length: LINK_PAGE }, (_, i) => longest(from + i)) }));
    const pages = 100;
    await expect(collectLinks(1, headOf(pages * LINK_PAGE))).rejects.toThrow(/Invalid reportLinks answers: the links hold more than 64,000,000 characters/);
    await new Promise((r) => setTimeout(r, 20));
    const perPage = LINK_PAGE * (2 * MAX_URL + 2000);
    expect(seen.asked).toBeLessThanOrEqual(Math.ceil(MAX_REPORT_CHARS / perPage) + LINK_PAGES_IN_FLIGHT);
  });

  it('takes a genuine page of the most links, each of ordinary length', async () => {
    // About 250 characters a link, as ordinary links are at most.
    const ordinary = (index: number): ExtractedLink => ({ ...longest(index), rawHref: `/p/${'a'.repeat(60)}`, href: `https://x.example/p/${'a'.repeat(60)}`, text: 'a'.repeat(30), imageAlt: null, label: null, context: 'c'.repeat(60) });
    hostile((from) => ({ analysis: ANALYSIS, links: Array.from({ length: LINK_PAGE }, (_, i) => ordinary(from + i)) }), 0);
    await expect(collectLinks(1, headOf(100 * LINK_PAGE))).resolves.toHaveLength(100 * LINK_PAGE);
  });
});
