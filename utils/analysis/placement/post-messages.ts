/**
 * The messages of a forum thread's posts. Around each message a forum draws the post's chrome:
 * the author's name, rank and post count, the post's number and date, reactions, quote and
 * reply controls. Its links are the forum's, not what the poster wrote: where a thread marks
 * its messages, a link in the main content outside every message is chrome.
 */
import type { PageStats } from './stats';
import { attr, closest } from '../dom-safe';
import type { SamePage } from './same-page';

/**
 * Class or id of a post's message in the common forum engines: XenForo (`bbWrapper`,
 * `messageText`), phpBB (`postbody`, which holds the post's header too), vBulletin
 * (`post_message_123`), MyBB (`post_body`), SMF (`msg_123`), Discourse (`cooked`), Invision (`ipsType_richText`);
 * a comment's words under a post (Stack Exchange's `comment-copy`, `comment-text`, `comment-content`).
 */
const MESSAGE_NAME = /^(?:bbwrapper|msg_\d+|message(?:text|content|-?body|-?usercontent)|post(?:[-_]?body|-?content|_message_\d+)|cooked|ipstype_richtext|comment-?(?:copy|text|content))$/i;

/**
 * The names among those that only forum engines use, so that they mark a thread on a page that
 * declares none: phpBB `postbody`, MyBB `post_body`, vBulletin `post_message_123`, XenForo 2
 * and 1 `bbWrapper` and `messageText`, Discourse `cooked`, Flarum `Post-body` (its capital only,
 * and inside its `CommentPost` to make a thread: the generic `post-content` or `post-body`, and
 * SUIT CSS's `Post-body`, are what blog themes put on every excerpt of a home page), not
 * Invision's `ipsType_richText`, which its articles share. SMF's `div.inner#msg_123` with its class
 * only: a bare `msg_1` id is any site's (a chat log, a guestbook).
 */
const ENGINE_NAME = /^(?:postbody|post_body|post_message_\d+|bbwrapper|messagetext|cooked)$/i;
const isEngineName = (name: string) => ENGINE_NAME.test(name) || name === 'Post-body';
/** The same, as a selector (exact case, as the engines write them; engineMessageName confirms). */
export const ENGINE_MESSAGES = '.postbody, .post_body, [id^="post_message_"], .inner[id^="msg_"], .bbWrapper, .messageText, .cooked, .CommentPost .Post-body';
/** A message is a block: a `<span class="cooked">` in a recipe's ingredients is no post. */
const MESSAGE_TAGS = new Set(['div', 'article', 'section', 'blockquote', 'td']);

/** The forum engine's message name an element carries (`id 'post_message_1'`, `class 'postbody'`), or null. */
export function engineMessageName(tag: string, id: string | null, cls: string | null): string | null {
  if (!MESSAGE_TAGS.has(tag)) return null;
  // Names are the page's (a vBulletin id can run to any length): reasons quote their head.
  if (id && (isEngineName(id) || (/^msg_\d+$/.test(id) && /(^|\s)inner(\s|$)/.test(cls ?? '')))) return `id '${id.slice(0, 40)}'`;
  // Class strings are the page's too: only the first hundred names are read.
  const name = cls?.split(/\s+/, 100).find(isEngineName);
  return name ? `class '${name.slice(0, 40)}'` : null;
}

/** Marked as a post's message: schema.org `text` or `articleBody` (a Comment's or a posting's), or a class or id above. */
export function isMessage(el: Element): boolean {
  const prop = attr(el, 'itemprop');
  if (prop && /(?:^|\s)(?:text|articlebody)(?:\s|$)/i.test(prop)) return true;
  const id = attr(el, 'id');
  if (id && MESSAGE_NAME.test(id)) return true;
  const cls = attr(el, 'class');
  return !!cls && cls.split(/\s+/).some((c) => MESSAGE_NAME.test(c));
}

/** Elements read between two yields (a thread can run to thousands of posts). */
const SLICE = 1000;

/** Share of the main content's text the marked messages must hold: else the marking is partial (a widget, a preview). */
const MIN_MESSAGE_SHARE = 0.5;

/** Text someone wrote even outside a marked message (an opening post the engine marks differently). */
const PROSE = new Set(['p', 'blockquote', 'pre']);

/**
 * For a thread (stats.thread: declared, or in a forum engine's markup) whose main content `root` marks its posts' messages, in
 * slices: whether element i, inside the main content, sits outside every message (a post's
 * byline, date, controls or signature; the thread's own controls). Always false elsewhere, for
 * the main content itself, and inside a paragraph, quote or preformatted block.
 */
export function* postChromeSteps(stats: PageStats, root: number): Generator<void, (i: number) => boolean> {
  // A thread's posts are the page; a main content that is the whole page says nothing about them.
  if (!stats.thread || root <= 0) return () => false;
  // The main content is one message (or inside one): nothing in it is chrome.
  for (let j = root; j >= 0; j = stats.parent[j]!) if (isMessage(stats.elements[j]!)) return () => false;
  const last = stats.last[root]!;
  // 1: a message, 0: not, -1: not read yet (thread pages only).
  const message = new Int8Array(last + 1).fill(-1);
  const messageAt = (j: number): boolean => {
    if (message[j]! < 0) message[j] = isMessage(stats.elements[j]!) ? 1 : 0;
    return message[j] === 1;
  };
  // The outermost messages, and the text they hold.
  let text = 0;
  for (let j = root + 1; j <= last; j++) {
    if (j % SLICE === 0) yield;
    if (!messageAt(j)) continue;
    text += stats.text[j]!;
    j = stats.last[j]!;
  }
  if (text === 0 || text < MIN_MESSAGE_SHARE * stats.text[root]!) return () => false;
  return (i) => {
    if (i <= root) return false;
    for (let j = i; j > root; j = stats.parent[j]!) if (messageAt(j) || PROSE.has(stats.tags[j]!)) return false;
    return true;
  };
}

/**
 * A post's title linking to the post itself (phpBB's "Re: …" heading over each reply, with
 * `#p123` or `viewtopic.php?p=123#p123`): a heading link to this very address, or to a place on
 * this page. Query-routed forums share one path for every topic (`viewtopic.php?t=`), so a link
 * elsewhere in the forum must name a place on this page to count. The post's chrome, though the
 * engine draws it inside the message's box. Links are resolved as the link reader does (against
 * `<base href>`, same-page.ts).
 */
export function createPostPermalinks(samePage: SamePage): (link: Element, href: string | null) => boolean {
  return (link, href) => {
    if (!href || !closest(link, 'h1, h2, h3, h4, h5, h6')) return false;
    const to = samePage.target(href);
    return to !== null && (to.here || (to.id !== null && samePage.names(to.id)));
  };
}
