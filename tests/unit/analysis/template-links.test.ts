import { describe, expect, it } from 'vitest';
import { createTemplateDetector, externalHost, templateKey } from '@/utils/analysis/placement/template-links';

function listing(items: string[]): Element {
  const doc = document.implementation.createHTMLDocument('listing');
  const ul = doc.createElement('ul');
  for (const html of items) {
    const li = doc.createElement('li');
    li.innerHTML = html; // test fixture markup, not page input
    ul.append(li);
  }
  doc.body.append(ul);
  return ul;
}

describe('template links', () => {
  it('flags the day each card of a listing links ("Mar 6", "14 March 2026"), whatever the day', () => {
    const root = listing(['<a href="/p/1">Blue lamp</a> <a href="/p/1">Mar 6</a>', '<a href="/p/2">Red lamp</a> <a href="/p/2">Mar 14</a>', '<a href="/p/3">Green lamp</a> <a href="/p/3">Mar 21</a>', '<a href="/p/4">Grey lamp</a> <a href="/p/4">Sept. 3, 2025</a>']);
    const t = createTemplateDetector(root, 'shop.example');
    // Days are one template, however each is written.
    expect(Array.from(root.querySelectorAll('a')).filter((a) => t.match(a)).map((a) => a.textContent)).toEqual(['Mar 6', 'Mar 14', 'Mar 21', 'Sept. 3, 2025']);
    expect(t.match(root.querySelector('a[href="/p/1"]:last-child')!)).toEqual({ text: 'a day', count: 4 });
    expect(templateKey('14 March 2026')).toBe('DAY');
    expect(templateKey('Sept. 3, 2025')).toBe('DAY');
    const days = listing(['<a href="/e/1">14 March 2026</a>', '<a href="/e/2">2 April 2026</a>', '<a href="/e/3">9 May 2026</a>']);
    const byDay = createTemplateDetector(days, 'shop.example');
    expect(Array.from(days.querySelectorAll('a')).every((a) => byDay.match(a))).toBe(true);
    // A month with its year is no day (a monthly report's link), nor a word that only starts like a month, nor the word "month".
    const notDays = listing(['<a href="/r/2024-01.pdf">January 2024</a>', '<a href="/r/2024-02.pdf">February 2024</a>', '<a href="/r/2024-03.pdf">March 2024</a>', '<a href="/b/1">Month 1</a>', '<a href="/b/2">Month 2</a>', '<a href="/b/3">Month 3</a>', '<a href="/m/1">Marketing 101</a>', '<a href="/m/2">Marketing 102</a>', '<a href="/m/3">Marketing 103</a>']);
    const none = createTemplateDetector(notDays, 'shop.example');
    expect(Array.from(notDays.querySelectorAll('a')).filter((a) => none.match(a))).toEqual([]);
  });

  it('masks numbers so counters and timestamps share one key', () => {
    expect(templateKey('3 minutes ago')).toBe(templateKey('15 minutes ago'));
    expect(templateKey('4 of 5 stars')).toBe('# of # stars');
    expect(templateKey('A long descriptive title of a product page')).toBe('');
  });

  it('flags stock controls repeated on internal links of a listing', () => {
    const root = listing(['<a href="/p/1">Blue lamp</a> <a href="/p/1#buy">Add to cart</a>', '<a href="/p/2">Red lamp</a> <a href="/p/2#buy">Add to cart</a>', '<a href="/p/3">Green lamp</a> <a href="/p/3#buy">Add to cart</a>']);
    const t = createTemplateDetector(root, 'shop.example');
    const links = Array.from(root.querySelectorAll('a'));
    expect(links.filter((a) => t.match(a)).map((a) => a.textContent)).toEqual(['Add to cart', 'Add to cart', 'Add to cart']);
    expect(t.match(links[1]!)).toEqual({ text: 'add to cart', count: 3 });
  });

  it('counts a control to one other site once whether written with www. or not (the site is one to a reader)', () => {
    const root = listing(['<a href="https://www.store.example/p/1">Buy now</a>', '<a href="https://store.example/p/2">Buy now</a>', '<a href="https://WWW.store.example/p/3">Buy now</a>']);
    const t = createTemplateDetector(root, 'reviews.example');
    expect(Array.from(root.querySelectorAll('a')).map((a) => t.match(a))).toEqual([1, 2, 3].map(() => ({ text: 'buy now', count: 3 })));
  });

  it('keeps repeated names that are content (a colour on each product, an author on each book)', () => {
    const root = listing(['<a href="/c/amber">Amber</a>', '<a href="/c/amber">Amber</a>', '<a href="/c/amber">Amber</a>', '<a href="/a/1">Jane Austen</a>', '<a href="/a/1">Jane Austen</a>', '<a href="/a/1">Jane Austen</a>']);
    const t = createTemplateDetector(root, 'shop.example');
    expect(Array.from(root.querySelectorAll('a')).some((a) => t.match(a))).toBe(false);
  });

  it('keeps repeated external links: "Visit website" on a resource page is the link that matters', () => {
    const root = listing(['<a href="https://a.example/">Visit website</a>', '<a href="https://b.example/">Visit website</a>', '<a href="https://c.example/">Read more</a>', '<a href="https://d.example/">Read more</a>', '<a href="https://e.example/">Read more</a>']);
    const t = createTemplateDetector(root, 'resources.example');
    expect(Array.from(root.querySelectorAll('a')).some((a) => t.match(a))).toBe(false);
  });

  it('flags a stock control repeated to one other site (Hacker News\' "past" on each item goes to its search service)', () => {
    const root = listing(['<a href="/item?id=1">A story</a> <a href="https://search.example/?q=1">past</a>', '<a href="/item?id=2">Another</a> <a href="https://search.example/?q=2">past</a>', '<a href="/item?id=3">A third</a> <a href="https://search.example/?q=3">past</a>']);
    const t = createTemplateDetector(root, 'news.example');
    expect(Array.from(root.querySelectorAll('a')).filter((a) => t.match(a)).map((a) => a.textContent)).toEqual(['past', 'past', 'past']);
  });

  it('tells the other site a link goes to by host, subdomains of the page\'s own included', () => {
    expect(externalHost('/x', 'www.site.example')).toBe('');
    expect(externalHost('https://blog.site.example/x', 'www.site.example')).toBe('');
    expect(externalHost('https://Other.example/x', 'www.site.example')).toBe('other.example');
    expect(externalHost('https://www.other.example/x', 'www.site.example')).toBe('other.example');
    expect(externalHost('mailto:a@site.example', 'www.site.example')).toBeNull();
    expect(externalHost('https://[bad', 'www.site.example')).toBeNull();
  });
});
