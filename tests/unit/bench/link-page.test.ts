import { describe, expect, it } from 'vitest';
import { HIDDEN_EVERY, HIDING } from '../../../scripts/bench/link-writer';
import { linkPage } from '../../../scripts/bench/link-page';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('linkPage', () => {
  it('has exactly the links asked for, as the browser counts them', () => {
    for (const n of [1000, 1234]) {
      const doc = parse(linkPage(n).html);
      expect(doc.querySelectorAll('a[href], area[href]').length).toBe(n);
    }
  });

  it('is the same page for the same seed and another page for another seed', () => {
    expect(linkPage(1000, 1).html).toBe(linkPage(1000, 1).html);
    expect(linkPage(1000, 2).html).not.toBe(linkPage(1000, 1).html);
  });

  it('spreads the links over every region, in page order', () => {
    const page = linkPage(1200);
    const doc = parse(page.html);
    const count = (sel: string) => doc.querySelectorAll(`${sel} a[href]`).length;
    expect(count('header.site-header nav')).toBe(page.byRegion.nav);
    expect(count('.entry-content')).toBe(page.byRegion.article);
    expect(count('.author-box')).toBe(page.byRegion.author);
    expect(count('.related-posts')).toBe(page.byRegion.related);
    expect(count('#comments')).toBe(page.byRegion.comments);
    expect(count('aside.sidebar')).toBe(page.byRegion.sidebar);
    expect(count('footer.site-footer')).toBe(page.byRegion.footer);
    for (const n of Object.values(page.byRegion)) expect(n).toBeGreaterThan(0);
    // The article has the largest share, and its links sit inside prose.
    expect(page.byRegion.article).toBeGreaterThan(page.byRegion.comments);
    expect(doc.querySelectorAll('.entry-content p > a[href]').length).toBeGreaterThan(page.byRegion.article / 2);
  });

  it('mixes rel values the way each region uses them', () => {
    const doc = parse(linkPage(1200).html);
    const rels = (sel: string) => [...doc.querySelectorAll(sel)].map((a) => a.getAttribute('rel') ?? '');
    const article = rels('.entry-content a[href]');
    expect(article.filter((r) => r === '').length).toBeGreaterThan(article.length / 2);
    expect(article.some((r) => r.split(' ').includes('nofollow'))).toBe(true);
    expect(article.some((r) => r.split(' ').includes('sponsored'))).toBe(true);
    expect(rels('#comments .comment-content a[href]').every((r) => r.split(' ').includes('ugc'))).toBe(true);
    expect(rels('.widget-sponsors a[href]').every((r) => r.split(' ').includes('sponsored'))).toBe(true);
  });

  it('hides one link in HIDDEN_EVERY, by each of the means in turn', () => {
    const page = linkPage(1200);
    const hidden = Object.values(page.hiddenBy).reduce((a, b) => a + b, 0);
    expect(hidden).toBe(Math.floor(1200 / HIDDEN_EVERY));
    for (const how of HIDING) expect(page.hiddenBy[how]).toBeGreaterThan(0);
    const doc = parse(page.html);
    expect(doc.querySelectorAll('a.is-hidden[href], a[hidden][href], .off-screen a[href]').length).toBe(
      page.hiddenBy['display-none'] + page.hiddenBy['hidden-attribute'] + page.hiddenBy['off-screen'],
    );
  });
});
