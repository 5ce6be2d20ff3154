import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '@/utils/analysis/analyze';

/** The page fields of a small page: `head` goes in <head>, `body` in <body>. */
function fields(body: string, head = '') {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><head><title>T</title>${head}</head><body>${body}</body></html>`, 'text/html');
  return analyzeDocument(doc, { url: 'https://site.example/post', useLayout: false }).page;
}

const card = (name: string, day: string) => `<article class="card"><h2><a href="/${name}">${name}'s story</a></h2><p>By <a rel="author" href="/u/${name}">${name}</a> <time datetime="${day}">${day}</time></p></article>`;

describe('author from the page’s tags and bylines', () => {
  it('takes a user name with digits in it (Stack Exchange’s "user3080392")', () => {
    expect(fields('<div itemprop="author" itemscope><meta itemprop="name" content="user3080392"><a href="/users/1">user3080392</a></div>').author).toBe('user3080392');
  });

  it('cuts the date and its separator off a byline that holds both', () => {
    expect(fields('<p class="byline">By Jane Doe | March 3, 2024</p>').author).toBe('Jane Doe');
    expect(fields('<p class="byline">By Jane Doe on March 3, 2024</p>').author).toBe('Jane Doe');
    expect(fields('<p class="byline">Jane Doe · 5 min read</p>').author).toBe('Jane Doe');
  });

  it('cuts the labels "Written by" and "Author:" off the name', () => {
    expect(fields('<span class="author">Written by Jane Doe</span>').author).toBe('Jane Doe');
    expect(fields('<span class="author">Author: Jane Doe</span>').author).toBe('Jane Doe');
  });

  it('skips an editor’s or reviewer’s byline for the writer’s', () => {
    expect(fields('<p class="byline">Updated by Jon Linkov</p><p class="byline">By Benjamin Preston</p>').author).toBe('Benjamin Preston');
    expect(fields('<p class="byline">Medically reviewed by Dr. Ann Roe</p>').author).toBeNull();
  });

  it('gives no author for a byline that wraps a megabyte of text', () => {
    expect(fields(`<div class="byline">${'words '.repeat(200_000)}</div>`).author).toBeNull();
  });

  it('gives no author for a byline that shows only a date and time', () => {
    expect(fields('<p class="author"><a href="#p1">Sun Dec 17, 2023 11:23 am</a></p>').author).toBeNull();
  });

  it('takes the first of three co-authors in one byline: one byline is not a listing', () => {
    const byline = '<div class="byline">By <a rel="author" href="/a">Alice Smith</a>, <a rel="author" href="/b">Bob Jones</a> and <a rel="author" href="/c">Carol White</a></div>';
    expect(fields(`<article><h1>Story</h1>${byline}<p>Text.</p></article>`).author).toBe('Alice Smith');
  });

  it('keeps the article’s author beside a related-posts box whose cards name three others', () => {
    const related = ['Ann Lee', 'Bo Chen', 'Cy Diaz'].map((n) => `<li><a href="/x">A story</a> <span class="author-name">${n}</span></li>`).join('');
    expect(fields(`<article><h1>Story</h1><span class="author-name">Jane Doe</span><p>Text.</p></article><aside class="related-posts"><ul>${related}</ul></aside>`).author).toBe('Jane Doe');
  });

  it('takes the byline’s author, not a commenter’s, even one marked rel=author', () => {
    const comments = '<ol class="comment-list"><li><a rel="author" href="/u/bob">Bob Visitor</a> <span class="comment-author-name">Bob Visitor</span> said…</li></ol>';
    expect(fields(`<article><h1>Story</h1><div class="byline">By <a href="/author/jane">Jane Doe</a></div><p>Text.</p></article>${comments}`).author).toBe('Jane Doe');
  });

  it('cuts a date off the name whatever stands between them, and skips a date link before the name', () => {
    for (const byline of ['By Jane Doe - March 3, 2024', 'By Jane Doe, March 3, 2024', 'By Jane Doe / March 3, 2024', 'By Jane Doe March 3, 2024']) {
      expect(fields(`<p class="byline">${byline}</p>`).author, byline).toBe('Jane Doe');
    }
    expect(fields('<p class="byline"><a href="/2024/03/03/">March 3, 2024</a> by <a href="/author/jane">Jane Doe</a></p>').author).toBe('Jane Doe');
  });

  it('skips an editor or reviewer named in a link after the role', () => {
    expect(fields('<p class="byline">Updated by <a href="/e">Jon Linkov</a></p><p class="byline">By <a href="/w">Ben Preston</a></p>').author).toBe('Ben Preston');
    expect(fields('<div class="byline">Medically reviewed by <a href="/r">Dr. Ann Roe</a> — Written by <a href="/w">Sam Lee</a></div>').author).toBe('Sam Lee');
    expect(fields('<div class="byline">Medically reviewed by <a href="/r">Dr. Ann\n    Roe</a> — Written by <a href="/w">Sam Lee</a></div>').author).toBe('Sam Lee');
  });

  it('takes the first of three co-authors each in a microdata wrapper of their own', () => {
    const person = (n: string) => `<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">${n}</span></span>`;
    expect(fields(`<article><h1>Story</h1><p class="byline">By ${person('Alice Smith')}, ${person('Bob Jones')} and ${person('Carol White')}</p></article>`).author).toBe('Alice Smith');
  });

  it('cuts a comment count off the byline', () => {
    expect(fields('<p class="byline">By Jane Doe <a class="comments-link" href="#comments">3 Comments</a></p>').author).toBe('Jane Doe');
  });

  it('does not parse a JSON-LD block of over a megabyte', () => {
    const big = `<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Ann Lee"},"pad":"${'x'.repeat(1_100_000)}"}</script>`;
    const small = '<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Ann Lee"}}</script>';
    expect(fields('<p>Text.</p>', big).author).toBeNull();
    expect(fields('<p>Text.</p>', small).author).toBe('Ann Lee');
  });

  it('takes a user name that starts with a digit', () => {
    expect(fields('<span class="author-name">2pac_fan</span>').author).toBe('2pac_fan');
  });

  it('reads the byline and date on a page whose body classes say "has-comments no-sidebar widgets"', () => {
    const page = fields('<div class="site has-comments no-sidebar no-widgets"><article><h1>Story</h1><p class="byline">By <a href="/a">Jane Doe</a> <time datetime="2024-03-03">March 3</time></p><p>Text.</p></article></div>');
    expect(page.author).toBe('Jane Doe');
    expect(page.published).toBe('2024-03-03');
  });

  it('gives no author and no date on a listing whose cards keep byline and date in their own <footer>', () => {
    const entry = (n: string, d: string) => `<article class="post"><h2><a href="/${n}">${n}</a></h2><p>Excerpt.</p><footer class="entry-footer"><a rel="author" href="/u/${n}">${n} Smith</a> <time datetime="${d}">${d}</time></footer></article>`;
    const page = fields(`<main><h1>Blog</h1>${entry('Ann', '2025-12-16')}${entry('Bo', '2025-12-15')}${entry('Cy', '2025-12-12')}</main>`);
    expect(page.author).toBeNull();
    expect(page.published).toBeNull();
  });

  it('names no author on a listing whose cards write theirs in microdata <meta> tags', () => {
    const cards = ['Ann Lee', 'Bo Chen', 'Cy Diaz'].map((n, i) => `<div class="card" itemscope itemtype="https://schema.org/BlogPosting"><meta itemprop="author" content="${n}"><meta itemprop="datePublished" content="2025-01-0${i + 1}"><a href="/${i}">Story ${i}</a></div>`).join('');
    const page = fields(`<main><h1>Blog</h1>${cards}</main>`);
    expect(page.author).toBeNull();
    expect(page.published).toBeNull();
  });

  it('skips a handle or a profile address in the author tag for a later tag’s name', () => {
    expect(fields('', '<meta name="author" content="@site"><meta name="sailthru.author" content="Dana Writer">').author).toBe('Dana Writer');
    expect(fields('', '<meta name="author" content="facebook.com/site"><meta name="parsely-author" content="Dana Writer">').author).toBe('Dana Writer');
  });

  it('takes neither author nor date from a product\'s reviews (`itemprop="review"`), only from the page\'s own byline', () => {
    const review = (name: string, day: string) =>
      `<article itemprop="review" itemscope itemtype="http://schema.org/Review"><p>Posted by <span itemprop="author">${name}</span> on <meta itemprop="datePublished" content="${day}">${day}</p><p itemprop="reviewBody">Heats evenly.</p></article>`;
    const product = `<main itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Cast iron casserole</h1><p>A heavy pot.</p>${review('Marisol T.', '2025-02-11')}${review('Ken O.', '2025-01-30')}</main>`;
    const page = fields(product);
    expect(page.author).toBeNull();
    expect(page.published).toBeNull();
    const signed = fields(`<main><h1>Cast iron, a review</h1><p class="byline">By <span itemprop="author">Dana Writer</span></p><p>Text.</p>${review('Marisol T.', '2025-02-11')}${review('Ken O.', '2025-01-30')}</main>`);
    expect(signed.author).toBe('Dana Writer');
  });

  it('takes the author and date of a page that is one review (a review blog marks its Product › review so)', () => {
    const one = `<main itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Acme blender review</h1><div itemprop="review" itemscope itemtype="http://schema.org/Review"><p class="byline">By <span itemprop="author">Ellie Writer</span>, <meta itemprop="datePublished" content="2024-04-01">April 1, 2024</p><div itemprop="reviewBody"><p>${'The blender crushes ice in seconds. '.repeat(20)}</p></div></div></main>`;
    const page = fields(one);
    expect(page.author).toBe('Ellie Writer');
    expect(page.published).toBe('2024-04-01');
  });

  it('takes no business (an Organization subtype) for the author from JSON-LD', () => {
    const ld = '<script type="application/ld+json">{"@type":"Article","author":{"@type":"LocalBusiness","name":"Joe’s Plumbing"}}</script>';
    expect(fields('<p>Text.</p>', ld).author).toBeNull();
  });
});

describe('publication date', () => {
  it('does not take an "Updated" date written before the date element', () => {
    expect(fields('<div class="meta">Updated <span class="date">Nov 19, 2021</span></div>').published).toBeNull();
    expect(fields('<p><span class="label">Last updated:</span> <span class="date">Nov 19, 2021</span></p>').published).toBeNull();
  });

  it('does not take the day a reference was retrieved (a wiki\'s citations) for the page\'s date', () => {
    const cite = (inner: string) => `<ol class="references"><li><cite class="citation web"><a href="https://heritage.example/1">"Hatherley Lock"</a>. Historic England${inner}.</cite></li></ol>`;
    expect(fields(cite('<span class="reference-accessdate">. Retrieved <span class="nowrap">3 February</span> 2025</span>')).published).toBeNull();
    expect(fields(cite('. <span class="date">Accessed 3 February 2025</span>')).published).toBeNull();
    // The class alone, the label alone.
    expect(fields(cite('. <span class="reference-accessdate">3 February 2025</span>')).published).toBeNull();
    expect(fields('<div class="post-date">3 February 2025</div>').published).toBe('3 February 2025');
  });

  it('does not take a <time> labelled as an update (VitePress\' "Last updated: <time>"), but takes a plain one, whatever its class', () => {
    expect(fields('<p class="VPLastUpdated">Last updated: <time datetime="2024-03-05T10:00:00Z">3/5/2024</time></p>').published).toBeNull();
    // VitePress' server HTML: the <time> is empty until its scripts fill it in.
    expect(fields('<p class="VPLastUpdated">Last updated: <time datetime="2024-03-05T10:00:00.000Z"></time></p>').published).toBeNull();
    expect(fields('<div>Updated <time datetime="2024-03-05">March 5</time></div>').published).toBeNull();
    expect(fields('<p>Posted <time datetime="2024-03-01">March 1</time></p>').published).toBe('2024-03-01');
    // WordPress (hAtom) marks the publication's own <time> "updated" when the post was never changed.
    expect(fields('<header><time class="updated" datetime="2021-09-09T07:00:15+00:00">September 9, 2021</time><h1>Clean</h1></header>').published).toBe('2021-09-09T07:00:15+00:00');
  });

  it('does not take a release date (Steam) but does take a press release’s date', () => {
    expect(fields('<div class="release_date">Release Date: <div class="date">8 Nov, 2021</div></div>').published).toBeNull();
    expect(fields('<span class="press-release-date">March 3, 2024</span>').published).toBe('March 3, 2024');
    expect(fields('<p>Press Release <span class="date">March 3, 2024</span></p>').published).toBe('March 3, 2024');
  });

  it('does not take a date said to be an update or a release "on" a day', () => {
    expect(fields('<div class="meta">Updated on March 5, 2024</div>').published).toBeNull();
    expect(fields('<p><span>Last updated on</span> <span class="date">March 5, 2024</span></p>').published).toBeNull();
    expect(fields('<div class="meta">Released on March 5, 2024</div>').published).toBeNull();
  });

  it('takes the publication date after an update date in one element', () => {
    expect(fields('<div class="post-meta">Updated May 2, 2024 · Published March 3, 2024</div>').published).toBe('March 3, 2024');
  });

  it('takes a date written in words in a datetime attribute, as Slashdot writes it', () => {
    expect(fields('<time datetime="on Friday January 12, 2024 @11:40AM">on Friday January 12, 2024 @11:40AM</time>').published).toBe('on Friday January 12, 2024 @11:40AM');
  });

  it('takes no duration for a date (a reading time written as <time datetime="PT5M">)', () => {
    expect(fields('<article><h1>Story</h1><time datetime="PT5M">5 min read</time> <time datetime="2024-03-03">March 3</time></article>').published).toBe('2024-03-03');
  });

  it('takes a date after words that end in "ends" ("Odds & Ends")', () => {
    expect(fields('<div class="meta">Odds &amp; Ends · March 3, 2024</div>').published).toBe('March 3, 2024');
  });

  it('gives no date when one kind of date element shows a listing’s days, rather than the next kind’s first', () => {
    const cards = ['2025-12-16', '2025-12-15', '2025-12-12'].map((d) => `<article><h2><a href="/${d}">Story</a></h2><time datetime="${d}">${d}</time></article>`).join('');
    expect(fields(`<header><span class="today-date">Monday, December 15, 2025</span></header><main><h1>News</h1>${cards}</main>`).published).toBeNull();
  });

  it('takes a date after words that only look like labels ("Reviews", "Orange County Register")', () => {
    expect(fields('<div class="entry-meta">By Jane Doe in Reviews · March 3, 2024</div>').published).toBe('March 3, 2024');
    expect(fields('<div class="post-meta preview-meta">Orange County Register · March 3, 2024</div>').published).toBe('March 3, 2024');
  });

  it('takes the date Drupal gives in RDFa over a sidebar’s dated list of other posts', () => {
    const recent = '<aside><h2>Recent content</h2><ul><li><a href="/a">A</a> <time datetime="2024-03-15T12:00:00Z">3 days ago</time></li></ul></aside>';
    const node = '<article><h1>Story</h1><span property="schema:dateCreated" content="2024-03-18T15:02:44+00:00">Mon, 03/18/2024 - 11:02</span><p>Text.</p></article>';
    expect(fields(recent + node).published).toBe('2024-03-18T15:02:44+00:00');
    expect(fields('<article><h1>Story</h1><span property="dc:date dc:created" content="2013-05-02T09:00:00+02:00">May 2</span></article>').published).toBe('2013-05-02T09:00:00+02:00');
  });

  it('keeps a post’s date when the "More posts" cards after the post show three other days', () => {
    const text = '<p>' + 'We rebuilt the courtyard walls with lime render and learned what breathes and what does not. '.repeat(8) + '</p>';
    const more = ['2024-08-02', '2024-05-21', '2024-03-14'].map((d) => `<div class="wp-block-post"><h3><a href="/${d}">Another post</a></h3><div class="wp-block-post-date"><time datetime="${d}">${d}</time></div></div>`).join('');
    const page = fields(`<main><div class="post"><h1>Designing for passive cooling</h1><div class="wp-block-post-date"><time datetime="2024-07-09T10:12:40+01:00">July 9, 2024</time></div><div class="entry-content">${text}${text}${text}</div></div><div class="wp-block-query"><h2>More posts</h2>${more}</div></main>`);
    expect(page.published).toBe('2024-07-09T10:12:40+01:00');
    // The same cards with no post before them are a listing: no date.
    expect(fields(`<main><h1>Journal</h1>${more}</main>`).published).toBeNull();
  });

  it('keeps the article’s date when two comments below it are dated other days', () => {
    const comments = '<ol class="comment-list"><li><time datetime="2024-01-07">Jan 7</time> Nice.</li><li><time datetime="2024-01-09">Jan 9</time> Thanks.</li></ol>';
    expect(fields(`<article><h1>Story</h1><time datetime="2024-01-05">Jan 5</time><p>Text.</p></article>${comments}`).published).toBe('2024-01-05');
  });

  it('counts one day written three ways as one day, not a listing', () => {
    const body = '<span class="date">March 3, 2024</span> <span class="post-date">Mar 3, 2024</span> <span class="published">2024-03-03</span>';
    expect(fields(body).published).toBe('March 3, 2024');
  });

  it('gives no date and no author on a listing of cards with their own', () => {
    const page = fields(`<main><h1>News</h1>${card('Ann', '2025-12-16')}${card('Bo', '2025-12-15')}${card('Cy', '2025-12-12')}</main>`);
    expect(page.published).toBeNull();
    expect(page.author).toBeNull();
  });

  it('reads no date in words that only start like a month ("Marathon 26 2024")', () => {
    expect(fields('<div class="meta">Marathon 26 2024 training</div>').published).toBeNull();
  });
});

describe('published date: comments marked only by RDFa', () => {
  it('does not take a comment’s RDFa date for the page’s', () => {
    const page = new DOMParser().parseFromString('<body><div class="node"><h1>Story</h1><p>Text.</p></div><section class="discussion"><div typeof="sioc:Post sioct:Comment"><span property="dc:date dc:created" content="2013-06-01T10:00:00+02:00">June 1</span></div></section></body>', 'text/html');
    expect(analyzeDocument(page, { url: 'https://site.example/post', useLayout: false }).page.published).toBeNull();
  });
});
