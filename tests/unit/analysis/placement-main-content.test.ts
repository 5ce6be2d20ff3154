/**
 * Main-content choice and link kinds learned from real pages (scripts/eval-placement.ts): a long
 * section does not take a document's main content from its sibling sections, an article still
 * stands out among teasers, a block hidden by a utility class is not the main content when there
 * is no layout to ask, a short post keeps the main content from the discussion under it, and
 * links styled as buttons are calls to action.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPlacementModel, type PlacementModel } from '../../../utils/analysis/placement';
import { reasonText } from '../../../utils/analysis/placement/reasons';
import { buttonHint } from '../../../utils/analysis/placement/hints';
import type { Placement } from '../../../utils/analysis/types';

const FIXTURES = resolve(__dirname, '../../fixtures/placement');

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(resolve(FIXTURES, name), 'utf8'), 'text/html');
}

function linkByText(doc: Document, text: string): HTMLAnchorElement {
  const found = Array.from(doc.querySelectorAll('a')).filter((a) => (a.textContent ?? '').trim() === text);
  if (found.length !== 1) throw new Error(`expected one link '${text}', found ${found.length}`);
  return found[0]!;
}

function modelOf(doc: Document): { model: PlacementModel; place: (text: string) => Placement } {
  const model = createPlacementModel(doc, null, 'https://site.example/page');
  return { model, place: (text) => model.classify(linkByText(doc, text)).placement };
}

describe('placement: main content of a document made of sections', () => {
  it('keeps every section in the main content when one section is much longer than the others', () => {
    const doc = load('document-sections-share-the-prose.html');
    const { model, place } = modelOf(doc);
    expect(model.mainRoot?.className).toBe('page');
    for (const text of ['the cache reference', 'the gzip notes', 'the security reference', 'the session guide', 'the locale table']) {
      expect(place(text)).toBe('content');
    }
    expect(place('Docs home')).not.toBe('content');
    expect(place('License')).not.toBe('content');
  });

  it('keeps the sibling sections in when one section holds most of the text (Sphinx: sections opening with headings of one level)', () => {
    const doc = load('document-sections-one-holds-most-of-the-text.html');
    const { model, place } = modelOf(doc);
    expect(model.mainRoot?.id).toBe('s-middleware');
    for (const text of ['the usage guide', 'the cache settings', 'The security component']) expect(place(text)).toBe('content');
    // A headed box with a line of text beside the document is not one of its sections.
    expect(place('Privacy policy')).not.toBe('content');
    expect(place('Docs home')).not.toBe('content');
  });

  it('does not take a sidebar column that opens with a heading of the same level for a section of the post', () => {
    const doc = load('post-beside-a-sidebar-column.html');
    const { model, place } = modelOf(doc);
    expect(model.mainRoot?.className).toBe('col-8');
    expect(place('the custard setting guide')).toBe('content');
    expect(place('Plum cake')).not.toBe('content');
  });

  it('still picks the article out of a column of teasers beside it', () => {
    const doc = load('article-among-teasers.html');
    const { model, place } = modelOf(doc);
    expect(model.mainRoot?.className).toBe('story');
    expect(place('The council’s route plan')).toBe('content');
    expect(place('The consultation on the second line')).toBe('content');
    expect(place('Night trains return')).not.toBe('content');
  });
});

describe('placement: a short post under a long discussion', () => {
  it('keeps the post in the main content, with the comments under it placed as comments, though they outweigh it', () => {
    // Menus and the sidebar hold most of the page, so boilerplate hints are not trusted; the
    // comment tree (id 'comment-tree', no comment markup on each comment) outweighs the post.
    const doc = load('short-post-under-a-long-discussion.html');
    const { model, place } = modelOf(doc);
    expect(model.mainRoot?.id).toBe('main-content');
    expect(place('30°F quilt')).toBe('content');
    expect(place('pack list')).toBe('content');
    for (const text of ['packmule', 'Reactor liner', 'sleep systems page of the wiki', 'jmt2019']) expect(place(text)).toBe('comments');
    expect(model.classify(linkByText(doc, 'Reactor liner')).reasons.map(reasonText)).toContain("inside the comments block (id 'comment-tree')");
    expect(place('Shakedown guide')).toBe('sidebar');
  });

  it('keeps the post when a longer discussion holds far more prose than it (the search for a dominant block skips comments too)', () => {
    const doc = load('short-post-under-a-long-discussion.html');
    const tree = doc.getElementById('comment-tree')!;
    const entries = Array.from(tree.children);
    for (let copy = 0; copy < 3; copy++) for (const entry of entries) tree.append(entry.cloneNode(true));
    const { model, place } = modelOf(doc);
    expect(model.mainRoot?.id).toBe('main-content');
    expect(place('30°F quilt')).toBe('content');
    expect(model.classify(doc.querySelector('#comment-tree a')!).placement).toBe('comments');
  });

  it('takes the whole post when its first paragraph holds most of its text: a paragraph is never the main content', () => {
    const doc = load('short-post-first-paragraph-holds-most.html');
    const { model, place } = modelOf(doc);
    expect(model.mainRoot?.tagName).not.toBe('P');
    expect(place('canister stove')).toBe('content');
    expect(place('pack list')).toBe('content');
    expect(place('Terms')).not.toBe('content');
  });
});

describe('placement: <aside> inside an article’s text', () => {
  it('reads a callout between two paragraphs as the text’s; a teaser there and the page’s sidebar stay sidebars', () => {
    const doc = load('aside-callouts-and-teasers-in-article-text.html');
    const { place } = modelOf(doc);
    expect(place('the migration guide')).toBe('content');
    expect(place('Why your builds are slow, and what to do about it')).toBe('sidebar');
    expect(place('Read more')).toBe('sidebar');
    expect(place('Changelog')).toBe('sidebar');
  });

  it('reads a callout naming one guide twice in its text as the text’s; a teaser of a picture and a title to one story stays a sidebar', () => {
    const { place } = modelOf(load('aside-callouts-and-teasers-in-article-text.html'));
    expect(place('the guide to cache keys')).toBe('content');
    expect(place("guide's section on scopes")).toBe('content');
    expect(place('Remote execution, a year in')).toBe('sidebar');
  });

  it('reads a link wrapped in emphasis within a tip’s sentence as its text, and a one-paragraph teaser (title, excerpt, "Continue reading") as a sidebar', () => {
    const { place } = modelOf(load('aside-callouts-and-teasers-in-article-text.html'));
    expect(place('scopes section')).toBe('content');
    // A tip may open with its link: it runs on into the sentence.
    expect(place('The eviction section')).toBe('content');
    expect(place('its table of limits')).toBe('content');
    expect(place('its table of examples')).toBe('content');
    expect(place('Cache poisoning, explained')).toBe('sidebar');
    expect(place('Continue reading')).toBe('sidebar');
  });
});

describe('placement: a block hidden by a utility class, without layout', () => {
  it('does not take a hidden message for the main content and keeps the listing', () => {
    const doc = load('hidden-message-beside-listing.html');
    const { model, place } = modelOf(doc);
    expect(model.mainRoot?.classList.contains('hidden')).toBe(false);
    expect(place('Lentil soup with lemon')).toBe('content');
    expect(place('Tomato and bread soup')).toBe('content');
    expect(place('Privacy')).not.toBe('content');
  });

  it('still takes the same block when no class hides it', () => {
    const doc = load('hidden-message-beside-listing.html');
    doc.querySelector('.no-results')!.classList.remove('hidden');
    const { model } = modelOf(doc);
    expect(model.mainRoot?.closest('.no-results')).not.toBeNull();
  });

  it('takes a block hidden only on small screens as shown (Tailwind `hidden md:block`)', () => {
    const doc = load('hidden-message-beside-listing.html');
    doc.querySelector('.no-results')!.classList.add('md:block');
    const { model } = modelOf(doc);
    expect(model.mainRoot?.closest('.no-results')).not.toBeNull();
  });
});

describe('placement hints: links styled as buttons', () => {
  const doc = load('call-to-action-buttons.html');

  it('names what makes a link a button: a button class, a call-to-action class, role=button', () => {
    expect(buttonHint(linkByText(doc, 'Add to cart'))).toBe("class 'btn'");
    expect(buttonHint(linkByText(doc, 'Get a quote'))).toBe("class 'cta'");
    expect(buttonHint(linkByText(doc, 'Size chart'))).toBe("role 'button'");
    expect(buttonHint(linkByText(doc, 'Find a store'))).toBe("class 'wp-block-button__link'");
  });

  it('takes a link wrapping a <button> for one (a pricing card\'s "Select plan"), not a card whose button is one part of it', () => {
    expect(buttonHint(linkByText(doc, 'Select this tent'))).toBe('a <button> inside it');
    expect(buttonHint(linkByText(doc, 'The one-person Ridge 1 Compare'))).toBeNull();
  });

  it('leaves links in the text alone, and class names that only contain the letters', () => {
    expect(buttonHint(linkByText(doc, 'our pitching guide'))).toBeNull();
    expect(buttonHint(linkByText(doc, 'the three-person Ridge 3'))).toBeNull();
    const a = doc.createElement('a');
    for (const cls of ['rebuttal', 'subtle-link', 'actionable', 'buttons-row-title']) {
      a.className = cls;
      expect(buttonHint(a), cls).toBeNull();
    }
    a.className = 'promo ctaButton';
    expect(buttonHint(a)).toBe("class 'ctaButton'");
  });

  it('reads a button class that starts with a capital (BEM blocks such as Primer’s `Button--secondary`, `CTA-link`)', () => {
    const a = doc.createElement('a');
    a.className = 'Button--secondary Button';
    expect(buttonHint(a)).toBe("class 'Button--secondary'");
    a.className = 'site-CTA-link';
    expect(buttonHint(a)).toBe("class 'site-CTA-link'");
    a.className = 'CTAButton';
    expect(buttonHint(a)).toBe("class 'CTAButton'");
    for (const cls of ['Buttonhole', 'Ctab', 'ReButtal', 'BUTTONHOLE', 'CTAB', 'CTAs']) {
      a.className = cls;
      expect(buttonHint(a), cls).toBeNull();
    }
  });

  it('places a button inside the article text as other, with the reason; the text links stay content', () => {
    const article = load('button-in-article-text.html');
    const { model, place } = modelOf(article);
    expect(place('Add to cart')).toBe('other');
    expect(model.classify(linkByText(article, 'Add to cart')).reasons.map(reasonText)[0]).toBe("a button, not a link in the text (class 'btn')");
    expect(place('Find a store')).toBe('other');
    expect(place('our pitching guide')).toBe('content');
  });

  it('places a directory’s “Visit website” buttons, each to a site of its own, as content; buttons mostly to one store, each saying its own thing, or to few sites stay controls', () => {
    const doc = load('directory-visit-website-buttons.html');
    const model = createPlacementModel(doc, null, 'https://shipsolo.example/tools/newsletters');
    const links = Array.from(doc.querySelectorAll('a'));
    const visit = links.filter((a) => a.textContent === 'Visit website');
    expect(visit).toHaveLength(4);
    for (const a of visit) {
      const r = model.classify(a);
      expect(r.placement).toBe('content');
      expect(r.reasons.map(reasonText)[0]).toBe("a button to its entry's own site, one of several alike each to another site, as in a directory (class 'tool-button')");
    }
    // The entry's logo beside its button repeats the button's link.
    const logo = doc.querySelector('a[href="https://buttondown.example/"] img')!.parentElement!;
    expect(model.classify(logo).reasons.map(reasonText)[0]).toMatch(/^a picture repeating the link “Visit website”/);
    // "Check price" three times to one store (www. or not) and once to three others; "Download" on three app stores.
    for (const a of links.filter((l) => ['Buy now', 'PayPal', 'Buy me a coffee', 'Ko-fi', 'Check price', 'Download'].includes(l.textContent ?? ''))) {
      expect(model.classify(a).placement, a.textContent!).toBe('other');
      expect(model.classify(a).reasons.map(reasonText)[0], a.textContent!).toBe("a button, not a link in the text (class 'btn')");
    }
  });



  it('places a link that skips to another part of the page (inside the story) as other; in-page links of the text stay content', () => {
    const article = load('skip-links-inside-the-article.html');
    const { model, place } = modelOf(article);
    expect(place('Skip advertisement')).toBe('other');
    expect(model.classify(linkByText(article, 'Skip advertisement')).reasons.map(reasonText)[0]).toBe('a link skipping to another part of the page, not a link in the text');
    // Recipe blogs put their jump link in a paragraph of its own: not the article's text for that.
    expect(place('Jump to the details')).toBe('other');
    expect(place('Skip to main content')).not.toBe('content');
    // A reference to a table of the story is its text, though it points within the page.
    expect(place('Table 1')).toBe('content');
    expect(place('the central bank\'s weekly survey')).toBe('content');
    expect(place('an independent research firm')).toBe('content');
  });

  it('places a "back to top" control as other: in words, or an icon named so or pointing to #top; a jump to a section named "Top …" stays the text', () => {
    const article = load('skip-links-inside-the-article.html');
    const { model, place } = modelOf(article);
    expect(place('Back to top')).toBe('other');
    for (const href of ['#main', '#top']) {
      const icon = Array.from(article.querySelectorAll(`a[href="${href}"]`)).find((a) => !(a.textContent ?? '').trim() || a.textContent === '↑')!;
      expect(model.classify(icon).reasons.map(reasonText)[0]).toBe('a link skipping to another part of the page, not a link in the text');
    }
    expect(place('Top lenders')).toBe('content');
  });

  it('places footnote and citation markers, and the notes’ links back to the text, as other; the text’s links stay content', () => {
    const doc = load('note-markers-in-the-article.html');
    const { model, place } = modelOf(doc);
    for (const text of ['[1]', '†', '↩']) expect(place(text)).toBe('other');
    // A marker written as the page's full address and a fragment (Substack), both ways.
    const markers = Array.from(doc.querySelectorAll('a')).filter((a) => a.textContent === '2' && a.getAttribute('href')!.includes('#'));
    expect(markers).toHaveLength(2);
    for (const marker of markers) {
      expect(model.classify(marker).placement).toBe('other');
      expect(model.classify(marker).reasons.map(reasonText)[0]).toBe('a note or index marker, jumping within this page, not a link in the text');
    }
    // "2" naming another page is a link in the text, number or not.
    const otherPage = Array.from(doc.querySelectorAll('a')).find((a) => a.getAttribute('href') === '/page/2')!;
    expect(model.classify(otherPage).placement).toBe('content');
    for (const text of ['a Clyde shipyard', 'county archive']) expect(place(text)).toBe('content');
  });

  it('does not take one reference holding its back-links and two sources for a link-dense list (MediaWiki)', () => {
    const prose = 'The bridge was built in 1792 to a design by the engineer John Stevenson, and it still carries the road to the island over the narrow sound. ';
    const doc = new DOMParser().parseFromString(
      `<body><div class="site-nav"><a href="/">Home</a> <a href="/random">Random</a></div><div id="content"><div class="mw-parser-output">` +
        `<p>${prose.repeat(2)}<sup><a href="#cite_note-1">[1]</a></sup></p><p>${prose}</p>` +
        '<ol class="references"><li id="cite_note-1"><a href="#cite_ref-1a">a</a> <a href="#cite_ref-1b">b</a> <a href="/wiki/HES">Historic Environment Scotland</a>. ' +
        '<a href="https://portal.example.org/LB12298">"Seil Island, Clachan Bridge"</a>. Retrieved 2020.</li>' +
        '<li id="cite_note-2"><a href="#cite_ref-2">^</a> Smith, J. (1990). <a href="https://books.example.org/bridges">Bridges of Argyll</a>. Oban: Oban Press, with plates of every crossing in the county.</li></ol>' +
        '</div></div></body>',
      'text/html',
    );
    const { place } = modelOf(doc);
    expect(place('Historic Environment Scotland')).toBe('content');
    expect(place('"Seil Island, Clachan Bridge"')).toBe('content');
  });

  it('places a heading’s anchor (no words, a zero-width space, an icon) and an update’s time stamp linking to its own block as other; a heading linking its own words to itself stays content', () => {
    const doc = load('anchors-and-update-stamps.html');
    const { model, place } = modelOf(doc);
    const hashLink = doc.querySelector('a.hash-link')!;
    expect(model.classify(hashLink).placement).toBe('other');
    expect(model.classify(hashLink).reasons.map(reasonText)[0]).toBe('a heading’s anchor (a link to its place on this page), not a link in the text');
    expect(model.classify(doc.querySelector('a.anchor')!).placement).toBe('other');
    expect(place('12.58 GMT')).toBe('other');
    expect(model.classify(linkByText(doc, '12.58 GMT')).reasons.map(reasonText)[0]).toBe('a permalink to the block it sits in (an update’s or a post’s time stamp), not a link in the text');
    expect(place('Power cuts')).toBe('content');
    for (const text of ["the operators' status page", 'outage map', "the met office's observations"]) expect(place(text)).toBe('content');
  });

  it('keeps a marker-like link that <base href> sends to another page as content', () => {
    const doc = load('note-marker-with-base-href-elsewhere.html');
    const { place } = modelOf(doc);
    expect(place('D')).toBe('content');
  });

  it('places a byline’s linked name (“By”, “From:”) as author, above the text or above the main content; credits (“Photo by”, “Powered by”) are not bylines', () => {
    const doc = load('bylines-without-author-markup.html');
    const { model, place } = modelOf(doc);
    expect(place('Ann Lee')).toBe('author');
    expect(model.classify(linkByText(doc, 'Ann Lee')).reasons.map(reasonText)[0]).toBe('in the byline above the text');
    expect(place('Revenue and Customs')).toBe('author');
    expect(model.classify(linkByText(doc, 'Revenue and Customs')).reasons.map(reasonText)[0]).toBe('in the byline above the main content');
    expect(place('Kim Osei')).not.toBe('author');
    expect(place('the harbour board')).toBe('content');
    expect(place('HarbourCMS')).not.toBe('author');
    expect(place('Tide Data Ltd')).not.toBe('author');
    // "… by" that is no byline's label.
    for (const text of ['Price', 'Brand', 'Acme Store']) expect(place(text)).not.toBe('author');
  });

  it('keeps a same-page app route (#/cart) and a dead anchor as links, not jumps within the page', () => {
    const prose = 'The shop sells wool from two farms in the valley, spun and dyed by hand in small batches each season. ';
    const doc = new DOMParser().parseFromString(
      `<body><main><article><h1>Yarn</h1><p>${prose}See <a href="#/product/12">12</a> and <a href="#!/page/2">2</a> or <a href="#nowhere">3</a>.</p><p>${prose}</p></article></main></body>`,
      'text/html',
    );
    const { place } = modelOf(doc);
    for (const text of ['12', '2', '3']) expect(place(text)).toBe('content');
  });

  it('takes the paragraphs the page sets above its body block, inside its <main>, for its text (MDN’s header block)', () => {
    const doc = load('lead-paragraphs-above-the-body-block.html');
    const { model, place } = modelOf(doc);
    expect(model.mainRoot?.className).toContain('layout__body');
    expect(place('Fetch API')).toBe('content');
    expect(model.classify(linkByText(doc, 'Fetch API')).reasons.map(reasonText)).toEqual(['in a paragraph of the text before the main block', 'inside the main content (<main>)']);
    expect(place('XMLHttpRequest')).toBe('content');
    expect(place('fetch()')).toBe('content');
    // Not the page's table of contents beside it, nor a paragraph of the site's header outside <main>.
    expect(place('Making a request')).not.toBe('content');
    expect(place('five short questions')).not.toBe('content');
    expect(place('Docs home')).not.toBe('content');
  });

  it('judges a lead paragraph’s links as the text’s: a jump link there is a control', () => {
    const doc = load('lead-paragraphs-above-the-body-block.html');
    const intro = doc.querySelector('.content-section p')!;
    const jump = doc.createElement('a');
    jump.setAttribute('href', '#setting_a_body');
    jump.textContent = 'Jump to the body';
    intro.append(' ', jump);
    const { place } = modelOf(doc);
    expect(place('Jump to the body')).toBe('other');
    expect(place('Fetch API')).toBe('content');
  });
});

describe('placement: a GitHub README', () => {
  it('reads a GitHub README’s jumps to its prefixed ids: the Contents list is a table of contents, the heading anchors are anchors, its links content', () => {
    const doc = load('github-readme-user-content-ids.html');
    const model = createPlacementModel(doc, null, 'https://github.com/someone/awesome-local-first');
    for (const t of ['Sync engines', 'Databases', 'Papers']) expect(model.classify(linkByText(doc, t)).placement, t).toBe('navigation');
    const anchor = doc.querySelector('a[href="#sync-engines"].anchor')!;
    expect(model.classify(anchor).reasons.map(reasonText)[0]).toBe('a heading’s anchor (a link to its place on this page), not a link in the text');
    for (const t of ['Automerge', 'PGlite', 'Local-first software']) expect(model.classify(linkByText(doc, t)).placement, t).toBe('content');
  });

  it('reads an older README’s named anchors, prefixed the same way, as the places its Contents list jumps to', () => {
    const section = (name: string) =>
      `<h2><a name="user-content-${name.toLowerCase()}"></a>${name}</h2><p>${'Notes on what to read first and why it matters for apps that sync. '.repeat(3)}<a href="https://${name.toLowerCase()}.example/">${name} reading</a>.</p>`;
    const doc = new DOMParser().parseFromString(
      `<body><main><article class="markdown-body"><h1>Local-first notes</h1><p>${'A reading list kept by hand, one section per theme. '.repeat(4)}</p>` +
        `<ul><li><a href="#essays">Essays</a></li><li><a href="#talks">Talks</a></li><li><a href="#tools">Tools</a></li></ul>` +
        `${section('Essays')}${section('Talks')}${section('Tools')}</article></main></body>`,
      'text/html',
    );
    const model = createPlacementModel(doc, null, 'https://github.com/someone/notes');
    for (const t of ['Essays', 'Talks', 'Tools']) expect(model.classify(linkByText(doc, t)).placement, t).toBe('navigation');
    expect(model.classify(linkByText(doc, 'Talks reading')).placement).toBe('content');
  });
});

describe('placement: rich-text blocks', () => {
  it('takes a hub’s rich-text intro for a part of the main content, not the article text: the cards under it stay content', () => {
    const doc = load('hub-rich-text-intro-above-cards.html');
    const { place } = modelOf(doc);
    expect(place('See all explainers')).toBe('content');
    for (const t of ['Arizona and Nevada face deepest Colorado River cuts yet', 'Insurers leave wildfire country as premiums double']) expect(place(t), t).toBe('content');
    expect(place('Privacy')).toBe('footer');
  });

  it('takes a category’s short description and the entries listed under it in <main> together as the main content', () => {
    const doc = load('category-description-above-its-entries.html');
    const { model, place } = modelOf(doc);
    expect(model.mainRoot?.tagName).toBe('MAIN');
    for (const t of ['free weekly meal plan', 'Miso butter salmon with green beans', "Lentil shepherd's pie"]) expect(place(t), t).toBe('content');
    expect(place('Privacy')).toBe('footer');
  });

  it('still takes an article alone, not the unnamed row of posts after it in <main>', () => {
    const prose = '<p>The tide tables for the estuary changed this spring, and the harbour office now posts them a week ahead.</p>'.repeat(6);
    const posts = Array.from({ length: 6 }, (_, k) => `<div class="card"><a href="/post-${k}">Harbour story ${k}</a></div>`).join('');
    const doc = new DOMParser().parseFromString(
      `<body><main><div class="story"><h1>New tide tables</h1>${prose}${prose}<p>See <a href="https://tides.example/">the tables</a>.</p></div>` +
        `<div class="row">${posts}</div></main></body>`,
      'text/html',
    );
    const { model, place } = modelOf(doc);
    expect(model.mainRoot?.className).toBe('story');
    expect(place('the tables')).toBe('content');
    expect(place('Harbour story 2')).not.toBe('content');
  });

  it('takes a rich-text block that holds a whole article for the article text, a long list inside it included', () => {
    const items = Array.from({ length: 10 }, (_, k) => `<li>Step ${k + 1}: ${'water the seedlings from below, let the tray drain and keep the lid off once the first leaves open. '.repeat(2)}</li>`).join('');
    const doc = new DOMParser().parseFromString(
      `<body><div class="nav"><a href="/">Grow</a> <a href="/blog">Blog</a></div><main><h1>Starting seeds indoors</h1><div class="w-richtext">` +
        `<p>Read <a href="https://intro.example/study">the study</a> on light levels first; it changed how we start every tray in spring.</p><ol>${items}</ol>` +
        `<p>Thanks to <a href="https://thanks.example/">Ann</a> for the photos of her windowsill.</p></div></main><footer><a href="/privacy">Privacy</a></footer></body>`,
      'text/html',
    );
    const { place } = modelOf(doc);
    expect(place('the study')).toBe('content');
    expect(place('Ann')).toBe('content');
  });
});

describe('placement: a WordPress archive', () => {
  it('reads a category archive as a list of posts, however much prose the excerpts hold: titles and bylines are the items', () => {
    const doc = load('wordpress-category-archive-with-long-excerpts.html');
    const model = createPlacementModel(doc, null, 'https://southernrows.example/category/vegetable-gardening/');
    for (const t of ['How We Finally Beat the Squash Vine Borer', 'The Garden Journal We Actually Keep']) expect(model.classify(linkByText(doc, t)).placement, t).toBe('content');
    for (const a of Array.from(doc.querySelectorAll('a[href^="/author/"]'))) expect(model.classify(a).placement).toBe('content');
    expect(model.classify(linkByText(doc, 'Next')).placement).toBe('navigation');
  });
});
