import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '@/utils/analysis/analyze';
import { classifyPageType, type PageTypeVerdict } from '@/utils/scoring/page-type';
import { scoreReport } from '@/utils/scoring/score-report';
import { loadFixture } from '../fixture';

function typeOf(name: string, url: string): PageTypeVerdict {
  return scoreReport(analyzeDocument(loadFixture(`page-type/${name}`), { url })).pageType;
}

describe('page type', () => {
  it('a curated list of external links called resources is a resource page', () => {
    const v = typeOf('resource-page.html', 'https://greenthumb.example/resources');
    expect(v.type).toBe('resource');
    expect(v.reasons.join(' | ')).toMatch(/title says “resources”/);
    expect(v.reasons.join(' | ')).toMatch(/list items or table rows link to other sites/);
    expect(v.confidence).toBeGreaterThan(0.6);
  });

  it('a post that reviews a few tools, with no list of them, is an article, not a resource page', () => {
    const v = scoreReport(analyzeDocument(loadFixture('blog-post.html'), { url: 'https://blog.example.com/link-tools' })).pageType;
    expect(v.type).not.toBe('resource');
  });

  it('a "write for us" page is a guest-post page, by its title', () => {
    const v = typeOf('guest-post-page.html', 'https://techweekly.example/pitch');
    expect(v.type).toBe('guest-post');
    expect(v.reasons[0]).toMatch(/title says “write for us”/);
  });

  it('the address alone marks a guest-post page', () => {
    const doc = loadFixture('page-type/guest-post-page.html');
    doc.title = 'Pitch us your ideas';
    doc.querySelector('h1')!.textContent = 'Tell us your story';
    const v = scoreReport(analyzeDocument(doc, { url: 'https://techweekly.example/write-for-us/' })).pageType;
    expect(v.type).toBe('guest-post');
    expect(v.reasons.join(' | ')).toMatch(/address reads like a guest-post page/);
  });

  it('a category page of linked teasers is a listing', () => {
    const v = typeOf('category-page.html', 'https://kitchen.example/category/dinner/');
    expect(v.type).toBe('listing');
    expect(v.reasons.join(' | ')).toMatch(/headings are links/);
  });

  it('a thread of repeated posts is a forum, even at a neutral address', () => {
    const v = typeOf('forum-thread.html', 'https://techhelp.example/help/4521');
    expect(v.type).toBe('forum');
    expect(v.reasons.join(' | ')).toMatch(/6 repeated post blocks \(article\.message\)/);
  });

  it('a forum thread address adds to the evidence and the confidence', () => {
    const neutral = typeOf('forum-thread.html', 'https://techhelp.example/help/4521');
    const v = typeOf('forum-thread.html', 'https://techhelp.example/threads/laptop-fan-always-on.4521/');
    expect(v.type).toBe('forum');
    expect(v.reasons.join(' | ')).toMatch(/address reads like a forum thread/);
    expect(v.confidence).toBeGreaterThan(neutral.confidence);
    // Flarum writes its discussions as /d/<id>-<slug>.
    expect(typeOf('forum-thread.html', 'https://community.example/d/3187-laptop-fan-always-on').reasons.join(' | ')).toMatch(/address reads like a forum thread/);
    expect(typeOf('forum-thread.html', 'https://community.example/d/3187-laptop-fan-always-on/4').reasons.join(' | ')).toMatch(/address reads like a forum thread/);
    expect(typeOf('forum-thread.html', 'https://shop.example/d/summer-sale').reasons.join(' | ')).not.toMatch(/address reads like a forum thread/);
    expect(typeOf('forum-thread.html', 'https://drive.example/file/d/1-Xb9Yk2pQ/view').reasons.join(' | ')).not.toMatch(/address reads like a forum thread/);
  });

  it('a dated prose post is an article', () => {
    const v = typeOf('plain-article.html', 'https://bread.example/why-sourdough-needs-time');
    expect(v.type).toBe('article');
    expect(v.reasons.join(' | ')).toMatch(/schema\.org BlogPosting/);
    expect(v.reasons.join(' | ')).toMatch(/words of prose/);
    expect(v.reasons.join(' | ')).toMatch(/publication date/);
  });

  it('an article with external references is not a resource page', () => {
    const v = typeOf('plain-article.html', 'https://bread.example/why-sourdough-needs-time');
    expect(v.type).not.toBe('resource');
  });

  it('says "other" with low confidence when nothing stands out', () => {
    const report = analyzeDocument(new DOMParser().parseFromString('<title>Hi</title><p>Hello <a href="/x">x</a></p>', 'text/html'), { url: 'https://a.example/' });
    const v = classifyPageType(scoreReport(report));
    expect(v.type).toBe('other');
    expect(v.confidence).toBeLessThanOrEqual(0.5);
    expect(v.reasons.length).toBeGreaterThan(0);
  });

  it('reads the wording in other languages', () => {
    const doc = loadFixture('page-type/resource-page.html');
    doc.title = 'Nützliche Links für Gärtner';
    doc.querySelector('h1')!.textContent = 'Linkliste';
    const v = scoreReport(analyzeDocument(doc, { url: 'https://garten.example/links' })).pageType;
    expect(v.type).toBe('resource');
    expect(v.reasons.join(' | ')).toMatch(/nützliche links/);
  });
});
