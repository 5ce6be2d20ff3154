import { LinkWriter, type Hiding } from './link-writer';
import { EXTERNAL_HOSTS, personName, title, words } from './page-words';
import { seededRandom, type Random } from './seeded-random';

/**
 * A synthetic blog-like page with exactly `links` links, laid out as real pages are: a header
 * with a nested navigation menu, an article whose paragraphs and lists carry in-text links, an
 * author box, related posts, a threaded comment section, a sidebar of widgets (one sponsored)
 * and a footer of link columns. Links mix internal and external targets and rel values
 * (nofollow, sponsored, ugc); one in HIDDEN_EVERY is hidden by one of several means. The same
 * `links` and `seed` always give the same bytes.
 */

/** The share of the links each region gets; the article takes what rounding leaves. */
export const REGION_SHARES = {
  nav: 0.04,
  sidebar: 0.12,
  footer: 0.07,
  author: 0.02,
  related: 0.08,
  comments: 0.2,
} as const;
export type Region = keyof typeof REGION_SHARES | 'article';

export interface LinkPage {
  html: string;
  /** Links written in each region (hidden ones included). */
  byRegion: Record<Region, number>;
  hiddenBy: Record<Hiding, number>;
}

const STYLE = `
body{margin:0;font:16px/1.5 Georgia,serif;color:#222;background:#fff}
.site-header{background:#f4f4f4;border-bottom:1px solid #ddd}
.site-header .wrap{display:flex;gap:24px;align-items:center;max-width:1180px;margin:0 auto;padding:8px 16px}
.main-nav>ul{display:flex;flex-wrap:wrap;gap:12px;list-style:none;margin:0;padding:0}
.main-nav li{position:relative}
.main-nav ul ul{display:none;position:absolute;top:100%;left:0;background:#fff;list-style:none;padding:4px}
.main-nav li:hover>ul{display:block}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 300px;gap:32px;max-width:1180px;margin:0 auto;padding:16px}
.sidebar .widget{margin-bottom:24px}
.sidebar ul,.related ul,.site-footer ul{list-style:none;padding:0;margin:0}
.comment-list,.comment-list ol{list-style:none;padding-left:24px}
.comment{margin:12px 0;padding:8px;border-left:3px solid #eee}
.author-box{display:flex;gap:12px;padding:12px;background:#fafafa;border:1px solid #eee;margin:24px 0}
.related ul{display:grid;grid-template-columns:repeat(3,1fr);gap:12px}
.site-footer{background:#222;color:#ccc;padding:24px 16px}
.site-footer .cols{display:grid;grid-template-columns:repeat(4,1fr);gap:16px;max-width:1180px;margin:0 auto}
.site-footer a{color:#eee}
.is-hidden{display:none}
.off-screen{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}
`;

export function linkPage(links: number, seed = 1): LinkPage {
  const rng = seededRandom(seed * 7919 + links);
  const w = new LinkWriter(rng);
  const byRegion = {} as Record<Region, number>;
  const count = (region: Region, n: number, write: () => string): string => {
    w.budget(n);
    const before = w.total;
    const html = write();
    byRegion[region] = w.total - before;
    return html;
  };
  const share = (r: keyof typeof REGION_SHARES) => Math.floor(links * REGION_SHARES[r]);
  const assigned = Object.keys(REGION_SHARES).reduce((sum, r) => sum + share(r as keyof typeof REGION_SHARES), 0);

  // Written in page order, so link indexes run top to bottom as on a real page.
  const header = count('nav', share('nav'), () => navigation(w));
  const article = count('article', links - assigned, () => articleBody(w));
  const author = count('author', share('author'), () => authorBox(w));
  const related = count('related', share('related'), () => relatedPosts(w));
  const comments = count('comments', share('comments'), () => commentSection(w));
  const sidebar = count('sidebar', share('sidebar'), () => sidebarWidgets(w));
  const footer = count('footer', share('footer'), () => footerColumns(w));

  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>${title(rng, 6)} (${links} links)</title>
<meta name="description" content="${words(rng, 20)}">
<meta name="author" content="${personName(rng)}">
<meta property="article:published_time" content="2025-03-14T09:00:00Z">
<link rel="canonical" href="/post/synthetic-${links}">
<style>${STYLE}</style></head>
<body class="single single-post">
<div class="site">
${header}
<div class="layout">
<main id="main" class="site-main"><article class="post type-post hentry">
<header class="entry-header"><h1 class="entry-title">${title(rng, 7)}</h1>
<div class="entry-meta">Posted on <time datetime="2025-03-14">14 March 2025</time></div></header>
<div class="entry-content">${article}</div>
${author}
</article>
${related}
${comments}
</main>
<aside class="sidebar widget-area" role="complementary">${sidebar}</aside>
</div>
${footer}
</div>
</body></html>
`;
  return { html, byRegion, hiddenBy: { ...w.hiddenBy } };
}

function internal(rng: Random, kind: string): string {
  return `/${kind}/${words(rng, 3).replace(/ /g, '-')}-${rng.int(100_000)}`;
}

function external(rng: Random): string {
  return `https://${rng.pick(EXTERNAL_HOSTS)}/${words(rng, 2).replace(/ /g, '/')}`;
}

