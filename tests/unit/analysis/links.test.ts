import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '@/utils/analysis/analyze';
import { linkElementSteps, relTokens } from '@/utils/analysis/links';
import { shadowRootSteps } from '@/utils/analysis/shadow-roots';
import { runSteps } from '@/utils/analysis/steps';
import { loadFixture } from '../fixture';

const PAGE = 'https://www.blog.example.com/posts/article.html';

function linksOf(fixture: string, url = PAGE) {
  return analyzeDocument(loadFixture(fixture), { url }).links;
}
const byText = (links: ReturnType<typeof linksOf>, text: string) => {
  const l = links.find((x) => x.text === text);
  if (!l) throw new Error(`no link "${text}" in ${links.map((x) => x.text).join(' | ')}`);
  return l;
};

describe('URL resolution', () => {
  it('resolves against <base href> on another domain, as browsers do', () => {
    const links = linksOf('links/base-href-other-domain.html');
    expect(byText(links, 'relative to base').href).toBe('https://cdn.other.example/assets/page.html');
    expect(byText(links, 'root-relative').href).toBe('https://cdn.other.example/root');
    expect(byText(links, 'protocol-relative').href).toBe('https://proto.example.net/x');
    expect(byText(links, 'query only').href).toBe('https://cdn.other.example/assets/?q=1');
    expect(byText(links, 'relative to base').rawHref).toBe('page.html');
  });

  it('resolves relative and protocol-relative links against the page, trimming spaces', () => {
    const links = linksOf('links/relative-and-protocol-relative.html');
    expect(byText(links, 'parent path').href).toBe('https://www.blog.example.com/up/one');
    expect(byText(links, 'same folder').href).toBe('https://www.blog.example.com/posts/here');
    expect(byText(links, 'protocol relative').href).toBe('https://cdn.example.org/lib.js');
    expect(byText(links, 'spaces around').href).toBe('https://spaces.example.com/trim');
  });

  it('trims an href as the browser does: spaces and controls, but not a no-break space, which makes it a path on this site', () => {
    const links = linksOf('links/href-starting-with-no-break-space.html');
    expect(byText(links, 'spaces and a newline around').href).toBe('https://partner.example.net/page');
    const pasted = byText(links, 'pasted with a no-break space');
    expect(pasted.href).toBe('https://www.blog.example.com/posts/%C2%A0https://partner.example.net/page');
    expect(pasted.host).toBe('www.blog.example.com');
  });

  it('keeps IDN hosts as punycode and lower-cases hosts', () => {
    const links = linksOf('links/idn-hosts.html');
    expect(byText(links, 'Bücher').host).toBe('xn--bcher-kva.example');
    expect(byText(links, 'punycode').host).toBe('xn--bcher-kva.example');
    expect(byText(links, 'mixed case host').host).toBe('mixed.example.com');
    expect(byText(links, 'mixed case host').href).toBe('https://mixed.example.com/Path');
  });
});

describe('schemes', () => {
  it('sorts links by what they point at', () => {
    const links = linksOf('links/schemes-javascript-data-mailto-tel.html');
    const scheme = (t: string) => byText(links, t).scheme;
    expect(scheme('js void')).toBe('javascript');
    expect(scheme('js mixed case')).toBe('javascript');
    expect(scheme('data url')).toBe('other');
    expect(scheme('mail the editor')).toBe('mailto');
    expect(scheme('call us')).toBe('tel');
    expect(scheme('jump to section')).toBe('fragment');
    expect(scheme('blob link')).toBe('other');
    expect(scheme('ftp')).toBe('other');
    expect(scheme('malformed')).toBe('other');
    expect(byText(links, 'malformed').href).toBeNull();
    expect(byText(links, 'malformed').host).toBe('');
    // An empty href is a link to the page itself; an <a> without href is no link at all.
    expect(byText(links, 'empty href').scheme).toBe('http');
    expect(links.some((l) => l.text === 'no href at all')).toBe(false);
  });

  it('a #fragment that <base href> sends to another page is a link to that page, not an in-page jump', () => {
    const links = linksOf('links/fragment-under-base-elsewhere.html');
    const home = byText(links, 'comments on the home page');
    expect(home.scheme).toBe('http');
    expect(home.href).toBe('https://www.blog.example.com/#comments');
    expect(byText(links, 'back to top').scheme).toBe('fragment');
  });

  it('a link to this page with a #fragment stays an in-page jump when the page was opened with tracking parameters', () => {
    // Google adds ?srsltid=… to its results; the page's table of contents links to its own address without it.
    const links = linksOf('links/table-of-contents-opened-with-tracking-parameters.html', `${PAGE}?srsltid=AfmBOoo3&utm_source=news`);
    for (const text of ['Living costs less', 'Travel is real', 'Storage is a challenge']) {
      expect(byText(links, text).scheme).toBe('fragment');
      expect(byText(links, text).placement).toBe('navigation');
    }
    // A query of its own opens another document.
    expect(byText(links, 'the same part on page two').scheme).toBe('http');
    // The link's own tracking parameters do not make it another page either.
    expect(byText(linksOf('links/table-of-contents-opened-with-tracking-parameters.html'), 'Storage, from the newsletter').scheme).toBe('fragment');
  });

  it('gives javascript: and data: links no host', () => {
    const links = linksOf('links/schemes-javascript-data-mailto-tel.html');
    expect(byText(links, 'js void').host).toBe('');
    expect(byText(links, 'data url').host).toBe('');
  });
});

