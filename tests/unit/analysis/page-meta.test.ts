import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '@/utils/analysis/analyze';
import { loadFixture } from '../fixture';

describe('page fields', () => {
  it('reads title, description, canonical, lang, googlebot noindex and JSON-LD in a @graph', () => {
    const { page } = analyzeDocument(loadFixture('page-meta/meta-robots-jsonld-time.html'), { url: 'https://news.example.de/a/b' });
    expect(page.title).toBe('Die besten Werkzeuge');
    expect(page.description).toBe('Beschreibung der Seite');
    expect(page.canonical).toBe('https://news.example.de/kanonisch');
    expect(page.lang).toBe('de-DE');
    expect(page.robots.noindex).toBe(true);
    expect(page.robots.nofollow).toBe(false);
    expect(page.robots.sources).toEqual(['robots: index, follow', 'googlebot: noindex']);
    expect(page.author).toBe('Erika Muster');
    expect(page.published).toBe('2025-12-01T08:00:00+01:00');
    expect(page.layout).toBe(false);
  });

  it('falls back to a byline and <time>, and reads meta nofollow', () => {
    const { page } = analyzeDocument(loadFixture('page-meta/time-element-and-nofollow.html'), { url: 'https://x.example/' });
    expect(page.author).toBe('Sam Reporter');
    expect(page.published).toBe('2024-05-06');
    expect(page.robots.nofollow).toBe(true);
    expect(page.robots.noindex).toBe(false);
    expect(page.canonical).toBeNull();
  });

  it('finds an article nested as a WebPage’s mainEntity, and takes its author and date before the page’s', () => {
    const { page } = analyzeDocument(loadFixture('page-meta/article-nested-in-webpage-jsonld.html'), { url: 'https://garden.example/roses' });
    expect(page.published).toBe('2025-03-02');
    expect(page.author).toBe('Ada Gardener');
  });

  it('reads a microdata date from the text it shows, before any other <time> on the page', () => {
    const { page } = analyzeDocument(loadFixture('page-meta/microdata-date-as-text-before-another-time.html'), { url: 'https://garden.example/spring' });
    expect(page.published).toBe('2024-05-05');
  });

  const fields = (fixture: string, url = 'https://site.example/page') => analyzeDocument(loadFixture(`page-meta/${fixture}`), { url }).page;

  describe('author', () => {
    it('skips a site handle and a profile URL in the tags for a tag that names the writer', () => {
      expect(fields('author-site-handle-and-profile-url.html').author).toBe('Dana Writer');
    });

    it('gives no author when the tags hold only the site’s handle and its Facebook page', () => {
      expect(fields('author-only-a-site-handle.html').author).toBeNull();
    });

    it('takes no organisation for the author from JSON-LD, and reads the byline instead', () => {
      expect(fields('author-organisation-in-jsonld.html').author).toBe('Lee Park');
    });

    it('reads a microdata author’s name from the <meta> it is written in', () => {
      expect(fields('byline-microdata-name-in-meta.html').author).toBe('Kumiko');
    });

    it('skips a byline’s "Post" link for the name after it', () => {
      expect(fields('forum-byline-post-link-before-name.html').author).toBe('changingtimes');
    });

    it('names no author on a listing whose cards have bylines of three people', () => {
      expect(fields('listing-cards-with-their-own-bylines-and-dates.html').author).toBeNull();
    });

    it('names the first post’s author on a declared thread with posts by three people', () => {
      expect(fields('thread-posts-by-many-authors.html').author).toBe('sean_g');
    });
  });

  describe('publication date', () => {
    it('gives no date on a listing whose cards carry three different days', () => {
      expect(fields('listing-cards-with-their-own-bylines-and-dates.html').published).toBeNull();
    });

    it('takes the first post’s date on a declared thread', () => {
      expect(fields('thread-posts-by-many-authors.html').published).toBe('2024-02-25T10:06:36-0500');
    });

    it('does not take the date an SEO plugin gives every WebPage on a page nobody signs (a service page)', () => {
      expect(fields('webpage-date-on-a-service-page.html').published).toBeNull();
    });

    it('takes the WebPage’s date on a page an author signs', () => {
      expect(fields('webpage-date-on-a-signed-article.html').published).toBe('2018-11-22T14:30:24+00:00');
    });

    it('reads a date the byline shows, as written, when no markup gives one', () => {
      expect(fields('shown-date-in-byline-not-the-update.html').published).toBe('Dec. 19, 2025');
    });

    it('does not take an "Updated" date for the publication date', () => {
      expect(fields('shown-date-only-an-update.html').published).toBeNull();
    });
  });
});