/** A rel an editor gives an in-text link: mostly none, some nofollow or sponsored. */
function editorialRel(rng: Random): string | undefined {
  const r = rng.next();
  if (r < 0.7) return undefined;
  if (r < 0.82) return 'nofollow';
  if (r < 0.9) return 'sponsored';
  if (r < 0.95) return 'nofollow noopener';
  return 'noopener noreferrer';
}

function navigation(w: LinkWriter): string {
  const { rng } = w;
  const items: string[] = [];
  while (w.more()) {
    const sub: string[] = [];
    const subCount = 2 + rng.int(6);
    for (let i = 0; i < subCount && w.more(); i++) sub.push(`<li>${w.link({ href: internal(rng, 'category'), text: title(rng, 2) })}</li>`);
    const top = w.link({ href: internal(rng, 'category'), text: title(rng, 1) });
    items.push(`<li class="menu-item">${top}${sub.length ? `<ul class="sub-menu">${sub.join('')}</ul>` : ''}</li>`);
  }
  return `<header class="site-header" role="banner"><div class="wrap"><div class="site-branding"><span class="site-title">Synthetic Garden</span></div>
<nav class="main-nav" aria-label="Main menu"><ul class="menu">${items.join('')}</ul></nav></div></header>`;
}

/** A paragraph of prose with `n` in-text links among its words. */
function paragraph(w: LinkWriter, n: number): string {
  const { rng } = w;
  const parts = [words(rng, 8 + rng.int(14))];
  for (let i = 0; i < n; i++) {
    const ext = rng.chance(0.55);
    parts.push(w.link({ href: ext ? external(rng) : internal(rng, 'post'), text: words(rng, 1 + rng.int(4)), rel: ext ? editorialRel(rng) : undefined }));
    parts.push(words(rng, 6 + rng.int(16)));
  }
  return `<p>${parts.join(' ')}.</p>`;
}

function articleBody(w: LinkWriter): string {
  const { rng } = w;
  const out: string[] = [`<p class="lead">${words(rng, 40)}.</p>`];
  let section = 0;
  while (w.more()) {
    out.push(`<h2 id="s${++section}">${title(rng, 5)}</h2>`);
    const blocks = 3 + rng.int(5);
    for (let b = 0; b < blocks && w.more(); b++) {
      const kind = rng.next();
      if (kind < 0.65) out.push(paragraph(w, 1 + rng.int(4)));
      else if (kind < 0.8) {
        const lis: string[] = [];
        for (let i = 0; i < 3 + rng.int(5) && w.more(); i++) lis.push(`<li>${words(rng, 4)} ${w.link({ href: external(rng), text: title(rng, 3), rel: editorialRel(rng) })}</li>`);
        out.push(`<ul>${lis.join('')}</ul>`);
      } else if (kind < 0.9) {
        out.push(`<blockquote><p>${words(rng, 25)}</p><cite>${w.link({ href: external(rng), text: personName(rng) })}</cite></blockquote>`);
      } else {
        out.push(`<figure>${w.link({ href: internal(rng, 'media'), imageAlt: title(rng, 4) })}<figcaption>${words(rng, 10)}</figcaption></figure>`);
      }
    }
  }
  return out.join('\n');
}

