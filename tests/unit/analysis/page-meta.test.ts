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
});
