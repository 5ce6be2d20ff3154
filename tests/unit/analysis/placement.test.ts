import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../utils/analysis/analyze';
import { createPlacementModel, type PlacementModel } from '../../../utils/analysis/placement';
import { reasonText } from '../../../utils/analysis/placement/reasons';
import { headingHint, isShareHref, nameHint } from '../../../utils/analysis/placement/hints';
import type { Placement } from '../../../utils/analysis/types';

const FIXTURES = resolve(__dirname, '../../fixtures/placement');

function load(name: string): Document {
  const html = readFileSync(resolve(FIXTURES, name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The model for a fixture (no layout, as in a DOMParser document) and a lookup by link text. */
function fixture(name: string): { doc: Document; model: PlacementModel; place: (text: string) => Placement; why: (text: string) => string[] } {
  const doc = load(name);
  const model = createPlacementModel(doc, null);
  const link = (text: string) => {
    const found = Array.from(doc.querySelectorAll('a')).filter((a) => (a.textContent ?? '').trim() === text);
    if (found.length !== 1) throw new Error(`${name}: expected one link '${text}', found ${found.length}`);
    return found[0]!;
  };
  return {
    doc,
    model,
    place: (text) => model.classify(link(text)).placement,
    why: (text) => model.classify(link(text)).reasons.map(reasonText),
  };
}

describe('placement: div soup without semantic tags', () => {
  const { model, place, why } = fixture('div-soup-no-semantic-tags.html');

  it('finds the article text as main content by text density', () => {
    expect(model.mainRoot?.className).toBe('x9');
    expect(model.mainWordCount).toBeGreaterThan(150);
    expect(model.mainWordCount).toBeLessThan(260);
  });

  it('puts links in the article paragraphs in content', () => {
    expect(place('county archive ledgers')).toBe('content');
    expect(place("the lighthouse society's survey")).toBe('content');
  });

  it('puts the top link list in navigation, with a readable reason', () => {
    expect(place('Sport')).toBe('navigation');
    expect(why('Sport')[0]).toMatch(/link-dense list before the main content/);
  });

  it('puts the column beside the article in the sidebar and the page end in the footer', () => {
    expect(place('Storm damages pier')).toBe('sidebar');
    expect(place('Privacy policy')).toBe('footer');
    expect(place('Harbour Times')).not.toBe('content');
  });
});

describe('placement: landmarks', () => {
  it('reads a link’s own class as what it is, not as the region around it: a <nav> keeps its "HeaderMenu" links', () => {
    const article = '<main><article><h1>Yarn</h1><p>' + 'Our wool comes from two farms in the valley, spun and dyed by hand in small batches each season. '.repeat(3) + '</p></article></main>';
    const doc = new DOMParser().parseFromString(
      '<body><header class="site"><nav><a id="HeaderMenu-patterns" class="header-menu-item" href="/patterns">Patterns</a> <a class="header-link" href="/yarn">Yarn</a></nav>' +
        '<a class="footer-link" href="/account">Account</a></header>' + article + '</body>',
      'text/html',
    );
    const model = createPlacementModel(doc, null, 'https://shop.example/');
    const place = (text: string) => model.classify(Array.from(doc.querySelectorAll('a')).find((a) => a.textContent === text)!);
    expect(place('Patterns').placement).toBe('navigation');
    expect(place('Patterns').reasons.map(reasonText)[0]).toBe('inside <nav>');
    expect(place('Yarn').placement).toBe('navigation');
    expect(place('Account').placement).toBe('header');
  });

  it('nav menu, site header and footer', () => {
    const { place, why } = fixture('nav-menu-and-footer.html');
    expect(place('Beaches')).toBe('navigation');
    expect(why('Beaches')).toContain('inside <nav>');
    expect(place('Sign in')).toBe('header');
    expect(place('Coastline')).toBe('header');
    expect(place('North Sands')).toBe('content');
    expect(place('Coastline Trust')).toBe('footer');
    // A menu inside the footer is still the footer to a reader.
    expect(place('Sitemap')).toBe('footer');
  });

  it('a <header> inside an <article> is not the site header', () => {
    const { place } = fixture('article-header-inside-article.html');
    expect(place("the council's restoration report")).toBe('content');
    expect(place('the visitor centre website')).toBe('content');
    expect(place('Coast Weekly')).toBe('header');
    expect(place('News')).toBe('navigation');
    expect(place('Terms')).toBe('footer');
  });

  it('ARIA roles', () => {
    const { model, place, why } = fixture('aria-roles.html');
    expect(model.mainRoot?.getAttribute('role')).toBe('main');
    expect(place('Harbour Guide')).toBe('header');
    expect(place('Where to eat')).toBe('navigation');
    expect(place('the Anchor Inn')).toBe('content');
    expect(place('Hotel deals')).toBe('sidebar');
    expect(why('Hotel deals')[0]).toMatch(/complementary/);
    expect(place('Imprint')).toBe('footer');
    // An explicit role overrides the tag's own: an <aside> that says it is navigation is a menu.
    expect(place('Eat')).toBe('navigation');
    expect(why('Eat')[0]).toMatch(/role 'navigation'/);
  });

  it('a modal is an overlay whatever its tag or role', () => {
    const doc = new DOMParser().parseFromString(
      '<body><main><p>' + 'The harbour town grew slowly over two centuries. '.repeat(6) + '<a href="/inn">the inn</a></p></main>' +
        '<aside role="dialog" aria-modal="true"><a href="/newsletter">Join the newsletter</a></aside>' +
        '<nav aria-modal="true"><a href="/menu">Menu drawer</a></nav></body>',
      'text/html',
    );
    const model = createPlacementModel(doc, null, 'https://site.example/');
    const a = (text: string) => Array.from(doc.querySelectorAll('a')).find((x) => x.textContent === text)!;
    expect(model.classify(a('Join the newsletter')).reasons.map(reasonText)[0]).toMatch(/pop-up dialog/);
    expect(model.classify(a('Menu drawer')).reasons.map(reasonText)[0]).toMatch(/pop-up dialog/);
    expect(model.classify(a('the inn')).placement).toBe('content');
  });

  it('schema.org hints', () => {
    const { model, place, why } = fixture('schema-org-hints.html');
    expect(model.mainRoot?.getAttribute('itemprop')).toBe('articleBody');
    expect(place('Sea Stories')).toBe('header');
    expect(place('Archive')).toBe('navigation');
    expect(why('Archive')[0]).toMatch(/SiteNavigationElement/);
    expect(place('the county diving club')).toBe('content');
    expect(place('my photos')).toBe('comments');
    expect(place('Popular stories')).toBe('sidebar');
    expect(place('RSS feed')).toBe('footer');
  });
});

describe('placement: blocks inside the main content', () => {
  it('comment section', () => {
    const { place, why } = fixture('comment-section.html');
    expect(place('the conservation guide')).toBe('content');
    expect(place('Cheap Boats')).toBe('comments');
    expect(place('boat deals')).toBe('comments');
    expect(place('Jane')).toBe('comments');
    expect(why('boat deals')[0]).toMatch(/comments block/);
  });

  it('comments do not push the main content off the article', () => {
    const { model } = fixture('comment-section.html');
    expect(model.mainRoot?.localName).toMatch(/^(article|main)$/);
    expect(model.mainWordCount).toBeLessThan(200);
  });

  it('related-posts widget, by class and by heading', () => {
    const { place, why } = fixture('related-posts-widget.html');
    expect(place('the waymarked coastal route')).toBe('content');
    expect(place('Regatta weekend')).toBe('related');
    expect(place('Where to eat seafood')).toBe('related');
    expect(why('Where to eat seafood')[0]).toMatch(/You might also like/);
  });

  it('author bio box and byline', () => {
    const { place } = fixture('author-bio-box.html');
    expect(place('the local sailing club')).toBe('content');
    expect(place('samcarter.example.net')).toBe('author');
    expect(place('Social')).toBe('author');
    expect(place('Sam Carter')).toBe('author');
  });

  it('a resource list (links with short descriptions) inside the article is content', () => {
    const { place } = fixture('resource-list-in-content.html');
    for (const t of ['TideTables', 'OpenTrail Maps', 'Coast Forecast', 'Seabird Guide']) expect(place(t)).toBe('content');
    expect(place('Guides')).toBe('navigation');
  });

  it('a list the article heads itself and whose links go mostly to other sites stays content; the site’s own lists, related and follow lists do not', () => {
    const doc = load('resource-lists-under-their-own-headings.html');
    const model = createPlacementModel(doc, null, 'https://blog.example/coastal-walk');
    const link = (t: string) => Array.from(doc.querySelectorAll('a')).find((a) => (a.textContent ?? '').trim() === t)!;
    const place = (t: string) => model.classify(link(t)).placement;
    // Under an <h2>, under a page builder's heading widget (the heading wrapped twice), under a bold paragraph.
    for (const t of ['TideTables', 'Coast Forecast', 'Seabird Guide', 'Ferry Times', 'A history of small harbours', 'Our guide to the cliffs']) expect(place(t)).toBe('content');
    expect(model.classify(link('Seabird Guide')).reasons.map(reasonText)[0]).toBe('in a list of links to other sites under the article’s heading “Resources”');
    expect(model.classify(link('The lighthouse register')).reasons.map(reasonText)[0]).toBe('in a list of links to other sites under the article’s heading “Further reading”');
    // "See also" over references mostly to other sites is the article's; over the site's own stories, a promotion.
    for (const t of ['Coastguard safety advice', 'Our packing list']) expect(model.classify(link(t)).reasons.map(reasonText)[0]).toBe('in a list of links to other sites under the article’s heading “See also”');
    expect(place('Storm damages the old pier')).toBe('related');
    // The site's own links (www. and root-relative are the site), a related list, a follow list: not the article's text.
    for (const t of ['Walk one: the quay', 'Walk two: the headland', 'Walk three: the dunes', 'Social', 'Video']) expect(place(t)).toBe('related');
    expect(place("Another site's story one")).toBe('related');
  });

  it('a resource list’s links still go through the checks of any content link: a picture twin and a button are not content; hosts are read as the browser resolves them', () => {
    const prose = '<p>' + 'The harbour town grew slowly over two centuries, first as a fishing village and later as a trading post. '.repeat(3) + '</p>';
    const page = (head: string, list: string) =>
      new DOMParser().parseFromString(`<html><head>${head}</head><body><main><article><h1>Walks</h1><div class="entry-content">${prose}<h2>Tools we use</h2><ul>${list}</ul>${prose}</div></article></main></body></html>`, 'text/html');
    const placeIn = (doc: Document, url: string) => {
      const model = createPlacementModel(doc, null, url);
      return (href: string, nth = 0) => model.classify(doc.querySelectorAll(`a[href="${href}"]`)[nth]!).placement;
    };
    const tools = [1, 2, 3].map((n) => `<li><a href="https://t${n}.example/"><img src="t${n}.png" alt=""></a> <a href="https://t${n}.example/">Tool ${n}</a></li>`).join('') +
      '<li><a class="btn btn-primary" href="https://t1.example/buy">Buy now</a></li>';
    const place = placeIn(page('', tools), 'https://blog.example/walks');
    expect(place('https://t2.example/', 1)).toBe('content');
    expect(place('https://t2.example/', 0)).toBe('other');
    expect(place('https://t1.example/buy')).toBe('other');
    // The page's own host in Unicode is the site (the browser reads it in punycode).
    const own = [1, 2, 3].map((n) => `<li><a href="https://bücher.example/${n}">Our list ${n}</a></li>`).join('');
    expect(placeIn(page('', own), 'https://xn--bcher-kva.example/post')('https://bücher.example/2')).toBe('related');
    // Relative links under a <base href> on another site go to that site.
    const based = [1, 2, 3].map((n) => `<li><a href="/tool-${n}">Tool ${n}</a></li>`).join('');
    expect(placeIn(page('<base href="https://other.example/">', based), 'https://blog.example/walks')('/tool-2')).toBe('content');
  });

  it('after an article’s last paragraph, a table or a quote is still its text, a button a control, anything else a teaser', () => {
    const prose = '<p>' + 'We tested eleven French presses over three months, brewing every morning and noting the grit. '.repeat(3) + '</p>';
    const doc = new DOMParser().parseFromString(
      `<body><main><article><div class="entry-content">${prose}${prose}` +
        '<table><tr><td>Fellow Clara</td><td><a href="https://shop.example/clara">Check price at the shop</a></td></tr></table>' +
        '<blockquote><p>Grit is the enemy of a good press.</p><cite><a href="https://coffee.example/interview">Ana Ruiz, barista</a></cite></blockquote>' +
        '<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="https://shop.example/buy">Buy the winner</a></div></div>' +
        '<div class="teaser"><a href="/grinders">Our guide to the best burr grinders</a></div>' +
        '</div></article></main></body>',
      'text/html',
    );
    const model = createPlacementModel(doc, null, 'https://blog.example/presses');
    const place = (t: string) => model.classify(Array.from(doc.querySelectorAll('a')).find((a) => a.textContent === t)!).placement;
    expect(place('Check price at the shop')).toBe('content');
    expect(place('Ana Ruiz, barista')).toBe('content');
    expect(place('Buy the winner')).toBe('other');
    expect(place('Our guide to the best burr grinders')).toBe('related');
  });

  it('a heading after the main content names only what it heads', () => {
    const article = '<main><article><h1>Repotting</h1><div class="entry-content"><p>' + 'Spring is the time to repot a fig: the roots wake up and the plant recovers fastest. '.repeat(3) + '</p></div></article></main>';
    const placeIn = (after: string) => {
      const doc = new DOMParser().parseFromString(`<body>${article}${after}</body>`, 'text/html');
      const model = createPlacementModel(doc, null, 'https://blog.example/post');
      return (text: string) => model.classify(Array.from(doc.querySelectorAll('a')).find((a) => a.textContent === text)!).placement;
    };
    // A wrapper with two posts beside the heading is the block, not the heading's wrapper: the credits after it are not named.
    const two = placeIn('<div class="blk"><div class="w"><h3>You may also like</h3><a href="/p1">Post one</a><a href="/p2">Post two</a></div><div class="x"><a href="/privacy">Privacy policy</a> <a href="https://designer.example/">Theme by Designer</a></div></div>');
    expect(two('Post one')).toBe('related');
    expect(two('Theme by Designer')).not.toBe('related');
    // A heading with a link in it still names the grid after its wrapper.
    expect(placeIn('<div class="blk"><div class="w"><h2>Related <a href="/related">posts</a></h2></div><div class="grid"><a href="/a">Post A</a> <a href="/b">Post B</a></div></div>')('Post B')).toBe('related');
    // Beside the article (the block around it holds the main content too), the heading names the
    // block right after it, an empty spacer between them aside, and nothing further.
    const beside = placeIn('<h2>You may also like</h2><div class="spacer"></div><div class="grid"><a href="/a">Post A</a> <a href="/b">Post B</a></div><div class="more"><a href="/contact">Contact us</a></div>');
    expect(beside('Post B')).toBe('related');
    expect(beside('Contact us')).not.toBe('related');
    // A "Popular posts" column inside the site's footer (no footer markup to say so) is the footer.
    const footer = placeIn('<div class="td-footer-wrap"><div class="col"><div class="block-title"><h4>Popular Posts</h4></div><div class="list"><a href="/p1">Post one</a> <a href="/p2">Post two</a></div></div><div class="col"><a href="/about">About</a> <a href="/privacy">Privacy policy</a></div><p>© 2024 The Site</p></div>');
    expect(footer('Post two')).toBe('footer');
    expect(footer('Privacy policy')).toBe('footer');
    // A shop's or a recipe blog's "More … recipes" and a forum's "Suggested topics" name their grid too.
    expect(placeIn('<div class="blk"><h2>More Cookie Recipes</h2><div class="grid"><a href="/a">Oat cookies</a> <a href="/b">Ginger snaps</a></div></div>')('Ginger snaps')).toBe('related');
    expect(placeIn('<div class="blk"><h3>Suggested Topics</h3><ul><li><a href="/t/1">Backups</a></li><li><a href="/t/2">Replication</a></li></ul></div>')('Backups')).toBe('related');
    // A card title with words of its own besides its link does not end the block.
    expect(placeIn('<div class="blk"><div class="w"><h2>More posts</h2></div><div class="grid"><h3><a href="/a">Post A</a></h3><h3><span>New</span> <a href="/b">Post B, the longer title</a></h3><p><a href="/b">Read it</a></p></div></div>')('Read it')).toBe('related');
  });

  it('a related-posts block after the article is related when a heading names it from a widget of its own; post navigation in the article’s footer is navigation', () => {
    const { place, why } = fixture('related-posts-under-a-heading-widget.html');
    expect(place('this guide to soil mixes')).toBe('content');
    // Each card's linked title is a heading too: the block goes on under "You May Also Like".
    for (const t of ['How much light a fig needs', 'Common pests and what to do']) expect(place(t)).toBe('related');
    expect(why('Common pests and what to do')[0]).toBe("under the heading 'You May Also Like', after the main content");
    // A "See all" link beside the heading is part of its title row, and the list after it is what the heading names.
    for (const t of ['See All', 'Orchids for beginners', '0 comments']) expect(place(t)).toBe('related');
    // A heading that names no related block changes nothing.
    expect(place('Subscribe')).not.toBe('related');
    expect(place('« Pruning in winter')).toBe('navigation');
    expect(place('Watering by the season »')).toBe('navigation');
  });

  it('inside the main content, a heading that opens the text’s own section (“Popular misconceptions”) names no recommendation block; an <aside> in the article is no site sidebar', () => {
    const prose = 'Tides follow the moon, and the harbour sees two high waters a day, each about fifty minutes later than the day before. ';
    const doc = new DOMParser().parseFromString(
      `<body><header><a href="/">Tide School</a></header><main><article><h1>Tides</h1><p>${prose.repeat(2)}</p>` +
        `<h2>Popular misconceptions</h2><p>${prose}Many think the sun does most of the work; <a href="https://tides.example.org/sun">the almanac</a> shows otherwise.</p>` +
        `<h2>Most popular tide tables in 2024</h2><ul><li><a href="https://tables.example.org/a">Admiralty tables</a></li><li><a href="https://tables.example.org/b">Harbour board tables</a></li></ul>` +
        `<aside class="box"><nav><a href="/lessons/1">Lesson one</a> <a href="/lessons/2">Lesson two</a></nav></aside><p>${prose}</p></article></main></body>`,
      'text/html',
    );
    const model = createPlacementModel(doc, null, 'https://tides.example/lesson');
    const link = (text: string) => Array.from(doc.querySelectorAll('a')).find((a) => a.textContent === text)!;
    expect(model.classify(link('the almanac')).placement).toBe('content');
    expect(model.classify(link('Admiralty tables')).reasons.map(reasonText)[0]).not.toMatch(/^under the heading/);
    expect(model.classify(link('Lesson one')).placement).toBe('navigation');
  });

  it('a recommendation block inside the main block is related when a heading in a title container of its own names it; the text’s own “See also” list stays content', () => {
    const { place, why } = fixture('recommendations-inside-the-main-block.html');
    expect(place("the collectors' index")).toBe('content');
    for (const t of ['Oil lamps', 'Auto advertising']) expect(place(t)).toBe('related');
    expect(why('Oil lamps')[0]).toBe("under the heading 'More to explore :'");
    // "See also" heads the text's own links.
    expect(place('The 1959 brochure')).toBe('content');
  });

  it('sidebar widgets (WordPress markup, "has-sidebar" on the wrapper)', () => {
    const { model, place } = fixture('sidebar-widgets.html');
    expect(model.mainRoot?.className).toBe('entry-content');
    expect(place("the photographers' guide")).toBe('content');
    expect(place('Winter storms')).toBe('sidebar');
    expect(place('our newsletter')).toBe('sidebar');
  });

  it('keeps a sidebar’s widgets in the sidebar, whatever their own markup (a <nav> menu, recent comments, popular posts, about me); an ad stays an ad', () => {
    const { place, why } = fixture('sidebar-widgets-with-their-own-markup.html');
    for (const text of ['Sea birds', 'Tides', 'Lena', 'Winter storms', 'The lighthouse reopens', 'More about me']) expect(place(text)).toBe('sidebar');
    expect(why('Lena')[0]).toBe("in a sidebar (class 'widget_recent_comments')");
    expect(place('Boat hire, 20% off')).toBe('other');
    // A link whose own class says it is an ad stays one in the sidebar.
    expect(place('Sponsored: ferry tickets')).toBe('other');
    expect(place('Walks')).toBe('navigation');
    expect(place("the photographers' guide")).toBe('content');
  });

  it('breadcrumbs', () => {
    const { place } = fixture('breadcrumbs.html');
    expect(place('Guides')).toBe('navigation');
    expect(place('Coast')).toBe('navigation');
    expect(place("the coastguard's advice page")).toBe('content');
  });

  it('tag and category links marked rel="tag", without a tag-list class around them', () => {
    const { place, why } = fixture('tag-links-by-rel-in-article.html');
    expect(place('Coast')).toBe('navigation');
    expect(place('Family days out')).toBe('navigation');
    expect(why('Coast')[0]).toBe("in a tag list (rel 'tag')");
    expect(place('shore guide')).toBe('content');
  });

  it('tag links in a sidebar or footer stay where they sit', () => {
    const doc = new DOMParser().parseFromString(
      `<body><main><article><p>${'Tide pools at low water. '.repeat(20)}</p></article></main><aside><a href="/t/coast" rel="tag">Coast</a></aside><footer><a href="/t/family" rel="category tag">Family</a></footer></body>`,
      'text/html',
    );
    const model = createPlacementModel(doc, null);
    const [coast, family] = Array.from(doc.querySelectorAll('a'));
    expect(model.classify(coast!).placement).toBe('sidebar');
    expect(model.classify(family!).placement).toBe('footer');
  });

  it('tag links in the footer of the article itself stay a tag list', () => {
    const doc = new DOMParser().parseFromString(
      `<body><main><article><p>${'Tide pools at low water. '.repeat(20)}</p><footer class="entry-footer"><a href="/t/coast" rel="tag">Coast</a></footer></article></main></body>`,
      'text/html',
    );
    const r = createPlacementModel(doc, null).classify(doc.querySelector('a')!);
    expect([r.placement, r.reasons.map(reasonText)[0]]).toEqual(['navigation', "in a tag list (rel 'tag')"]);
  });

  it('share buttons', () => {
    const { place, why } = fixture('share-buttons.html');
    expect(place('Facebook')).toBe('other');
    expect(place('Post on X')).toBe('other');
    expect(place('Email')).toBe('other');
    expect(why('Facebook')[0]).toMatch(/share/);
    expect(place('Follow us')).toBe('other');
    expect(place('a code of conduct for seal watching')).toBe('content');
  });
});

describe('placement through analyzeDocument (no layout)', () => {
  it('reports placements, reasons, content order and word count', () => {
    const report = analyzeDocument(load('comment-section.html'), { url: 'https://blog.example.com/lighthouse' });
    expect(report.page.layout).toBe(false);
    expect(report.page.wordCount).toBeGreaterThan(100);
    const byText = new Map(report.links.map((l) => [l.text, l]));
    expect(byText.get('the conservation guide')?.placement).toBe('content');
    expect(byText.get('the conservation guide')?.contentOrder).toBe(1);
    expect(byText.get('Jane')?.placement).toBe('comments');
    expect(byText.get('Jane')?.contentOrder).toBeNull();
    expect(byText.get('Posts')?.placement).toBe('navigation');
    for (const l of report.links) expect(l.placementReasons.length).toBeGreaterThan(0);
  });
});

describe('placement hints', () => {
  it('reads class names as words, not substrings', () => {
    expect(nameHint('site-header')?.kind).toBe('header');
    expect(nameHint('relatedPosts')?.kind).toBe('related');
    expect(nameHint('comment-list')?.kind).toBe('comments');
    expect(nameHint('navy-blue')).toBeNull();
    expect(nameHint('btn btn-secondary')).toBeNull();
    expect(nameHint('has-sidebar')).toBeNull();
    // What follows a state word is what the element has or shows, not what it is.
    expect(nameHint('summary-item-has-author')).toBeNull();
    expect(nameHint('mm-component-stack-has-header')).toBeNull();
    expect(nameHint('summary-block-setting-primary-metadata-categories')).toBeNull();
    expect(nameHint('page-header--has-breadcrumbs')?.kind).toBe('header');
    expect(nameHint('setting-sidebar')?.kind).toBe('sidebar');
    // A component's own header or footer is not the site's.
    expect(nameHint('card-footer')).toBeNull();
    expect(nameHint('Box-header')).toBeNull();
    expect(nameHint('editorial-card-footer')).toBeNull();
    expect(nameHint('site-footer')?.kind).toBe('footer');
    expect(nameHint('main-container-footer')?.kind).toBe('footer');
    // So on a wrapper's name, read as the name it wraps.
    expect(nameHint('layout-with-sidebar-container')).toBeNull();
    expect(nameHint('card-footer-wrapper')).toBeNull();
    expect(nameHint('td-footer-wrapper')?.kind).toBe('footer');
    expect(nameHint('widget widget_text')?.kind).toBe('sidebar');
    // A forum post's signature is its author's; a shop's "signature collection" is no signature.
    expect(nameHint('signature')?.kind).toBe('author');
    expect(nameHint('post-signature')?.kind).toBe('author');
    expect(nameHint('signature-collection')).toBeNull();
    // A consent banner named inside a longer name is one; a recipe's cookies are not.
    expect(nameHint('govuk-cookie-banner')?.kind).toBe('overlay');
    expect(nameHint('cky-consent-container')?.kind).toBe('overlay');
    expect(nameHint('fortune-cookies')).toBeNull();
  });

  it('reads no word in the random names styled-components generates, only in the names beside them', () => {
    // "adRwQk" reads as "ad rw qk" on its own; beside a component id ("sc-…") it is a hash.
    expect(nameHint('sc-bdVaJa adRwQk')).toBeNull();
    expect(nameHint('sc-fNav kTzJgM')).toBeNull();
    // With the Babel plugin the component's own name comes first, and is read.
    expect(nameHint('RouteBox__Wrapper-sc-1h2k3l4-0 adRwQk')).toBeNull();
    expect(nameHint('Footer__Wrapper-sc-1h2k3l4-0 kTzJgM')?.kind).toBe('footer');
    expect(nameHint('sc-bdVaJa kTzJgM related-posts')?.kind).toBe('related');
    expect(nameHint('sc-bdVaJa kTzJgM footer')?.kind).toBe('footer');
    // A name in camelCase beside them is a word, not a hash: hashes run to eight letters at most.
    expect(nameHint('sc-bdVaJa kTzJgM relatedPosts')?.kind).toBe('related');
    expect(nameHint('sc-bdVaJa kTzJgM navBar')?.kind).toBe('navigation');
  });

  it('reads a wrapper’s name as what it wraps, unless it wraps the content too or a menu with the logo', () => {
    expect(nameHint('td-footer-wrapper')?.kind).toBe('footer');
    expect(nameHint('bdc-author-profile-wrapper')?.kind).toBe('author');
    // Genesis wraps the article and its sidebar in one; Divi its logo and menu.
    expect(nameHint('content-sidebar-wrap')).toBeNull();
    expect(nameHint('et-menu-container')).toBeNull();
    // A tagDiv site's footer (no <footer>, no footer class of its own) is the footer, its lists of posts included.
    const doc = new DOMParser().parseFromString(
      `<body><div class="td-header-wrap"><a href="/">Daily Ledger</a></div><article><h1>Rates</h1><p>${'The central bank held its rate for a third month, and lenders followed. '.repeat(6)}</p></article>` +
        `<div class="td-footer-wrapper"><div class="block"><a href="/p/1">Inside the regional bank squeeze</a> <a href="/p/2">Mortgage rates by state</a></div>` +
        `<div class="td-sub-footer-container"><a href="/privacy-policy/">Privacy Policy</a> <a href="/terms/">Terms</a></div></div></body>`,
      'text/html',
    );
    const model = createPlacementModel(doc, null, 'https://dailyledger.example/rates');
    const place = (text: string) => model.classify(Array.from(doc.querySelectorAll('a')).find((a) => a.textContent === text)!).placement;
    expect(place('Privacy Policy')).toBe('footer');
    expect(place('Inside the regional bank squeeze')).toBe('footer');
  });

  it('headings and share URLs', () => {
    expect(headingHint('Related articles')).toBe('related');
    expect(headingHint('12 Comments')).toBe('comments');
    expect(headingHint('About the author')).toBe('author');
    expect(headingHint('History of the harbour')).toBeNull();
    expect(headingHint('Meet your seller')).toBe('author');
    expect(headingHint('Meet the press')).toBeNull();
    // The text's own sections may open with the same words: only the whole heading names a block.
    for (const h of ['Meet the makers: five potters in Leeds', 'Meet your hosts for the weekend', 'Keep reading to find out which wheel we chose', 'Recommended from our test kitchen', 'Similar topics we cover', 'Similar questions to ask your landlord']) {
      expect(headingHint(h)).toBeNull();
    }
    // A shop's and a news site's own words for their recommendation blocks.
    for (const h of ['More to explore :', 'Similar sponsored items', 'Explore more related content', 'Recently viewed products', "Don't miss", 'Editors’ picks', 'Frequently bought together', 'More Releases From This Source', 'More by this author', 'Recommended from Medium', 'Keep reading', 'Similar threads', 'Similar questions']) {
      expect(headingHint(h)).toBe('related');
    }
    expect(headingHint("Don't miss the last ferry")).toBeNull();
    expect(headingHint('Explore the harbour')).toBeNull();
    expect(headingHint('More of the harbour from above')).toBeNull();
    expect(isShareHref('https://www.linkedin.com/shareArticle?mini=true&url=x')).toBe(true);
    expect(isShareHref('https://www.facebook.com/harbourtimes')).toBe(false);
  });
});

// Speed on big pages is measured by `npm run bench`, not timed here (a loaded CI machine makes timings lie).
describe('placement on a big page', () => {
  it('places every one of thousands of links in deep nesting', () => {
    const doc = document.implementation.createHTMLDocument('big');
    const body = doc.body;
    let deep: Element = body;
    for (let d = 0; d < 60; d++) {
      const div = doc.createElement('div');
      deep.appendChild(div);
      deep = div;
    }
    const links: Element[] = [];
    for (let i = 0; i < 6000; i++) {
      const p = doc.createElement('p');
      p.append(`Paragraph ${i} has some words before `);
      const a = doc.createElement('a');
      a.setAttribute('href', `/p/${i}`);
      a.textContent = `link ${i}`;
      p.append(a, ' and some after it.');
      deep.appendChild(p);
      links.push(a);
    }
    const model = createPlacementModel(doc, null);
    const placements = new Set(links.map((a) => model.classify(a).placement));
    expect([...placements]).toEqual(['content']);
  });
});

describe('placement: promotions after lead-in labels inside an article', () => {
  const { place, why } = fixture('promotions-after-lead-ins-in-article.html');

  it('calls a link after "Related:", "READ MORE:" or "SEE MORE:" on a line of its own related, and names the label', () => {
    expect(place('The 15 weirdest galaxies in our universe')).toBe('related');
    expect(why('The 15 weirdest galaxies in our universe')[0]).toMatch(/after the lead-in 'Related:'/);
    expect(place('A new map of dark matter around the Milky Way')).toBe('related');
    expect(place('Gravitational waves caught from a merger of two stars')).toBe('related');
  });

  it('calls headlines under a "More:" or "You may also like..." line related', () => {
    expect(place('Telescope funding approved after long delay')).toBe('related');
    expect(place('Comet visible to the naked eye this week')).toBe('related');
    expect(place('Water found in lunar glass beads')).toBe('related');
    expect(place('Largest quake recorded on Mars')).toBe('related');
  });

  it('keeps the text’s own links as content: "Read more about" in a sentence, "See also" and "Related work" notes, a label followed by words, a paragraph after the promotions', () => {
    for (const text of ['the galaxies counted in the survey', 'the telescope\'s archive', 'the method', 'spiral arm', 'a classroom kit', 'Smith et al. 2020', 'here']) {
      expect(place(text)).toBe('content');
    }
  });
});

describe('placement: teasers after the article text', () => {
  const { place, why } = fixture('teasers-after-article-text.html');

  it('keeps the article’s own links, short closing sentences included, as content', () => {
    expect(place('The restoration report')).toBe('content');
    expect(place('its published plan')).toBe('content');
    expect(place('fish counts')).toBe('content');
  });

  it('calls story teasers after the last paragraph related, and says why', () => {
    expect(place('Floods close bridge for a week')).toBe('related');
    expect(place('School wins robotics final')).toBe('related');
    expect(why('Floods close bridge for a week')[0]).toMatch(/after the article text/);
  });

  it('takes embeds between paragraphs out of the content: teasers are related, credits other', () => {
    expect(place('Watch the first salmon jump the old weir')).toBe('related');
    expect(why('Watch the first salmon jump the old weir')[0]).toMatch(/story teaser inside the article/);
    expect(place('Agency')).toBe('other');
  });
});

describe('placement: a <noscript> fallback', () => {
  it('calls a link inside <noscript> other, wherever it sits: only a browser with scripts off shows it', () => {
    const words = 'The harbour wall was rebuilt over two summers with stone from the old quarry above the town. '.repeat(6);
    const doc = new DOMParser().parseFromString(
      `<body><article><p>${words}Read <a href="/report">the council report</a> for the costs.</p>
      <noscript><a href="https://counter.example/">free web counter</a></noscript><p>${words}</p></article></body>`,
      'text/html',
    );
    const model = createPlacementModel(doc, null);
    const [text, counter] = Array.from(doc.querySelectorAll('a'));
    expect(model.classify(text!).placement).toBe('content');
    const r = model.classify(counter!);
    expect([r.placement, r.reasons.map(reasonText)]).toEqual(['other', ['inside <noscript>, shown only with scripts off']]);
  });
});

describe('placement: site header menus, skip links and class words (template pages)', () => {
  const { place, why } = fixture('site-header-menus-and-skip-link.html');

  it('calls a list of links in the site header its navigation; the logo and a lone link stay header', () => {
    expect(place('Forums')).toBe('navigation');
    expect(why('Forums')[0]).toMatch(/in a menu of the site header/);
    expect(place('Trail Rig Forum')).toBe('header');
    expect(place('Log in')).toBe('header');
  });

  it('places a skip link as other, wherever it sits', () => {
    expect(place('Skip to main content')).toBe('other');
  });

  it('does not take a <nav>’s items for the header because their class says "header"', () => {
    expect(place('Health A-Z')).toBe('navigation');
  });

  it('reads "breadcrumbs" in the middle of a class name, not after a state word ("has-breadcrumbs")', () => {
    expect(place('Guides')).toBe('navigation');
    expect(why('Guides')[0]).toMatch(/breadcrumbs/);
    expect(place('Jeep Wrangler forum')).toBe('header');
  });
});

describe('placement: an article’s table of contents and its headings’ anchors', () => {
  const { place, why } = fixture('article-contents-and-heading-anchors.html');

  it('calls a list of links to parts of the page its navigation, not related', () => {
    expect(place('Soluble fiber')).toBe('navigation');
    expect(why('Supplements')[0]).toMatch(/table of contents/);
  });

  it('places an anchor set beside its heading as other, even with words for screen readers', () => {
    expect(place('#Section titled “Insoluble fiber”')).toBe('other');
  });

  it('still places an accordion’s toggle in a heading (role=button, a same-page panel) as other', () => {
    expect(place('Can fiber lower blood pressure?')).toBe('other');
  });

  it('keeps the text’s own links, a jump within a sentence among them, as content', () => {
    expect(place('a review of the research')).toBe('content');
    expect(place('why the two kinds are counted apart')).toBe('content');
  });
});

describe('placement: a resource page’s table of contents', () => {
  const { place, why } = fixture('resource-page-with-a-table-of-contents.html');

  it('calls the jumps to its groups navigation, on a page made of lists as well as in an article; the resources stay content', () => {
    expect(place('Seeds')).toBe('navigation');
    expect(why('Courses')[0]).toMatch(/table of contents/);
    expect(place('Heritage seed library')).toBe('content');
    expect(place('Fruit trees in small gardens')).toBe('content');
  });
});

describe('placement: headings that name the block under them', () => {
  const { place } = fixture('headings-that-name-blocks.html');

  it('reads "Recommended Reviews" as reviews, "About the organizer" as the author, "Other events you may like" as related', () => {
    expect(place('Jenna K.')).toBe('comments');
    expect(place('Portland Urban Sketchers')).toBe('author');
    expect(place('Intro to ink and wash')).toBe('related');
  });

  it('does not take "Popular dishes", "Related Topics" or the text’s "Why you might like this walk" for recommendations', () => {
    expect(place('Spicy miso ramen')).not.toBe('related');
    expect(place('Portland')).not.toBe('related');
    expect(place('the district\'s sketch map')).toBe('content');
  });

  it('reads "Popular on …" as recommendations and "About the hosts" as the author', () => {
    expect(place('Saturday market guide')).toBe('related');
    expect(place('Mira Chen')).toBe('author');
  });

  it('reads "Keep reading" inside the page’s text and "Recommended from …" as recommendations, "Meet your seller" as the author', () => {
    expect(place('Drawing people in motion')).toBe('related');
    expect(place('A mural walk in the east side')).toBe('related');
    expect(place('Pearl Walks')).toBe('author');
  });
});

describe('placement: a heading alone in its wrapper names the block the wrapper heads', () => {
  const { place, why } = fixture('headings-alone-in-their-wrappers.html');

  it('reads "Responses (3)" in a wrapper of its own as the heading of the responses below it', () => {
    for (const name of ['Tomas Havel', 'Priya S', 'Lee Park', 'See all responses']) expect(place(name)).toBe('comments');
    expect(why('Priya S')[0]).toMatch(/under the heading 'Responses \(3\)'/);
  });

  it('reads a "Written by" heading inside the author’s link as the author box around it', () => {
    expect(place('2.1K Followers')).toBe('author');
  });

  it('does not let the first of two headings in a block name all of it', () => {
    expect(place('Subscribe to the newsletter')).not.toBe('comments');
  });

  it('keeps a linked heading among other blocks to its own link', () => {
    expect(place('Trending Stories')).toBe('related');
    expect(place('2 Comments')).toBe('comments');
    expect(place('idle callback reference')).toBe('content');
  });

  it('never names a block that holds the article: a wrapped heading after the text, or a byline above the title', () => {
    const text = 'Idle callbacks run when the browser has nothing better to do, and each takes a timeout for background tabs. ';
    const placeIn = (body: string) => {
      const doc = new DOMParser().parseFromString(`<body><div class="top"><a href="/">Home</a> <a href="/about">About</a></div>${body}<div class="bottom"><a href="/terms">Terms</a></div></body>`, 'text/html');
      const model = createPlacementModel(doc, null, 'https://blog.example/idle');
      return (t: string) => model.classify(Array.from(doc.querySelectorAll('a')).find((a) => a.textContent === t)!).placement;
    };
    const after = placeIn(`<div class="col"><div class="story"><p>${text.repeat(4)}<a href="https://ref.example/idle">the reference</a></p></div><div class="t"><h3>2 Comments</h3></div><div class="c"><a href="/u/bob">Bob</a></div></div>`);
    expect(after('the reference')).toBe('content');
    expect(after('Home')).not.toBe('content');
    expect(after('Terms')).not.toBe('content');
    const byline = placeIn(`<div class="col"><div class="by"><a href="/u/jane"><h5>Written by Jane</h5></a></div><h1>Idle callbacks</h1><div class="story"><p>${text.repeat(4)}<a href="https://ref.example/idle">the reference</a></p></div></div>`);
    expect(byline('Written by Jane')).toBe('author');
    expect(byline('the reference')).toBe('content');
  });
});

describe('placement: a listing’s titles marked role=button', () => {
  const { place } = fixture('listing-titles-with-role-button.html');

  it('keeps a title link in a heading as the listing’s content; the apply buttons are other', () => {
    expect(place('Data Analyst')).toBe('content');
    expect(place('Junior Business Analyst')).toBe('content');
    expect(place('Easily apply')).toBe('other');
  });
});

describe('placement: a list of terms in the middle of the text', () => {
  const { place, why } = fixture('term-lists-in-reference-text.html');

  it('keeps a list of short names the text goes on to explain as the text', () => {
    for (const name of ['ArrayBuffer', 'DataView', 'ReadableStream']) expect(place(name)).toBe('content');
    expect(why('Blob')).toEqual(['inside the main content (<article>)']);
  });

  it('keeps a list of longer names, a guide’s chapters of up to 40 characters, as the text', () => {
    for (const name of ['Reading files with FileReader', 'Transferring buffers to workers', 'Compressing streams on the fly']) expect(place(name)).toBe('content');
  });

  it('still reads a list of headlines within the text as more stories', () => {
    expect(place('Streams now ship in every engine this spring')).toBe('related');
    expect(place('Typed arrays and endianness, explained with pictures')).toBe('related');
  });

  it('does not take short links after the last paragraph for terms of the text', () => {
    expect(place('Streams')).not.toBe('content');
    expect(place('Performance')).not.toBe('content');
  });
});

describe('placement: lists in sections of a page that each hold their own text', () => {
  const { place, why } = fixture('lists-in-sections-with-their-own-text.html');

  it('keeps the list of each area of a course catalogue, under its heading and paragraph, as the text', () => {
    for (const title of ['Certified Internal Auditor examination preparation course', 'Certificate in SQL Programming for analysts and managers alike', 'Project Management Professional examination preparation']) {
      expect(place(title)).toBe('content');
    }
    expect(why('Fundamentals of Power BI dashboards for reporting teams')).toEqual(['inside the main content (<article>)']);
  });

  it('still reads a list of headlines standing alone between paragraphs as more stories', () => {
    expect(place('The school names a new dean of executive education this spring')).toBe('related');
    // A box with a line of its own over its list is still one box, not one of a set of sections.
    expect(place('What a term of evening study asks of a working parent')).toBe('related');
  });

  it('needs the blocks named alike: unnamed blocks of a paragraph and a list are no catalogue', () => {
    const doc = load('lists-in-sections-with-their-own-text.html');
    for (const area of Array.from(doc.querySelectorAll('.course-area'))) area.removeAttribute('class');
    const sql = Array.from(doc.querySelectorAll('a')).find((a) => a.textContent === 'Certificate in SQL Programming for analysts and managers alike')!;
    expect(createPlacementModel(doc, null).classify(sql).placement).toBe('related');
  });

  it('still reads columns of lists with no text of their own as lists apart from the text', () => {
    expect(place('Career services for students and alumni')).toBe('related');
    expect(place('Directions and parking on the main campus')).toBe('related');
  });
});

describe('placement: a list the paragraph before it announces', () => {
  const { place } = fixture('lists-announced-by-the-text.html');

  it('keeps a list after a sentence of the text ending in a colon as the text', () => {
    expect(place('Large-scale cluster management at Google with Borg')).toBe('content');
    expect(place('Marathon, a container orchestration platform for Mesos')).toBe('content');
  });

  it('still reads a list announced by a related-posts label as more stories', () => {
    expect(place('Evictions explained, with the numbers behind them')).toBe('related');
    // A longer line of the kind, past what a heading's words are read in.
    expect(place('Sidecars before and after the native sidecar feature')).toBe('related');
  });
});

describe('placement: a footer that only its copyright line names (generated class names)', () => {
  const { place, why } = fixture('footer-named-only-by-its-copyright-line.html');
  const placeIn = (page: Document, text: string) => createPlacementModel(page, null).classify(Array.from(page.querySelectorAll('a')).find((a) => a.textContent === text)!);
  const html = (body: string) => new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');
  const prose = '<p>The harbour office posts the tide tables a week ahead now, and the ferry keeps to them all summer long.</p>'.repeat(4);

  it('places the links of the block that closes the page with its © line in the footer', () => {
    for (const text of ['Tallyflow home', 'Integrations', 'Careers', 'Privacy']) expect(place(text)).toBe('footer');
    expect(why('Terms')).toEqual(['in the site footer (with the © line)']);
  });

  it('keeps the text above it as the text', () => {
    expect(place('NetSuite')).toBe('content');
    expect(place('a coffee roaster cut its close to two days')).toBe('content');
  });

  it('takes no block of headlines beside the © line for the footer', () => {
    const withHeadlines = load('footer-named-only-by-its-copyright-line.html');
    withHeadlines.querySelector('.css-1l4w6pd')!.insertAdjacentHTML('afterbegin',
      '<div><a href="/blog/close-checklist">The month-end close checklist, step by step</a><a href="/blog/accruals">Accruals explained for controllers who inherited them</a></div>');
    const model = createPlacementModel(withHeadlines, null);
    const a = Array.from(withHeadlines.querySelectorAll('a')).find((x) => x.textContent === 'Careers')!;
    expect(model.classify(a).placement).not.toBe('footer');
  });

  it('places such a footer inside the block chosen as the main content too', () => {
    const page = html(`<div class="css-app"><h1>Tide tables</h1>${prose}<p>Read <a href="https://tides.example/">the tables</a>.</p>` +
      '<div class="css-f1"><a href="/about">About</a> <a href="/jobs">Jobs</a> <a href="/privacy">Privacy</a> <span>© 2025 Harbour Ltd</span></div></div>');
    expect(placeIn(page, 'Jobs').placement).toBe('footer');
    expect(placeIn(page, 'the tables').placement).toBe('content');
  });

  it('takes no block of prose around the © line for the footer (an about box closing the page)', () => {
    const page = html(`<article class="css-a">${prose}${prose}<p>Read <a href="https://tides.example/">the tables</a>.</p></article>` +
      '<div class="css-x"><p>Harbour Notes is written by two former harbour pilots who have worked the estuary for thirty years and still sail it every weekend.</p>' +
      '<a href="/one">One</a> <a href="/two">Two</a> <a href="/three">Three</a> <span>© 2025 Harbour Notes</span></div>');
    expect(placeIn(page, 'Two').reasons.map(reasonText)).not.toContain('in the site footer (with the © line)');
  });

  it('takes no block around a marked main content for the footer (a short listing in <main> closed by its © line)', () => {
    const items = Array.from({ length: 12 }, (_, k) => `<li><a href="/s/${k}">Seed ${k}</a></li>`).join('');
    const notes = '<p>Notes from the allotment: what grew, what failed and what we would sow again next spring if the weather holds.</p>'.repeat(6);
    const page = html(`<aside>${notes}</aside><div class="css-w"><main><ul>${items}</ul></main>` +
      '<a href="/a">About</a> <a href="/b">Blog</a> <a href="/c">Contact</a> <span>© 2025 Seeds</span></div>');
    // Too little text for a main content to stand out: its links are `other`, not the footer's.
    expect(placeIn(page, 'Seed 3').reasons.map(reasonText)).not.toContain('in the site footer (with the © line)');
    expect(placeIn(page, 'Blog').reasons.map(reasonText)).not.toContain('in the site footer (with the © line)');
  });

  it('takes no © line for a footer when it is the whole page, a photo credit or a licence line, or a script’s', () => {
    const wholePage = html('<div class="css-p"><a href="/">GitHub</a> <a href="/blog">My blog</a> <a href="/photos">Photos</a> © 2025 Jane</div>');
    expect(placeIn(wholePage, 'My blog').placement).not.toBe('footer');
    const credit = html(`<article class="css-a">${prose}<figure><img src="x.jpg" alt=""><figcaption>Photo: <a href="https://ann.example/">Ann Lee</a> © Reuters</figcaption></figure>` +
      `${prose}<p>This article is © 2024 Jane, licensed <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.</p></article>`);
    for (const text of ['Ann Lee', 'CC BY 4.0']) expect(placeIn(credit, text).reasons.map(reasonText), text).not.toContain('in the site footer (with the © line)');
    const script = html(`<div class="css-c">${prose}<p>See <a href="/a">the archive</a>, <a href="/b">the maps</a> and <a href="/c">the charts</a>.</p></div>` +
      '<div class="css-s"><script>/*! Copyright 2020 Lib */</script><a href="/d">Top</a></div>');
    for (const text of ['the maps', 'Top']) expect(placeIn(script, text).reasons.map(reasonText), text).not.toContain('in the site footer (with the © line)');
  });

  it('takes no block of more than a third of the page for the footer (a listing of short names closed by the © line)', () => {
    const links = Array.from({ length: 30 }, (_, k) => `<a href="/p/${k}">Part ${k}</a>`).join(' ');
    const intro = 'Spare parts for every model we have made since 1990, shipped the same day. '.repeat(2);
    const page = new DOMParser().parseFromString(`<body><article><h1>Parts</h1><p>${intro}</p></article><div class="css-a1"><div class="css-b2">${links}</div><p>© 2025 Parts Ltd</p></div></body>`, 'text/html');
    const reasons = createPlacementModel(page, null).classify(page.querySelector('.css-b2 a')!).reasons.map(reasonText);
    expect(reasons).not.toContain('in the site footer (with the © line)');
  });
});

describe('placement: blocks named only by their aria-label (generated class names)', () => {
  const { place, why } = fixture('blocks-named-only-by-aria-label.html');

  it('reads a list labelled "Tags" as tags and a section labelled "Related articles" as related', () => {
    for (const tag of ['ramen', 'pork', 'japanese']) expect(place(tag)).toBe('navigation');
    expect(why('pork')[0]).toMatch(/aria-label 'Tags'/);
    expect(place('Miso ramen with charred corn and butter')).toBe('related');
  });

  it('does not take a restaurant’s "Menu" for a site menu', () => {
    expect(place('Rolled pork belly chashu')).toBe('content');
    expect(place('Marinated soft-boiled eggs')).toBe('content');
  });
});

describe('placement: recommendation headings with an intro line, over cards whose link comes before their title', () => {
  const { doc, model, place } = fixture('recommendation-headings-with-intro-lines-and-overlay-cards.html');
  const byHref = (href: string) => model.classify(doc.querySelector(`a[href="${href}"]`)!).placement;

  it('names the cards after a heading that shares its wrapper with a line introducing them', () => {
    expect(place('How to run a flux analysis your CFO will read')).toBe('related');
    expect(place('Audit readiness for Series A startups')).toBe('related');
  });

  it('goes on naming cards whose own title is a heading after the card’s link', () => {
    for (const href of ['/story/1', '/story/2', '/story/3']) expect(byHref(href)).toBe('related');
  });

  it('keeps the article’s own link content', () => {
    expect(place('The accrual standard')).toBe('content');
  });
});

describe('placement: limits of the term-list, label, card-title and back-to-top rules (cases from a second reading)', () => {
  const prose = (n: number) => `<p>${'The harbour board met on Tuesday to weigh the dredging plan, the budget and the new ferry berth. '.repeat(n)}</p>`;
  /** A placement lookup by link text, or by href when `href` is true. */
  function placeIn(body: string, url = 'https://harbour.example/story') {
    const doc = new DOMParser().parseFromString(`<body><div class="top"><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></div>${body}<div class="bottom"><a href="/terms">Terms</a></div></body>`, 'text/html');
    const model = createPlacementModel(doc, null, url);
    return (text: string) => model.classify(Array.from(doc.querySelectorAll('a')).find((a) => a.textContent === text || a.getAttribute('href') === text)!).placement;
  }
  const five = (paths: string[]) => `<ul class="x9">${paths.map((p) => `<li><a href="${p}">${p.split('/').filter(Boolean).pop()}</a></li>`).join('')}</ul>`;

  it('keeps a tag list or a "follow us" row between paragraphs out of the text', () => {
    const tags = placeIn(`<article><h1>Dredging plan</h1>${prose(3)}${prose(3)}${five(['/tag/politics', '/tag/harbour', '/tag/budget', '/tag/ferries', '/tag/council'])}<p>Jane Doe covers the harbour, the council and the budget for the Harbour Times; she joined in 2019.</p></article>`);
    expect(tags('politics')).not.toBe('content');
    const social = ['https://www.facebook.com/harbourtimes', 'https://www.instagram.com/harbourtimes', 'https://x.com/harbourtimes', 'https://www.youtube.com/@harbourtimes', 'https://www.tiktok.com/@harbourtimes'];
    const follow = placeIn(`<article><h1>Dredging plan</h1>${prose(3)}${five(social)}${prose(3)}${prose(3)}</article>`);
    expect(follow(social[0]!)).not.toBe('content');
    // The same row of the site's own short names, with the text going on after it, is the text's.
    const terms = placeIn(`<article><h1>Dredging plan</h1>${prose(3)}${five(['/berths/north', '/berths/south', '/berths/east', '/berths/west', '/berths/inner'])}${prose(3)}${prose(3)}</article>`);
    expect(terms('north')).toBe('content');
  });

  it('reads an aria-label "Replies" in a thread as its posts, and no label on a wrapper of the page’s title', () => {
    const thread = placeIn(`<div itemscope itemtype="https://schema.org/DiscussionForumPosting"><h1>Stuck bearing</h1>${prose(2)}<section class="x7" aria-label="Replies"><div>${prose(1)}<p>Try <a href="https://tools.example/puller">the gear puller</a> first.</p></div><div>${prose(1)}</div></section></div>`);
    expect(thread('the gear puller')).toBe('content');
    const wrapped = placeIn(`<div class="x5" aria-label="Comments"><h1>Dredging plan</h1>${prose(3)}<p>See <a href="https://survey.example.org/x">the survey</a>.</p>${prose(3)}</div>`);
    expect(wrapped('the survey')).toBe('content');
  });

  it('lets a block’s own heading, with a feed icon before it, name the cards after it; and an intro line of 110 characters', () => {
    const cards = '<div class="g"><div class="c"><a href="/s/1"><h3>Ferry berth opens in May</h3></a></div><div class="c"><a href="/s/2"><h3>Council backs the dredging plan</h3></a></div><div class="c"><a href="/s/3"><h3>Pilots ask for a new tug</h3></a></div></div>';
    const icon = placeIn(`<article><h1>Dredging plan</h1>${prose(4)}</article><div class="b"><div class="h"><a href="/feed.xml"><svg></svg></a><h2>Related posts</h2></div>${cards}</div>`);
    expect(icon('Council backs the dredging plan')).toBe('related');
    const intro = placeIn(`<article><h1>Dredging plan</h1>${prose(4)}</article><div class="b"><div class="h"><div><h2>More from the blog</h2><p>${'word '.repeat(22)}</p></div></div>${cards}</div>`);
    expect(intro('Council backs the dredging plan')).toBe('related');
  });

  it('keeps a table of contents’ "The top" entry and an article’s "Things to do nearby" section; takes a bare "#" worded "Back to top" as a skip', () => {
    const toc = placeIn(`<article><h1>Ridge walk</h1><ul><li><a href="#approach">Approach</a></li><li><a href="#ridge">Ridge</a></li><li><a href="#the-top">The top</a></li></ul><h2 id="approach">Approach</h2>${prose(2)}<h2 id="ridge">Ridge</h2>${prose(2)}<h2 id="the-top">The top</h2>${prose(2)}<p><a href="#">Back to top</a></p></article>`);
    expect(toc('The top')).toBe(toc('Approach'));
    expect(toc('Back to top')).toBe('other');
    const nearby = placeIn(`<article><h1>Ard forest</h1>${prose(3)}<section><h2>Things to do nearby</h2><p>The walk along the loch starts at the car park; <a href="https://forestry.example.org/ard">the forestry trail guide</a> marks each path and its length.</p>${prose(1)}</section>${prose(2)}</article>`);
    expect(nearby('the forestry trail guide')).toBe('content');
    const after = placeIn(`<article><h1>Ard forest</h1>${prose(4)}</article><div class="n"><h3>Best nearby restaurants</h3><div class="c"><a href="/r/1">The Loch Inn</a> 0.4 km</div><div class="c"><a href="/r/2">Harbour Kitchen</a> 1.2 km</div></div>`);
    expect(after('Harbour Kitchen')).toBe('related');
  });

  it('takes a bare "#" icon labelled "Scroll to the top of the page" as a skip (OceanWP\'s #scroll-top), wherever it sits', () => {
    const icon = placeIn(`<a id="scroll-top" href="#" aria-label="Scroll to the top of the page"><i class="icon-arrow-up"></i></a><article><h1>Ard forest</h1>${prose(4)}</article>`);
    expect(icon('#')).toBe('other');
  });
});

describe('placement: a wiki’s infobox set in an <aside> beside the article’s text', () => {
  const { doc, model, place } = fixture('wiki-infobox-aside-inside-the-article.html');

  it('reads the infobox’s links as the article’s, and the page’s right rail as a sidebar', () => {
    expect(place('Beast')).toBe('content');
    expect(place('Frost')).toBe('content');
    expect(model.classify(doc.querySelector('p a[href="/wiki/Ashen_Steppe"]')!).placement).toBe('content');
    expect(place('Bosses')).toBe('sidebar');
  });

  it('keeps a page-level <aside> named "infobox" a sidebar', () => {
    const doc = new DOMParser().parseFromString(
      `<body><main><article><h1>Notes</h1><p>${'Field notes from a year of walking the coast path, one bay at a time, with the tides. '.repeat(4)}</p></article></main>` +
        '<aside id="sidebar" class="infobox"><h3>Blogroll</h3><ul><li><a href="https://friend1.example/">Friend one</a></li><li><a href="https://friend2.example/">Friend two</a></li></ul></aside></body>',
      'text/html',
    );
    const model = createPlacementModel(doc, null, 'https://notes.example/');
    expect(model.classify(doc.querySelector('a[href="https://friend1.example/"]')!).placement).toBe('sidebar');
  });
});

describe('placement: a call to action whose button class sits on the link’s wrapper', () => {
  const { doc, model, place, why } = fixture('cta-class-on-the-wrapper-of-a-link.html');

  it('reads HubSpot’s CTA image (class on the span around the link) as a button, not the text', () => {
    const cta = doc.querySelector('a[href^="https://cta-redirect.hubspot.com"]')!;
    expect(model.classify(cta).placement).toBe('other');
    expect(model.classify(cta).reasons.map(reasonText)[0]).toMatch(/class 'hs-cta-node' around it/);
  });

  it('keeps a link whose wrapper so named sits in a sentence, or carries a theme’s colour class, as the text', () => {
    const doc = new DOMParser().parseFromString(
      `<body><article><h1>Motors</h1><p>${'We ran each motor for a month at the same load and logged its temperature every minute. '.repeat(3)}</p>` +
        '<p>We compared motors in <span class="cta-highlight"><a href="https://partner.example/study">the partner study</a></span>, which found the same drift in the cheaper ones after a week of running.</p>' +
        `<p class="has-cta-color"><a href="https://partner.example/full">Read the full study from the partner lab</a></p><p>${'The cheaper motors ran hotter, and their bearings wore faster under the same duty cycle. '.repeat(3)}</p></article></body>`,
      'text/html',
    );
    const model = createPlacementModel(doc, null, 'https://motors.example/test');
    expect(model.classify(doc.querySelector('a[href="https://partner.example/study"]')!).placement).toBe('content');
    expect(model.classify(doc.querySelector('a[href="https://partner.example/full"]')!).placement).toBe('content');
  });

  it('keeps a link in a sentence of a block so named as the text', () => {
    expect(place('Read our benchmark study')).toBe('content');
    expect(why('an automation tool')).toEqual(['inside the main content (<article>)']);
  });
});

describe('placement: a table of contents whose entries are styled as buttons', () => {
  it('reads the jumps to the page’s groups as its table of contents, not as calls to action', () => {
    const group = (id: string, name: string) =>
      `<h2 id="${id}">${name}</h2><p>${'Suppliers we have ordered from for years, with what each does best and what it costs to ship. '.repeat(3)}</p>` +
      `<ul><li><a href="https://${id}-one.example/">${name} one</a> – a long-running nursery with a wide range.</li><li><a href="https://${id}-two.example/">${name} two</a> – small, organic, ships in cold weather.</li></ul>`;
    const doc = new DOMParser().parseFromString(
      '<body><header><a href="/">Plot &amp; Pot</a></header><main><article><h1>Gardening resources</h1>' +
        '<p>Every supplier, tool and reference we use, grouped by what you need them for; jump to a group below.</p>' +
        '<div class="gb-buttons"><a class="gb-button" href="#seeds">Seeds &amp; plants</a><a class="gb-button" href="#tools">Tools</a><a class="gb-button" href="#soil">Soil</a></div>' +
        `${group('seeds', 'Seeds')}${group('tools', 'Tools')}${group('soil', 'Soil')}</article></main></body>`,
      'text/html',
    );
    const model = createPlacementModel(doc, null, 'https://plotandpot.example/resources/');
    const place = (text: string) => model.classify(Array.from(doc.querySelectorAll('a')).find((a) => a.textContent === text)!);
    expect(place('Seeds & plants').placement).toBe('navigation');
    expect(place('Seeds & plants').reasons.map(reasonText)[0]).toMatch(/table of contents/);
    expect(place('Tools one').placement).toBe('content');
  });
});

describe('placement: an "On this page" table of contents in a column beside the text', () => {
  it('reads its jumps as navigation, and the column’s other links as the sidebar', () => {
    const section = (id: string, name: string) => `<h2 id="${id}">${name}</h2><p>${'Rate limits protect the API from bursts, and each rule names the key it counts by and the window it counts over. '.repeat(3)}</p>`;
    const doc = new DOMParser().parseFromString(
      '<body><header><a href="/">Docs</a></header><main><article><h1>Rate limiting</h1>' +
        `${section('define', 'Define the rule')}${section('choose', 'Choose an algorithm')}${section('test', 'Test the rule')}</article>` +
        '<aside class="toc-column"><p>On this page</p><ul><li><a href="#define">Define the rule</a></li><li><a href="#choose">Choose an algorithm</a></li><li><a href="#test">Test the rule</a></li></ul>' +
        '<p><a href="https://github.example/docs/edit/rate-limits.md">Edit this page</a></p></aside></main></body>',
      'text/html',
    );
    const model = createPlacementModel(doc, null, 'https://docs.example/rate-limits');
    const place = (href: string) => model.classify(doc.querySelector(`aside a[href="${href}"]`)!);
    expect(place('#choose').placement).toBe('navigation');
    expect(place('#choose').reasons.map(reasonText)[0]).toBe('in a table of contents (links to parts of this page)');
    expect(place('https://github.example/docs/edit/rate-limits.md').placement).toBe('sidebar');
  });
});