function authorBox(w: LinkWriter): string {
  const { rng } = w;
  const name = personName(rng);
  const links: string[] = [w.link({ href: internal(rng, 'author'), text: name, rel: 'author' })];
  while (w.more()) links.push(w.link({ href: external(rng), text: rng.pick(['Website', 'Twitter', 'LinkedIn', 'Instagram']), rel: rng.chance(0.5) ? 'me noopener' : undefined }));
  return `<div class="author-box about-author"><img alt="" width="64" height="64"><div><h3 class="author-title">About ${name}</h3>
<p class="author-bio">${words(rng, 30)}.</p><p>${links.join(' · ')}</p></div></div>`;
}

function relatedPosts(w: LinkWriter): string {
  const { rng } = w;
  const items: string[] = [];
  while (w.more()) {
    const href = internal(rng, 'post');
    items.push(`<li class="related-post">${w.link({ href, imageAlt: title(rng, 4) })}<h4>${w.link({ href, text: title(rng, 6) })}</h4><span class="date">${rng.int(28) + 1} May 2024</span></li>`);
  }
  return `<section class="related related-posts"><h2>You may also like</h2><ul>${items.join('')}</ul></section>`;
}

function comment(w: LinkWriter, depth: number): string {
  const { rng } = w;
  const author = rng.chance(0.7) ? w.link({ href: external(rng), text: personName(rng), rel: 'external nofollow ugc', className: 'url' }) : personName(rng);
  const body = [words(rng, 10 + rng.int(30))];
  const inText = rng.int(3);
  for (let i = 0; i < inText; i++) body.push(w.link({ href: external(rng), text: words(rng, 2), rel: rng.chance(0.6) ? 'ugc' : 'nofollow ugc' }), words(rng, 6));
  const replies: string[] = [];
  if (depth < 3) for (let i = rng.int(3); i > 0 && w.more(); i--) replies.push(comment(w, depth + 1));
  return `<li class="comment depth-${depth}"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">${author}</b> says:</div>
<div class="comment-metadata">${w.link({ href: `#comment-${rng.int(1e6)}`, text: 'June 3, 2024 at 10:12 am' })}</div></footer>
<div class="comment-content"><p>${body.join(' ')}</p></div><div class="reply">${w.link({ href: `?replytocom=${rng.int(1e6)}#respond`, text: 'Reply', rel: 'nofollow', className: 'comment-reply-link' })}</div></article>
${replies.length ? `<ol class="children">${replies.join('')}</ol>` : ''}</li>`;
}

function commentSection(w: LinkWriter): string {
  const items: string[] = [];
  while (w.more()) items.push(comment(w, 1));
  return `<section id="comments" class="comments-area"><h2 class="comments-title">${items.length} thoughts on this post</h2><ol class="comment-list">${items.join('')}</ol></section>`;
}

function sidebarWidgets(w: LinkWriter): string {
  const { rng } = w;
  const widgets: string[] = [];
  let n = 0;
  while (w.more()) {
    const sponsored = n++ % 4 === 1;
    const lis: string[] = [];
    for (let i = 0; i < 5 + rng.int(10) && w.more(); i++) {
      lis.push(`<li>${sponsored ? w.link({ href: external(rng), text: title(rng, 2), rel: 'sponsored noopener' }) : w.link({ href: internal(rng, 'post'), text: title(rng, 5) })}</li>`);
    }
    widgets.push(`<section class="widget ${sponsored ? 'widget-sponsors' : 'widget-recent-posts'}"><h3 class="widget-title">${sponsored ? 'Our sponsors' : title(rng, 2)}</h3><ul>${lis.join('')}</ul></section>`);
  }
  return widgets.join('\n');
}

function footerColumns(w: LinkWriter): string {
  const { rng } = w;
  const cols: string[] = [];
  while (w.more()) {
    const lis: string[] = [];
    for (let i = 0; i < 8 && w.more(); i++) lis.push(`<li>${w.link({ href: rng.chance(0.8) ? internal(rng, 'page') : external(rng), text: title(rng, 2) })}</li>`);
    cols.push(`<div class="col"><h4>${title(rng, 1)}</h4><ul>${lis.join('')}</ul></div>`);
  }
  return `<footer class="site-footer" role="contentinfo"><div class="cols">${cols.join('')}</div><p class="copyright">© 2025 Synthetic Garden</p></footer>`;
}