describe('rel', () => {
  it('reads rel case-insensitively, deduplicated, in order', () => {
    const links = linksOf('links/rel-in-capitals.html');
    expect(byText(links, 'caps attribute name and value').rel).toEqual(['nofollow']);
    expect(byText(links, 'several with spaces').rel).toEqual(['sponsored', 'ugc']);
    expect(byText(links, 'duplicates').rel).toEqual(['noopener', 'noreferrer', 'nofollow']);
    expect(byText(links, 'unknown token').rel).toEqual(['external']);
    expect(byText(links, 'unknown token').target).toBe('_blank');
  });

  it('splits on any whitespace and commas', () => {
    expect(relTokens('NOFOLLOW,\tugc\nsponsored')).toEqual(['nofollow', 'ugc', 'sponsored']);
    expect(relTokens(null)).toEqual([]);
  });
});

describe('anchor text and link kinds', () => {
  it('folds text split over inline tags', () => {
    const links = linksOf('links/text-split-over-inline-tags.html');
    expect(links[0]!.text).toBe('Link builders love this');
  });

  it('reads the text as a reader sees it: blocks and line breaks keep words apart, style sheets and icon titles are no text', () => {
    const links = linksOf('links/anchor-text-of-cards-lines-and-icons.html');
    expect(links.map((l) => l.text)).toEqual(['Best Shoes Our 2024 guide', 'Acme Tools', 'Share', 'Click here', 'Link builders love this']);
    expect(links[2]!.imageAlt).toBe('twitter icon');
  });

  it('gives image links their alt, and marks an empty alt', () => {
    const links = linksOf('links/text-split-over-inline-tags.html');
    const img = links.find((l) => l.href === 'https://img.example/')!;
    expect(img.text).toBe('');
    expect(img.imageAlt).toBe('Acme logo');
    expect(links.find((l) => l.href === 'https://img2.example/')!.imageAlt).toBe('');
    const both = links.find((l) => l.href === 'https://both.example/')!;
    expect(both.text).toBe('Read more');
    expect(both.imageAlt).toBe('Icon');
  });

  it('names a link with neither words nor image alt (an icon) by its aria-label, else its title, apart from its anchor text', () => {
    const links = linksOf('links/icon-links-named-by-aria-label-or-title.html');
    const at = (path: string) => links.find((l) => l.href === `https://social.example/${path}`)!;
    expect(at('labelled')).toMatchObject({ text: '', imageAlt: '', label: 'Our profile on Social' });
    expect(at('titled')).toMatchObject({ text: '', imageAlt: null, label: 'Video channel' });
    expect(at('both').label).toBe('By its aria-label');
    // Words or an alt name the link already: search engines read those, not the label.
    expect(at('worded')).toMatchObject({ text: 'Readers see these words', label: null });
    expect(at('pictured')).toMatchObject({ imageAlt: 'Pictured alt', label: null });
    expect(at('nameless')).toMatchObject({ text: '', label: null });
  });

  it('finds area and SVG links, including xlink:href, in document order', () => {
    const links = linksOf('links/text-split-over-inline-tags.html');
    expect(links.map((l) => l.element)).toEqual(['a', 'a', 'a', 'a', 'area', 'svg-a', 'svg-a']);
    expect(links.find((l) => l.element === 'area')!.imageAlt).toBe('Area target');
    expect(links.filter((l) => l.element === 'svg-a').map((l) => l.href)).toEqual(['https://svg.example/', 'https://xlink.example/']);
    expect(links.map((l) => l.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('walks at most a few thousand nodes of one link: past them it reads the link’s plain text in one go, capped', () => {
    const linkOf = (blocks: number) => {
      const doc = document.implementation.createHTMLDocument('blocks');
      const a = doc.createElement('a');
      a.href = 'https://blocks.example/';
      for (let i = 0; i < blocks; i++) a.append(Object.assign(doc.createElement('div'), { textContent: `w${i}` }));
      doc.body.append(a);
      return analyzeDocument(doc, { url: PAGE }).links[0]!.text;
    };
    // A few blocks are walked: their words stay apart.
    expect(linkOf(3)).toBe('w0 w1 w2');
    // Five thousand are not (the walk would be slow): the plain text, blocks run together.
    const many = linkOf(5000);
    expect(many.startsWith('w0w1w2')).toBe(true);
    expect(many.length).toBeLessThanOrEqual(1000);
  });

  it('an SVG link keeps its own <title> as its text', () => {
    const doc = new DOMParser().parseFromString('<svg><a href="https://svg-title.example/"><title>Visit Acme</title><rect width="10" height="10"/></a></svg>', 'text/html');
    expect(analyzeDocument(doc, { url: PAGE }).links[0]).toMatchObject({ element: 'svg-a', text: 'Visit Acme' });
  });

  it('caps a megabyte-long anchor text', () => {
    const doc = document.implementation.createHTMLDocument('big');
    const a = doc.createElement('a');
    a.href = 'https://big.example/';
    a.textContent = 'word '.repeat(200_000);
    doc.body.append(a);
    const [link] = analyzeDocument(doc, { url: PAGE }).links;
    expect(link!.text.length).toBeLessThanOrEqual(1000);
    expect(link!.text.endsWith('…')).toBe(true);
  });
});

describe('shadow roots', () => {
  it('finds links in open shadow roots at their host’s place', () => {
    const doc = document.implementation.createHTMLDocument('shadow');
    doc.body.innerHTML = '<a href="https://before.example/">before</a><div id="host"></div><a href="https://after.example/">after</a>';
    const root = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    const inner = doc.createElement('a');
    inner.href = 'https://inside.example/';
    inner.textContent = 'inside';
    root.append(inner);
    const links = analyzeDocument(doc, { url: PAGE }).links;
    expect(links.map((l) => l.text)).toEqual(['before', 'inside', 'after']);
  });

  it('yields while it reads a page of many small components, not only within a big one', () => {
    const doc = document.implementation.createHTMLDocument('components');
    for (let h = 0; h < 300; h++) {
      const host = doc.createElement('x-item');
      doc.body.append(host);
      host.attachShadow({ mode: 'open' }).innerHTML = `<p><a href="/i/${h}">item ${h}</a> <a href="/i/${h}#c">comments</a></p>`;
    }
    let yields = 0;
    const roots = shadowRootSteps(doc);
    let r = roots.next();
    for (; !r.done; r = roots.next()) yields++;
    expect(r.value.size).toBe(300);
    expect(yields).toBeGreaterThan(1);
    const links = linkElementSteps(doc, r.value);
    let l = links.next();
    for (yields = 0; !l.done; l = links.next()) yields++;
    expect(l.value).toHaveLength(600);
    expect(l.value[2]!.rawHref).toBe('/i/1');
    expect(yields).toBeGreaterThan(0);
  });

  it('yields over thousands of components that hold no link at all', () => {
    const doc = document.implementation.createHTMLDocument('badges');
    for (let h = 0; h < 1200; h++) doc.body.append(doc.createElement('x-badge'));
    for (const host of Array.from(doc.querySelectorAll('x-badge'))) host.attachShadow({ mode: 'open' }).textContent = 'badge';
    const steps = linkElementSteps(doc, runSteps(shadowRootSteps(doc)));
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    expect(r.value).toEqual([]);
    expect(yields).toBeGreaterThan(1);
  });
});

describe('link attributes past what a report carries', () => {
  // A page can write anything into rel, target or a host name; the report must still be one the
  // background accepts (utils/messaging/report-schema.ts), or one link would sink the page's report.
  it('keeps rel, target and host within the report limits, so the whole report is accepted', async () => {
    const { PageReportSchema } = await import('@/utils/messaging/report-schema');
    const v = await import('valibot');
    const report = analyzeDocument(loadFixture('links/oversized-rel-target-host.html'), { url: PAGE });
    const rel = byText(report.links, 'forty-six rel tokens, one of them 150 characters').rel;
    expect(rel).toHaveLength(30);
    expect(rel.slice(0, 2)).toEqual(['tok0', 'tok1']);
    expect(byText(report.links, 'target is 500 characters').target).toHaveLength(300);
    expect(report.links.find((l) => l.text.startsWith('a host of'))!.host.length).toBeLessThanOrEqual(300);
    expect(v.safeParse(PageReportSchema, report).success).toBe(true);
  });

  it('keeps nofollow, sponsored and ugc whatever else rel holds', () => {
    expect(relTokens(`${Array.from({ length: 40 }, (_, i) => `t${i}`).join(' ')} NoFollow`)).toContain('nofollow');
  });
});
