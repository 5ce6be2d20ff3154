import { describe, expect, it } from 'vitest';
import { riskSignal, wrapperOf } from '@/utils/scoring/signals/risk';
import { appendToMain, directoryDocument, scorePage, settings, signalOf, verdictDocument } from './verdict-fixture';

describe('risk signal', () => {
  it('the casino and payday-loan page: spam terms, hidden links, paid wording and wrappers, each with its severity', () => {
    const s = signalOf(scorePage('spam'), 'risk');
    expect(s.tone).toBe('bad');
    expect(s.summary).toBe('Avoid: 4 risk signs');
    expect(s.evidence).toEqual([
      'Spam terms: casino, betting, viagra, cialis, payday loan, slots (strong)',
      '4 hidden links to other sites (display: none) with spam anchors (strong)',
      'Paid-content wording: ‘sponsored post’ (moderate)',
      '4 links through redirect wrappers (/go/, /out/) (moderate)',
    ]);
  });

  it('a clean page has no risk signs', () => {
    expect(signalOf(scorePage('resource'), 'risk')).toMatchObject({ tone: 'good', summary: 'No risk signs found' });
  });

  it('one spam term mentioned in passing is mild, not a reason to avoid the page', () => {
    const doc = verdictDocument('article');
    appendToMain(doc, '<p>We wrote this on a trip to Las Vegas, between the casino floor and the pool.</p>');
    const r = scorePage('article', {}, doc);
    expect(signalOf(r, 'risk').evidence).toEqual(['Spam terms: casino (mild)']);
    expect(r.verdict.label).not.toBe('avoid');
  });

  it('news that "is betting on" something is not gambling', () => {
    const doc = verdictDocument('article');
    doc.querySelector('h1')!.textContent = 'Google is betting on cloud gaming';
    expect(signalOf(scorePage('article', {}, doc), 'risk').tone).toBe('good');
  });

  it('guest posts and a price far apart on a page are not guest posts for sale', () => {
    const doc = verdictDocument('guestPost');
    const filler = '<p>Our editors read every submission with care and reply to each writer in person.</p>'.repeat(5);
    appendToMain(doc, `${filler}<p>Our shop: seed packets at $4 each.</p>`);
    expect(signalOf(scorePage('guestPost', {}, doc), 'risk').tone).toBe('good');
  });

  it('a spam term that is one of your topics is not spam to you', () => {
    const s = signalOf(scorePage('spam', { settings: settings({ topics: ['online casino', 'betting'] }) }), 'risk');
    expect(s.evidence[0]).toBe('Spam terms: viagra, cialis, payday loan, slots (strong)');
  });

  it('hidden links in menus are normal; hidden links to other sites in the content are not', () => {
    const doc = verdictDocument('article');
    doc.querySelector('header nav')!.insertAdjacentHTML('beforeend', '<ul style="display:none"><li><a href="https://partner.example/">Partner</a></li></ul>');
    expect(signalOf(scorePage('article', {}, doc), 'risk').tone).toBe('good');
    appendToMain(doc, '<p style="display:none"><a href="https://cheap-loans.example/">loans</a></p>');
    expect(signalOf(scorePage('article', {}, doc), 'risk').evidence).toEqual(['1 hidden link to other sites (display: none) (mild)']);
    appendToMain(doc, '<div hidden><a href="https://a.example/">a</a> <a href="https://b.example/">b</a></div>');
    expect(signalOf(scorePage('article', {}, doc), 'risk').evidence).toEqual(['3 hidden links to other sites (display: none, hidden attribute) (moderate)']);
  });

  it('links in content the reader opens (a closed <details>, as the browser reports it) are not hidden links', () => {
    const link = (i: number, hiddenBy: 'collapsed' | 'display') =>
      ({ internal: false, placement: 'content', visible: false, hiddenBy, text: `source ${i}`, href: `https://s${i}.example/`, scheme: 'http' }) as const;
    const risk = (hiddenBy: 'collapsed' | 'display') =>
      riskSignal({
        page: { title: 'FAQ', headings: [], mainText: 'Answers to the questions readers ask.', robots: { noindex: false, nofollow: false, sources: [] } },
        links: [0, 1, 2].map((i) => link(i, hiddenBy)),
        pageType: { type: 'article' },
        topics: [],
      });
    expect(risk('collapsed').items).toEqual([]);
    expect(risk('display').signal.evidence).toEqual(['3 hidden links to other sites (display: none) (moderate)']);
  });

  it('a hidden copy of a visible link (a tab, a mobile variant) is not hiding anything', () => {
    const doc = verdictDocument('article');
    appendToMain(doc, '<div style="display:none"><a href="https://ahrefs.com/broken-link-checker">the checker</a></div>');
    expect(signalOf(scorePage('article', {}, doc), 'risk').tone).toBe('good');
  });

  it('a noindex page is a risk: links on it do not count', () => {
    const doc = verdictDocument('resource');
    doc.head.insertAdjacentHTML('beforeend', '<meta name="robots" content="noindex, nofollow">');
    expect(signalOf(scorePage('resource', {}, doc), 'risk').evidence).toEqual(['The page is noindex and nofollow: links on it don’t count (moderate)']);
  });

  it('a link farm: more than 100 links to other sites in the content', () => {
    const doc = verdictDocument('resource');
    const items = Array.from({ length: 120 }, (_, i) => `<li><a href="https://site${i}.example/">Site ${i}</a></li>`).join('');
    appendToMain(doc, `<ul>${items}</ul>`);
    expect(signalOf(scorePage('resource', {}, doc), 'risk').evidence).toEqual(['130 links to other sites in the content (moderate)']);
  });

  it('a directory that asks visitors to submit their site', () => {
    const doc = directoryDocument('<a href="/submit">Submit your site</a> for free.');
    const r = scorePage('resource', {}, doc);
    expect(r.pageType.type).toBe('directory');
    expect(signalOf(r, 'risk').evidence).toEqual(['A directory that takes site submissions (‘submit your site’) (moderate)']);
  });

  it.each([
    ['https://bonus.example/go/royal-spins', '/go/'],
    ['https://bonus.example/out.php?id=4', '/out/'],
    ['https://r.example/click?url=https%3A%2F%2Fbet.example%2F', '?url='],
    ['https://r.example/away?redirect=https://bet.example/', '?redirect='],
    ['https://twitter.com/intent/tweet?url=https://a.example/', null],
    ['https://blog.example/going-out-tonight', null],
    ['https://shop.example/search?url=shoes', null],
    // Plain addresses are read without the URL parser: the same marks as parsed ones.
    ['https://bonus.example/GO/', '/go/'],
    ['https://bonus.example/recommends', '/recommends/'],
    ['https://bonus.example/a/../go/x', '/go/'],
    ['https://bonus.example/%2e%2e/redirect/x', '/redirect/'],
    ['https://bonus.example/go#top', '/go/'],
    ['https://bonus.example/gopher/', null],
    // Queries without an address in them are read without the parser too.
    ['https://shop.example/item?id=4&ref=home#reviews', null],
    ['https://bonus.example/go/x?id=4', '/go/'],
    ['https://r.example/click?URL=HTTPS://bet.example/', '?url='],
    ['https://r.example/click?u=www.bet.example', '?u='],
    ['https://r.example/click?to=%68ttps://bet.example/', '?to='],
    ['https://r.example/click?id=1#url=https://bet.example/', null],
  ])('%s goes through the wrapper %s', (href, mark) => {
    expect(wrapperOf(href)).toBe(mark);
  });
});
