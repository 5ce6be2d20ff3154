import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '@/utils/analysis/analyze';
import { loadFixture } from '../fixture';

describe('page structure', () => {
  it('counts list items holding links in the main content, and those linking off-site', () => {
    const { page } = analyzeDocument(loadFixture('page-type/resource-page.html'), { url: 'https://www.greenthumb.example/resources' });
    expect(page.structure.listItems).toBe(12);
    // One item links to the site's own blog; `www.` does not make a host external.
    expect(page.structure.listItemsExternal).toBe(11);
    expect(page.structure.tableRows).toBe(0);
    expect(page.structure.repeated).toEqual({ count: 5, signature: 'li' });
    expect(page.headings).toEqual(['Gardening resources', 'Soil and compost', 'Plants and pests', 'Further reading']);
  });

  it('counts the same when an app shell draws the main content through a shadow root and a slot', () => {
    const doc = loadFixture('page-type/resource-page.html');
    const main = doc.querySelector('main')!;
    const shell = doc.createElement('app-shell');
    shell.append(...Array.from(main.childNodes));
    main.replaceWith(shell);
    shell.attachShadow({ mode: 'open' }).innerHTML = '<main><slot></slot></main>'; // test fixture markup, not page input
    const { page } = analyzeDocument(doc, { url: 'https://www.greenthumb.example/resources' });
    expect(page.structure.listItems).toBe(12);
    expect(page.structure.listItemsExternal).toBe(11);
    expect(page.structure.repeated).toEqual({ count: 5, signature: 'li' });
  });

  it('counts teaser headings, articles and repeated cards, and reads the schema type', () => {
    const { page } = analyzeDocument(loadFixture('page-type/category-page.html'), { url: 'https://kitchen.example/category/dinner/' });
    expect(page.structure.linkedHeadings).toBe(10);
    expect(page.structure.articles).toBe(10);
    expect(page.structure.repeated).toEqual({ count: 10, signature: 'article.card' });
    expect(page.structure.listItemsExternal).toBe(0);
    expect(page.schemaTypes).toEqual(['CollectionPage']);
  });

  it('finds the reply form and the repeated posts of a thread', () => {
    const { page } = analyzeDocument(loadFixture('page-type/forum-thread.html'), { url: 'https://techhelp.example/t/1' });
    expect(page.structure.commentForms).toBe(1);
    expect(page.structure.repeated.signature).toBe('article.message');
    expect(page.structure.repeated.count).toBe(6);
  });

  it('counts table rows and caps headings at 20 of 200 characters', () => {
    const rows = Array.from({ length: 4 }, (_, i) => `<tr><td><a href="https://ext${i}.example/">Tool ${i}</a></td></tr>`).join('');
    const heads = Array.from({ length: 30 }, (_, i) => `<h2>${'x'.repeat(300)}${i}</h2>`).join('');
    const doc = new DOMParser().parseFromString(`<title>T</title><body><main>${heads}<table>${rows}<tr><td><a href="/own">own</a></td></tr></table><p>${'word '.repeat(100)}</p></main></body>`, 'text/html');
    const { page } = analyzeDocument(doc, { url: 'https://site.example/' });
    expect(page.structure.tableRows).toBe(5);
    expect(page.structure.tableRowsExternal).toBe(4);
    expect(page.headings).toHaveLength(20);
    expect(page.headings.every((h) => h.length <= 200)).toBe(true);
  });
});
