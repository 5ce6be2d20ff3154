/**
 * Placement on kinds of page met on the real web: forum threads, consent dialogs laid over the
 * page, listings with stock controls on every item, and pages whose content scripts draw.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../utils/analysis/analyze';
import { createPlacementModel, type PlacementModel } from '../../../utils/analysis/placement';
import { reasonText } from '../../../utils/analysis/placement/reasons';
import { isForumThread } from '../../../utils/analysis/placement/thread';
import type { Placement } from '../../../utils/analysis/types';

const FIXTURES = resolve(__dirname, '../../fixtures/placement');

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(resolve(FIXTURES, name), 'utf8'), 'text/html');
}

function modelOf(doc: Document, url = 'https://forum.example/threads/1'): {
  model: PlacementModel;
  place: (text: string) => Placement;
  why: (text: string) => string[];
} {
  const model = createPlacementModel(doc, null, url);
  const link = (text: string) => {
    const found = Array.from(doc.querySelectorAll('a')).filter((a) => (a.textContent ?? '').trim() === text);
    if (found.length !== 1) throw new Error(`expected one link '${text}', found ${found.length}`);
    return found[0]!;
  };
  return { model, place: (text) => model.classify(link(text)).placement, why: (text) => model.classify(link(text)).reasons.map(reasonText) };
}

describe('placement: a forum thread whose replies carry schema.org Comment markup', () => {
  it('sees the page as a thread from its JSON-LD DiscussionForumPosting', () => {
    expect(isForumThread(load('forum-thread-replies-marked-as-comments.html'))).toBe(true);
    expect(isForumThread(load('comment-section.html'))).toBe(false);
  });

  it('does not parse a JSON-LD block over a megabyte to find a thread (as page fields do not)', () => {
    const ld = (pad: number) =>
      `<script type="application/ld+json">${JSON.stringify({ '@type': 'DiscussionForumPosting', text: 'x'.repeat(pad) })}</script>`;
    const doc = (pad: number) => new DOMParser().parseFromString(`<head>${ld(pad)}</head><body><p>Post</p></body>`, 'text/html');
    expect(isForumThread(doc(1000))).toBe(true);
    expect(isForumThread(doc(1_100_000))).toBe(false);
  });

  it('sees a thread from microdata too', () => {
    const doc = new DOMParser().parseFromString(
      '<body><div itemscope itemtype="https://schema.org/DiscussionForumPosting"><p>Post</p></div></body>',
      'text/html',
    );
    expect(isForumThread(doc)).toBe(true);
  });

  it('sees a question-and-answer page (schema.org QAPage, as Stack Exchange marks it) as a thread: its answers are posts, the cards around them chrome', () => {
    const answer = (n: number) =>
      `<div class="answer" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">` +
      `<div class="post-text" itemprop="text"><p>Press Ctrl+F and Tab twice; the list is in <a href="https://docs.example.org/${n}">the shortcut reference ${n}</a>.</p></div>` +
      `<div class="user-card"><a href="/users/${n}/keeper-${n}">Keeper ${n}</a> answered Dec 8</div>` +
      `<div class="comments"><p>It works on Windows 11 too, see <a href="https://notes.example.net/${n}">my note ${n}</a>.</p></div></div>`;
    const page = (type: string) =>
      `<body itemscope itemtype="https://schema.org/${type}"><nav><a href="/questions">Questions</a></nav><div id="mainbar">` +
      '<div class="question" itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><h1>Focus the file list in Explorer</h1>' +
      '<div class="post-text" itemprop="text"><p>Is there a keyboard shortcut that moves the focus to the files pane?</p></div></div>' +
      `${answer(1)}${answer(2)}</div><footer><a href="/legal">Legal</a></footer></body>`;
    const doc = new DOMParser().parseFromString(page('QAPage'), 'text/html');
    expect(isForumThread(doc)).toBe(true);
    // An FAQ is the site's own questions and answers, no discussion.
    expect(isForumThread(new DOMParser().parseFromString(page('FAQPage'), 'text/html'))).toBe(false);
    const qa = modelOf(doc);
    expect(qa.place('the shortcut reference 2')).toBe('content');
    // A comment under an answer is a post of the discussion, as a forum reply is.
    expect(qa.place('my note 2')).toBe('content');
    expect(qa.place('Keeper 2')).toBe('other');
    expect(qa.why('Keeper 2')[0]).toMatch(/outside its message/);
    // Stack Exchange writes a comment's words in a span (comment-copy), its author and date beside it.
    const spanComments = page('QAPage').replace(
      /<div class="comments"><p>It works on Windows 11 too, see <a href="https:\/\/notes.example.net\/(\d)">my note \d<\/a>.<\/p><\/div>/g,
      '<div class="comments"><ul><li class="comment"><div class="comment-body"><span class="comment-copy">It works on Windows 11 too, see <a href="https://notes.example.net/$1">my note $1</a>.</span> – ' +
        '<a class="comment-user" href="/users/9$1/jonas">Jonas $1</a> <span class="comment-date"><a href="#comment-$1">Jan 18</a></span></div></li></ul></div>',
    );
    const se = modelOf(new DOMParser().parseFromString(spanComments, 'text/html'));
    expect(se.place('my note 2')).toBe('content');
    expect(se.place('Jonas 2')).toBe('other');
    // The same markup on a page that is not a discussion: the comments are a comment section.
    const plain = modelOf(new DOMParser().parseFromString(page('WebPage'), 'text/html'));
    expect(plain.place('my note 2')).toBe('comments');
    expect(plain.place('Keeper 2')).toBe('content');
  });

  it('does not take a page for a question-and-answer thread when its QAPage names no question (a blog post marked so keeps its comment section)', () => {
    const body = '<article><p>Our review of the lamp.</p></article><section class="comments"><p>Nice, see <a href="https://spam.example/">my shop</a>.</p></section>';
    const doc = (head: string, bodyAttrs = '') => new DOMParser().parseFromString(`<html><head>${head}</head><body${bodyAttrs}>${body}</body></html>`, 'text/html');
    const ld = (data: object) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
    const blogAsQa = doc(ld({ '@context': 'https://schema.org', '@type': 'QAPage', name: 'Lamp review' }));
    expect(isForumThread(blogAsQa)).toBe(false);
    expect(modelOf(blogAsQa).place('my shop')).toBe('comments');
    expect(isForumThread(doc('', ' itemscope itemtype="https://schema.org/QAPage"'))).toBe(false);
    expect(isForumThread(doc(ld({ '@context': 'https://schema.org', '@type': 'QAPage', mainEntity: { '@type': 'Question', name: 'Which lamp?' } })))).toBe(true);
    expect(isForumThread(doc(ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'QAPage', mainEntity: { '@id': '#q' } }, { '@id': '#q', '@type': 'Question' }] })))).toBe(true);
  });

  it('puts links in the replies in content, like the opening post, and says why', () => {
    const { place, why } = modelOf(load('forum-thread-replies-marked-as-comments.html'));
    expect(place('the clockwork history')).toBe('content');
    expect(place('the lantern gear manual')).toBe('content');
    expect(place('this Fresnel lens guide')).toBe('content');
    expect(why('this Fresnel lens guide').join(' ')).toMatch(/main content/);
    expect(place('Forums')).toBe('navigation');
    expect(place('Terms')).toBe('footer');
  });

  it('keeps the same replies as comments when the page does not declare a thread', () => {
    const doc = load('forum-thread-replies-marked-as-comments.html');
    doc.querySelector('script[type="application/ld+json"]')!.remove();
    const { place, why } = modelOf(doc);
    expect(place('this Fresnel lens guide')).toBe('comments');
    expect(why('this Fresnel lens guide')[0]).toMatch(/schema\.org Comment/);
  });

  it('reads replies named "comment" by their class or id as posts of a declared thread too', () => {
    const reply = (n: number, user: string, link: string) =>
      `<div id="comment-${n}-wrap" class="cPost comment"><a href="/profile/${user}">${user}</a><div class="reply-text"><p>I went through the same rebuild last winter and wrote it up in <a href="https://gears.example.org/${n}">${link}</a>, with the measurements of every tooth of the gear train.</p></div></div>`;
    const html =
      '<head><script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Gears"}</script></head><body><main><h1>Gears</h1>' +
      '<div class="post"><p>Our lantern gear slips at the third tooth; has anyone rebuilt one of these?</p></div>' +
      reply(1, 'ana', 'the gear notes') +
      reply(2, 'ben', 'the tooth table') +
      '</main></body>';
    const thread = modelOf(new DOMParser().parseFromString(html, 'text/html'));
    expect(thread.place('the gear notes')).toBe('content');
    expect(thread.place('the tooth table')).toBe('content');
    // Without the declaration the same markup is a comment section.
    const article = modelOf(new DOMParser().parseFromString(html.replace('DiscussionForumPosting', 'Article'), 'text/html'));
    expect(article.place('the tooth table')).toBe('comments');
  });
});

describe('placement: the poster’s pane beside each post (Invision)', () => {
  it('places an <aside> inside a post as the poster’s (author), and the site’s own <aside> beside the thread as sidebar', () => {
    const post = (n: number, user: string, posts: string, link: string) =>
      `<article id="comment-${n}" class="cPost ipsComment comment"><aside class="ipsComment_author cAuthorPane"><h3><a href="/profile/${n}-${user}/">${user}</a></h3>` +
      `<ul><li><a href="/profile/${n}-${user}/content/">${posts}</a> posts</li></ul></aside>` +
      `<div class="ipsComment_content"><p>We ran the same nano tank for a year under the budget light and logged the colour of every coral in <a href="https://reef.example.org/${n}">${link}</a>, with photographs each month.</p></div></article>`;
    const html =
      '<head><script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Reef lights"}</script></head><body>' +
      '<header><a href="/">Reef Forum</a></header><main><h1>Best budget reef light?</h1>' +
      post(1, 'CoralCat', '211', 'my tank log') +
      post(2, 'DeepBlueDan', '6.1k', 'the PAR readings') +
      '</main><aside class="site-sidebar"><h2>Online now</h2><a href="/online">Who is online</a> <a href="/members">Members</a></aside></body>';
    const { place, why } = modelOf(new DOMParser().parseFromString(html, 'text/html'));
    for (const text of ['CoralCat', '211', 'DeepBlueDan', '6.1k']) expect(place(text)).toBe('author');
    expect(why('CoralCat')[0]).toBe('in the poster’s pane beside the post (<aside>)');
    expect(place('my tank log')).toBe('content');
    expect(place('the PAR readings')).toBe('content');
    expect(place('Who is online')).toBe('sidebar');
  });
});

describe('placement: an <aside> in a post’s message (Discourse’s link preview)', () => {
  it('keeps a link preview inside the message as the poster’s content, not the poster’s pane', () => {
    const post = (n: number, user: string, link: string) =>
      `<article id="post_${n}" class="topic-post"><div class="topic-meta-data"><a href="/u/${user}">${user}</a></div>` +
      `<div class="cooked"><p>We keep the backups on a second pool and test a restore every month; the steps we follow are in the guide below, with the retention settings we chose.</p>` +
      `<aside class="onebox"><header><a href="https://pve.example.org/wiki/${n}">${link}</a></header><p>Backup and restore of guests.</p></aside></div></article>`;
    const html =
      '<head><script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Backups"}</script></head><body><main><h1>How do you back up your cluster?</h1>' +
      post(1, 'ana', 'Backup and Restore guide') +
      post(2, 'ben', 'Storage replication guide') +
      '</main></body>';
    const { place } = modelOf(new DOMParser().parseFromString(html, 'text/html'));
    expect(place('Backup and Restore guide')).toBe('content');
    expect(place('Storage replication guide')).toBe('content');
    // A message marked by schema.org (itemprop="text") holds its quote the same way.
    const marked = html.replace(/<div class="cooked">/g, '<div class="post-body" itemprop="text">');
    expect(modelOf(new DOMParser().parseFromString(marked, 'text/html')).place('Backup and Restore guide')).toBe('content');
  });
});

describe('placement: a forum engine that declares nothing (phpBB)', () => {
  const doc = () => load('phpbb-topic-without-schema.html');

  it('sees the topic as a thread from its posts’ markup, not a blog’s excerpts as one', () => {
    expect(isForumThread(doc())).toBe(true);
    const excerpts = '<body><main>' + '<article><div class="post-body"><p>An excerpt of a post.</p></div></article>'.repeat(5) + '</main></body>';
    expect(isForumThread(new DOMParser().parseFromString(excerpts, 'text/html'))).toBe(false);
    // One post alone is no thread yet, nor posts listed in a widget.
    const one = '<body><main><div class="postbody"><p>Only the question so far.</p></div></main><aside><div class="postbody">a</div><div class="postbody">b</div></aside></body>';
    expect(isForumThread(new DOMParser().parseFromString(one, 'text/html'))).toBe(false);
    // Flarum's posts (`Post-body`, its capital only, in a `CommentPost`) make a thread; a theme's `post-body` excerpts did not, above.
    const flarum = '<body><div id="app"><article class="Post CommentPost"><div class="Post-body"><p>My fan runs all the time.</p></div></article><article class="Post CommentPost"><div class="Post-body"><p>Clean the vents.</p></div></article></div></body>';
    expect(isForumThread(new DOMParser().parseFromString(flarum, 'text/html'))).toBe(true);
    expect(isForumThread(new DOMParser().parseFromString(flarum.replace(/Post-body/g, 'post-body'), 'text/html'))).toBe(false);
    // A blog's excerpts named the SUIT CSS way (`Post`, `Post-body`) are no Flarum posts.
    expect(isForumThread(new DOMParser().parseFromString(flarum.replace(/ CommentPost/g, ''), 'text/html'))).toBe(false);
    // "cooked" on a recipe's quantities is an adjective, not Discourse's post.
    const recipe = '<body><article><p>Rice, <span class="cooked">240 g cooked</span>; lentils, <span class="cooked">200 g cooked</span>.</p></article></body>';
    expect(isForumThread(new DOMParser().parseFromString(recipe, 'text/html'))).toBe(false);
    // SMF's messages (`div.inner#msg_51023`) make a thread; its other ids per post (`msg_51023_quick_mod`) do not.
    const smf = (id: (n: number) => string) =>
      '<body><div id="forumposts">' + [1, 2].map((n) => `<div class="windowbg"><div class="inner" data-msgid="${n}" id="${id(n)}"><p>Reply ${n}.</p></div></div>`).join('') + '</div></body>';
    expect(isForumThread(new DOMParser().parseFromString(smf((n) => `msg_${n}`), 'text/html'))).toBe(true);
    expect(isForumThread(new DOMParser().parseFromString(smf((n) => `msg_${n}_quick_mod`), 'text/html'))).toBe(false);
    // A bare `msg_1` id is any site's (a chat log, a guestbook): SMF's carries the class `inner`.
    expect(isForumThread(new DOMParser().parseFromString(smf((n) => `msg_${n}`).replace(/class="inner" /g, ''), 'text/html'))).toBe(false);
  });

  it('places what the posters wrote in content, and the posts’ chrome around it not', () => {
    const { place, why } = modelOf(doc(), 'https://forums.example.org/viewtopic.php?t=361697');
    for (const text of ['the overlays README', 'this older thread', 'the bootloader documentation']) expect(place(text), text).toBe('content');
    // Each post's profile column, post count and quote button are the forum's.
    expect(place('9179')).toBe('other');
    expect(why('9179')[0]).toMatch(/outside its message/);
    // The byline inside the post and the poster's signature are its author's.
    expect(place('my build notes')).toBe('author');
    expect(why('my build notes')[0]).toMatch(/class 'signature'/);
    expect(place('Board index')).toBe('navigation');
    expect(place('Terms')).toBe('footer');
  });

  it('places each reply’s title, a link to the post itself, as other', () => {
    const d = doc();
    const model = createPlacementModel(d, null, 'https://forums.example.org/viewtopic.php?t=361697');
    const titles = Array.from(d.querySelectorAll('h3 a'));
    expect(titles).toHaveLength(3);
    for (const a of titles) {
      expect(model.classify(a).placement).toBe('other');
      expect(model.classify(a).reasons.map(reasonText)[0]).toBe('a post’s title, linking to the post itself');
    }
  });

  it('keeps a heading in a post that links to another topic (one path for every topic) as what the poster wrote', () => {
    const d = doc();
    const content = d.querySelector('#p2173347 .content')!;
    content.insertAdjacentHTML('beforeend', '<h3><a href="./viewtopic.php?t=999">The older LED thread</a></h3><h3><a href="./viewtopic.php?t=999#p42">Its answer</a></h3>');
    const model = createPlacementModel(d, null, 'https://forums.example.org/viewtopic.php?t=361697');
    const link = (text: string) => Array.from(d.querySelectorAll('a')).find((a) => a.textContent === text)!;
    expect(model.classify(link('The older LED thread')).placement).toBe('content');
    // A place the page does not hold is not this page's post either.
    expect(model.classify(link('Its answer')).placement).toBe('content');
  });

  it('takes a short reply wrapped in a "thread-author" class for a post, not an author box', () => {
    const d = doc();
    d.querySelector('#p2173347')!.classList.add('thread-author');
    const { place } = modelOf(d, 'https://forums.example.org/viewtopic.php?t=361697');
    expect(place('the bootloader documentation')).toBe('content');
  });
});

describe('placement: a declared thread whose opening post outweighs its short replies', () => {
  const opening =
    '<article class="first-post"><h1>Lantern gear slips</h1>' +
    '<p>Our lantern gear slips at the third tooth. '.repeat(40) +
    'The notes I have are in <a href="https://gears.example.org/notes">the keeper notes</a>.</p></article>';
  const html = (replies: string, type = 'DiscussionForumPosting') =>
    `<head><script type="application/ld+json">{"@type":"${type}","headline":"Gears"}</script></head><body>` +
    `<nav><a href="/forums">Forums</a></nav><div class="thread">${opening}${replies}</div>` +
    '<footer><a href="/terms">Terms</a></footer></body>';
  const short = (n: number) => `<p>Try <a href="https://tools.example.net/${n}">the gear puller ${n}</a>, it worked for me.</p>`;
  const ways: Array<[string, string]> = [
    ['a class name', [1, 2].map((n) => `<div class="comment">${short(n)}</div>`).join('')],
    ['a wrapper named comments', `<div class="comments">${[1, 2].map((n) => `<div>${short(n)}</div>`).join('')}</div>`],
    ['itemprop comment', [1, 2].map((n) => `<div itemprop="comment">${short(n)}</div>`).join('')],
    ['schema.org Comment', [1, 2].map((n) => `<div itemscope itemtype="https://schema.org/Comment">${short(n)}</div>`).join('')],
    ['a "2 replies" heading', `<section><h2>2 replies</h2>${[1, 2].map((n) => `<div>${short(n)}</div>`).join('')}</section>`],
  ];
  for (const [how, replies] of ways) {
    it(`takes every reply into the content when replies are marked by ${how}`, () => {
      const { place, why } = modelOf(new DOMParser().parseFromString(html(replies), 'text/html'));
      expect(place('the keeper notes')).toBe('content');
      expect(place('the gear puller 1')).toBe('content');
      expect(place('the gear puller 2')).toBe('content');
      expect(why('the gear puller 2').join(' ')).toMatch(/main content/);
      expect(place('Forums')).toBe('navigation');
      expect(place('Terms')).toBe('footer');
    });
  }

  it('keeps the same replies a comment section under a blog post', () => {
    const { place } = modelOf(new DOMParser().parseFromString(html(ways[0]![1], 'BlogPosting'), 'text/html'));
    expect(place('the keeper notes')).toBe('content');
    expect(place('the gear puller 2')).toBe('comments');
  });

  it('does not take a "latest threads" widget in the sidebar for a declaration that the page is a thread', () => {
    const widget = '<aside><div itemscope itemtype="https://schema.org/DiscussionForumPosting"><a href="/t/other">Another thread</a></div></aside>';
    const doc = new DOMParser().parseFromString(html(ways[0]![1], 'BlogPosting').replace('<footer>', `${widget}<footer>`), 'text/html');
    expect(isForumThread(doc)).toBe(false);
    expect(modelOf(doc).place('the gear puller 2')).toBe('comments');
  });

  it('does not widen the content to a list of other threads whose reply counts and icons are named like replies', () => {
    const similar =
      '<div class="more-threads"><h3>Threads by the same keeper</h3><ul>' +
      [1, 2, 3].map((n) => `<li><a href="/t/${n}">Other gear thread ${n}</a> <span class="mobile-replies">Replies ${n}</span><i class="fa-comments"></i></li>`).join('') +
      '</ul></div>';
    // The list sits beside the thread in one page wrapper, as forum software draws it.
    const page = html(ways[0]![1]).replace('<div class="thread">', '<div class="page-body"><div class="thread">').replace('<footer>', `${similar}</div><footer>`);
    const doc = new DOMParser().parseFromString(page, 'text/html');
    const { model, place } = modelOf(doc);
    expect(model.mainRoot).toBe(doc.querySelector('.thread'));
    expect(place('the gear puller 2')).toBe('content');
    expect(place('Other gear thread 2')).not.toBe('content');
  });

  it('keeps a reply form in a thread out of the posts', () => {
    const form = '<div id="respond"><h3>Leave a reply</h3><a href="/login">Log in to reply</a></div>';
    const { place } = modelOf(new DOMParser().parseFromString(html(ways[0]![1]).replace('<footer>', `${form}<footer>`), 'text/html'));
    expect(place('the gear puller 2')).toBe('content');
    expect(place('Log in to reply')).not.toBe('content');
  });
});

describe('placement: a consent dialog whose legal text outweighs the page', () => {
  const doc = load('consent-dialog-over-listing.html');
  const { model, place, why } = modelOf(doc, 'https://sauce.example/recipes');

  it('does not take the dialog for the main content', () => {
    expect(model.mainRoot).not.toBeNull();
    expect(doc.querySelector('main')!.contains(model.mainRoot)).toBe(true);
    expect(place('The best fresh tomato sauce')).toBe('content');
    expect(place('Homemade ketchup')).toBe('content');
  });

  it('places links in the dialog and in a cookie notice as other, with a readable reason', () => {
    expect(place('List of partners (vendors)')).toBe('other');
    expect(why('List of partners (vendors)')[0]).toMatch(/pop-up dialog/);
    expect(place('Cookie policy')).toBe('other');
    expect(why('Cookie policy')[0]).toMatch(/pop-up dialog.*cookie-notice/);
  });

  it('treats a closed <dialog> element the same way', () => {
    const doc = load('consent-dialog-over-listing.html');
    const dialog = doc.createElement('dialog');
    const a = doc.createElement('a');
    a.href = '/newsletter';
    a.textContent = 'Sign up for the newsletter';
    dialog.append(a);
    doc.querySelector('main')!.append(dialog);
    expect(modelOf(doc, 'https://sauce.example/recipes').place('Sign up for the newsletter')).toBe('other');
  });
});

describe('placement: stock controls repeated on every item of a listing', () => {
  const { place, why } = modelOf(load('stock-controls-on-every-item.html'), 'https://tours.example/');

  it('keeps the item titles as content', () => {
    expect(place('Cliff walk to the lighthouse')).toBe('content');
    expect(place('Regatta day')).toBe('content');
  });

  it('calls "See all reviews", "Book now" and "+ 3 more" on every item template links', () => {
    const doc = load('stock-controls-on-every-item.html');
    const model = createPlacementModel(doc, null, 'https://tours.example/');
    for (const text of ['See all reviews', 'Book now', '+ 3 more']) {
      const found = Array.from(doc.querySelectorAll('a')).filter((a) => a.textContent === text);
      expect(found).toHaveLength(4);
      for (const a of found) {
        const r = model.classify(a);
        expect(r.placement).toBe('other');
        expect(r.reasons.map(reasonText)[0]).toMatch(/repeated template link/);
      }
    }
    expect(why('Harbour by boat')[0]).toMatch(/main content/);
  });

  it('calls "Back to top" on every section, and a lone "Top" link to #top, a skip within the page', () => {
    const doc = new DOMParser().parseFromString(
      `<body><main><p><a href="#top">Top</a></p>${['Soil', 'Water', 'Light'].map((s) => `<h2 id="${s}">${s}</h2><p>${'Plants need this. '.repeat(20)}</p><p><a href="#top">Back to top</a></p>`).join('')}</main></body>`,
      'text/html',
    );
    const model = createPlacementModel(doc, null, 'https://garden.example/care');
    const [top, ...back] = Array.from(doc.querySelectorAll('a'));
    expect(back).toHaveLength(3);
    for (const a of [top!, ...back]) expect(model.classify(a).reasons.map(reasonText)[0]).toBe('a link skipping to another part of the page, not a link in the text');
  });
});

describe('placement: picture links beside a text link to the same address', () => {
  const doc = load('picture-links-beside-their-headlines.html');
  const model = createPlacementModel(doc, null, 'https://garden.example/');
  const byAlt = (alt: string) => model.classify(doc.querySelector(`img[alt="${alt}"]`)!.closest('a')!);
  const { place } = modelOf(doc, 'https://garden.example/');

  it('keeps the headlines, and the text beside a logo, as content', () => {
    expect(place('Growing tomatoes against a south wall')).toBe('content');
    expect(place('A compost heap that works in winter')).toBe('content');
    expect(place('Seed Savers exchange')).toBe('content');
  });

  it('calls a teaser picture before or after its headline a duplicate, naming the headline', () => {
    for (const alt of ['Red tomatoes on a vine', 'A wooden compost bin']) {
      const r = byAlt(alt);
      expect(r.placement).toBe('other');
      expect(r.reasons.map(reasonText)[0]).toMatch(/^a picture repeating the link “(Growing tomatoes|A compost heap)/);
      expect(r.reasons.map(reasonText)[1]).toMatch(/main content/);
    }
    expect(byAlt('Seed Savers logo').placement).toBe('other');
  });

  it('treats an empty overlay link over a card the same way', () => {
    const overlay = doc.querySelector('a.card-overlay')!;
    expect(model.classify(overlay).placement).toBe('other');
    expect(model.classify(overlay).reasons.map(reasonText)[0]).toMatch(/^a link without text repeating the link “Planting for bees from March to October”/);
  });

  it('keeps a picture whose neighbour links elsewhere, and a picture on its own, as content', () => {
    expect(byAlt('Frost on leaves').placement).toBe('content');
    expect(byAlt('The orchard in May').placement).toBe('content');
  });
});

describe('placement: a listing whose items mark their bylines itemprop=author', () => {
  const { place, why } = modelOf(load('listing-bylines-marked-itemprop-author.html'), 'https://lists.example/sea');

  it('keeps the author link of each item with its item, as content, not as an author box', () => {
    for (const name of ['Herman Melville', 'Jack London']) {
      expect(place(name)).toBe('content');
      expect(why(name)[0]).toMatch(/main content/);
    }
    expect(place('Moby-Dick')).toBe('content');
    expect(place('About the lists')).toBe('footer');
  });
});

describe('placement: a page drawn by web components (its whole layout in shadow roots)', () => {
  const prose = 'The harbour wall was rebuilt in granite after the winter storms, and the fishing fleet came back within the month. ';
  function componentPage(): Document {
    const doc = new DOMParser().parseFromString('<body><news-app></news-app></body>', 'text/html');
    const app = doc.querySelector('news-app')!.attachShadow({ mode: 'open' });
    app.innerHTML = // test fixture markup, not page input
      '<header><a href="/">Harbour News</a><nav><a href="/local">Local</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>' +
      `<main><article><h1>The wall is back</h1><p>${prose.repeat(3)}Read <a href="https://council.example/report">the council's report</a>.</p>` +
      `<p>${prose.repeat(2)}</p><story-credit></story-credit></article></main>` +
      '<aside><h2>Most read</h2><a href="/a">Boats</a> <a href="/b">Tides</a> <a href="/c">Gulls</a></aside>' +
      '<footer><a href="/privacy">Privacy</a> <a href="/contact">Contact</a></footer>';
    // A component inside the article, with a shadow root of its own.
    app.querySelector('story-credit')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Photos by <a href="https://photos.example/">the harbour photo club</a>.</p>';
    return doc;
  }

  it('finds the article inside the shadow tree and places every link as it would in light DOM', () => {
    const doc = componentPage();
    const report = analyzeDocument(doc, { url: 'https://news.example/wall', useLayout: false });
    const placeOf = (text: string) => report.links.find((l) => l.text === text)?.placement;
    expect(report.links.map((l) => l.text)).toEqual([
      'Harbour News', 'Local', 'Sport', 'Weather', "the council's report", 'the harbour photo club', 'Boats', 'Tides', 'Gulls', 'Privacy', 'Contact',
    ]);
    expect(placeOf("the council's report")).toBe('content');
    expect(placeOf('the harbour photo club')).toBe('content');
    expect(placeOf('Sport')).toBe('navigation');
    expect(placeOf('Harbour News')).toBe('header');
    expect(placeOf('Tides')).toBe('sidebar');
    expect(placeOf('Contact')).toBe('footer');
    expect(report.page.wordCount).toBeGreaterThan(80);
    expect(report.page.mainText).toContain('The harbour wall was rebuilt in granite');
    // The credit is drawn by a component of its own inside the article: its text is main text too.
    expect(report.page.mainText).toContain('Photos by the harbour photo club.');
  });

  it('applies the same rules to a listing of card components: stock controls and picture twins', () => {
    const doc = new DOMParser().parseFromString('<body><header><a href="/">Harbour News</a></header><main><h1>Latest</h1><div id="list"></div></main><footer><a href="/privacy">Privacy</a></footer></body>', 'text/html');
    for (const slug of ['wall', 'ferry', 'gulls']) {
      const card = doc.createElement('story-card');
      card.attachShadow({ mode: 'open' }).innerHTML = // test fixture markup, not page input
        `<a href="/s/${slug}"><img src="/${slug}.jpg" alt="${slug} photo"></a><h2><a href="/s/${slug}">The ${slug} story of the week</a></h2><p>${prose}</p><a href="/s/${slug}#more">Read more</a>`;
      doc.getElementById('list')!.append(card);
    }
    const report = analyzeDocument(doc, { url: 'https://news.example/', useLayout: false });
    const byText = (t: string) => report.links.filter((l) => (l.text || l.imageAlt) === t);
    expect(byText('The ferry story of the week')[0]!.placement).toBe('content');
    expect(byText('ferry photo')[0]!.placementReasons.map(reasonText)[0]).toMatch(/^a picture repeating the link “The ferry story of the week”/);
    expect(byText('Read more').map((l) => l.placement)).toEqual(['other', 'other', 'other']);
  });

  it('places the links of a host where the slots of its shadow tree draw them', () => {
    const doc = new DOMParser().parseFromString(
      `<body><page-shell><p>${prose.repeat(3)}Read <a href="https://council.example/report">the report</a>.</p><div slot="menu"><a href="/a">Local</a> <a href="/b">Sport</a> <a href="/c">Weather</a></div></page-shell></body>`,
      'text/html',
    );
    doc.querySelector('page-shell')!.attachShadow({ mode: 'open' }).innerHTML = '<nav><slot name="menu"></slot></nav><main><slot></slot></main><footer><a href="/privacy">Privacy</a></footer>';
    const report = analyzeDocument(doc, { url: 'https://news.example/wall', useLayout: false });
    const placeOf = (text: string) => report.links.find((l) => l.text === text)?.placement;
    expect(placeOf('the report')).toBe('content');
    expect(placeOf('Sport')).toBe('navigation');
    expect(placeOf('Privacy')).toBe('footer');
  });
});

describe('placement: a picture beside a control is no duplicate', () => {
  it('keeps the picture as content when the only text link to its address is a stock "Read more" or a button', () => {
    const cards = ['harbour', 'cliffs', 'museum']
      .map((s) => `<li><a href="/t/${s}"><img src="/${s}.jpg" alt="${s}"></a><p>A tour of the ${s}, with a guide who knows every corner of it.</p><a href="/t/${s}">Read more</a></li>`)
      .join('');
    const shop = '<li><a href="/shop"><img src="/s.jpg" alt="shop"></a><p>Gift vouchers for any of the tours, posted the same day.</p><a class="btn btn-primary" href="/shop">Shop</a></li>';
    const doc = new DOMParser().parseFromString(`<body><main><h1>Tours</h1><ul>${cards}${shop}</ul></main></body>`, 'text/html');
    const model = createPlacementModel(doc, null, 'https://tours.example/');
    for (const alt of ['harbour', 'museum', 'shop']) expect(model.classify(doc.querySelector(`img[alt="${alt}"]`)!.closest('a')!).placement).toBe('content');
    expect(model.classify(Array.from(doc.querySelectorAll('a')).find((a) => a.textContent === 'Read more')!).reasons.map(reasonText)[0]).toMatch(/repeated template link/);
  });
});

describe('placement: a declared forum thread whose posts mark their authors', () => {
  it('keeps the marked author of each post as its author, not as content', () => {
    const posts = ['ana', 'ben', 'cleo', 'dev']
      .map((u) => `<div class="post" itemprop="comment" itemscope itemtype="https://schema.org/Comment"><a href="/u/${u}" itemprop="author">${u}</a><p>Short reply from ${u}.</p></div>`)
      .join('');
    const doc = new DOMParser().parseFromString(
      `<head><script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Gears"}</script></head><body><main><h1>Gears</h1>${posts}</main></body>`,
      'text/html',
    );
    const { place } = modelOf(doc, 'https://forum.example/t/gears');
    for (const u of ['ana', 'dev']) expect(place(u)).toBe('author');
  });
});

describe('placement: a page whose content is drawn by scripts, only a footer in its markup', () => {
  const { model, place, why } = modelOf(load('script-drawn-page-only-footer.html'), 'https://shop.example/lamp');

  it('finds no main content rather than taking the footer for it', () => {
    expect(model.mainRoot).toBeNull();
    expect(model.mainWordCount).toBe(0);
  });

  it('places the footer links in the footer', () => {
    expect(place('Help link 1')).toBe('footer');
    expect(place('Legal link 6')).toBe('footer');
    expect(why('Legal link 6')[0]).toMatch(/footer/);
  });
});

describe('placement: a declared thread whose posts mark their messages', () => {
  const DECLARED = '<script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Gears"}</script>';
  /** A post as forum engines draw it: the author, a permalink and reactions around the message. */
  const post = (n: number, user: string, message: (body: string, n: number) => string) =>
    `<div class="postbit"><div class="userinfo"><a href="/members/${user}.${n}/">${user}</a> <span>Posts: ${n * 40}</span></div>` +
    `<div class="postdate"><a href="/threads/gears.7/post-${n}">#${n}</a></div>` +
    message(`Our lantern gear slips at the third tooth, reply ${n}. `.repeat(6) + `See <a href="https://gears.example.org/${n}">gear notes ${n}</a>.`, n) +
    `<div class="reactions"><a href="/posts/${n}/reactions">${user} likes this</a></div></div>`;
  const page = (posts: string, declared = DECLARED) =>
    new DOMParser().parseFromString(`<head>${declared}</head><body><nav><a href="/forums">Forums</a></nav><main><h1>Gears</h1>${posts}</main><footer><a href="/terms">Terms</a></footer></body>`, 'text/html');
  const thread = (message: (body: string, n: number) => string, declared = DECLARED) =>
    page([1, 2, 3].map((n) => post(n, ['ana', 'ben', 'cleo'][n - 1]!, message)).join(''), declared);
  const ways: Array<[string, (body: string, n: number) => string]> = [
    ['schema.org text', (b) => `<div itemprop="text">${b}</div>`],
    ['a vBulletin id', (b, n) => `<div id="post_message_${n}">${b}</div>`],
    ['a XenForo class', (b) => `<article class="message-body"><div class="bbWrapper">${b}</div></article>`],
    ['an SMF id', (b, n) => `<div class="post"><div class="inner" data-msgid="${n}" id="msg_${n}">${b}</div></div>`],
  ];
  for (const [how, message] of ways) {
    it(`keeps the links in each message as content and calls the post's chrome other, messages marked by ${how}`, () => {
      const { place, why } = modelOf(thread(message));
      for (const n of [1, 3]) expect(place(`gear notes ${n}`)).toBe('content');
      for (const chrome of ['ana', '#2', 'cleo likes this']) {
        expect(place(chrome)).toBe('other');
        expect(why(chrome)[0]).toMatch(/in a post of the thread, outside its message/);
      }
    });
  }

  it('leaves the chrome alone when the page does not declare a thread', () => {
    const { why } = modelOf(thread(ways[0]![1], ''));
    expect(why('ana')[0]).not.toMatch(/outside its message/);
  });

  it('keeps a quoted post inside a message as content, with its "said" link', () => {
    const quoting = (b: string, n: number) =>
      `<div itemprop="text">${n === 2 ? '<blockquote class="bbCodeBlock--quote"><a href="/goto/post-1">ana said:</a> Our lantern gear slips.</blockquote>' : ''}${b}</div>`;
    const { place } = modelOf(thread(quoting));
    expect(place('ana said:')).toBe('content');
  });

  it('keeps an opening post written in paragraphs, or marked articleBody, as content when only the replies mark their messages', () => {
    const inParagraphs = `<div class="first"><p>${'The gear slips at the third tooth. '.repeat(10)}The notes are in <a href="https://gears.example.org/keeper">the keeper notes</a>.</p></div>`;
    const asList = `<div class="first" itemprop="articleBody">${'The gear slips at the third tooth. '.repeat(10)}<ul><li><a href="https://gears.example.org/keeper">the keeper notes</a></li></ul></div>`;
    for (const opening of [inParagraphs, asList]) {
      const replies = [1, 2, 3].map((n) => post(n, `user${n}`, (b) => `<div itemprop="text">${b}</div>`)).join('');
      const { place } = modelOf(page(opening + replies));
      expect(place('the keeper notes')).toBe('content');
      expect(place('user2')).toBe('other');
    }
  });

  it('does not apply a marking that holds little of the content (two short previews marked, the posts not)', () => {
    const plain = [1, 2, 3].map((n) => post(n, `user${n}`, (b) => `<div>${b}</div>`)).join('');
    const marked = '<div itemprop="text">A short preview.</div><div itemprop="text">Another one.</div>';
    const { why } = modelOf(page(plain + marked));
    expect(why('user2')[0]).not.toMatch(/outside its message/);
  });

  it('calls nothing chrome when the main content is itself one message, whatever it quotes', () => {
    const quoted = (n: number) => `<blockquote><div itemprop="text">${`Quoted reply ${n} on the slipping gear. `.repeat(12)}</div></blockquote>`;
    const message = `<div class="bbWrapper">${quoted(1)}${quoted(2)}<div>${'My own answer on the gear. '.repeat(6)}<a href="https://gears.example.org/mine">my gear notes</a></div></div>`;
    const doc = new DOMParser().parseFromString(`<head>${DECLARED}</head><body><div class="page">${message}</div></body>`, 'text/html');
    const { model, why } = modelOf(doc);
    expect(model.mainRoot?.className).toBe('bbWrapper');
    expect(why('my gear notes')[0]).not.toMatch(/outside its message/);
  });
});
