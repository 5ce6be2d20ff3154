/**
 * What an element says about itself: its tag, ARIA role, schema.org microdata and class/id
 * names. Each element is read once (callers cache); nothing here looks at other elements.
 */
import { attr, attrNames, childElementCount, closest, hasAttr, hasAttrs, nextSibling, nodeType, nodeValue, parentEl, previousSibling, query, tagOf, textOf } from '../dom-safe';
import { engineMessageName } from './post-messages';

/** The kinds of page region a hint can name. `main` marks main content, the rest boilerplate. */
export type HintKind =
  | 'main'
  | 'header'
  | 'navigation'
  | 'sidebar'
  | 'footer'
  | 'comments'
  | 'related'
  | 'author'
  | 'share'
  | 'breadcrumbs'
  | 'tags'
  | 'ad'
  | 'overlay';

export interface Hint {
  kind: HintKind;
  /**
   * Markup that means it (tags, roles, schema.org) rather than a class name that suggests it.
   * Weak header/footer hints count only outside the main content.
   */
  strong: boolean;
  /** For `main`: the element is the article text itself; the main-content search stops here. */
  body?: boolean;
  /**
   * For a body marker: only when it holds an article's worth of prose. A CMS's rich-text block
   * is any text an editor wrote, a whole article or a hub's intro above its cards.
   */
  long?: boolean;
  /** For `header`/`footer` tags: the header/footer of a section or article, not of the site. */
  sectional?: boolean;
  /**
   * For `main`, in a declared forum thread: a post of it, or the list of them, marked the way
   * comments are marked. The main content takes in every post (main-content.ts).
   */
  post?: boolean;
  /** Short words for the user: "inside <nav>", "class 'comments'". */
  source: string;
}

const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);
const SECTIONING_ROLES = new Set(['article', 'complementary', 'main', 'navigation', 'region']);
/** The class of an article's infobox. */
const INFOBOX = /(?:^|[\s_-])infobox(?:$|[\s_-])/i;

const ROLE_KINDS: Record<string, HintKind> = {
  // A dialog is laid over the page (cookie consent, sign-up, a menu drawer): never its content.
  dialog: 'overlay',
  alertdialog: 'overlay',
  banner: 'header',
  navigation: 'navigation',
  complementary: 'sidebar',
  contentinfo: 'footer',
  main: 'main',
};

/** schema.org types (the last path segment of itemtype). */
const SCHEMA_TYPES: Record<string, HintKind> = {
  wpheader: 'header',
  wpfooter: 'footer',
  wpsidebar: 'sidebar',
  sitenavigationelement: 'navigation',
  breadcrumblist: 'breadcrumbs',
  comment: 'comments',
  usercomments: 'comments',
  // The thread a forum page is about: its posts are the page's content (and in one, what marks
  // a comment marks a post: see ownHint).
  discussionforumposting: 'main',
  wpadblock: 'ad',
};

const ITEMPROPS: Record<string, HintKind> = {
  articlebody: 'main',
  maincontentofpage: 'main',
  text: 'main',
  comment: 'comments',
  comments: 'comments',
  breadcrumb: 'breadcrumbs',
  author: 'author',
  creator: 'author',
};

/**
 * Class/id words, matched against the name with separators removed ("related-posts" →
 * "relatedposts"), in order: the first match wins. Anchored patterns avoid words that merely
 * contain them ("navy", "header-image" is still a header).
 */
const NAME_RULES: Array<{ kind: HintKind; re: RegExp; body?: boolean; long?: boolean; whole?: boolean }> = [
  { kind: 'main', re: /^(article(body|content|text)|entry(content|body)|post(content|body|text)|story(body|content)|blogpostbody|itembody|prose)$/, body: true },
  { kind: 'main', re: /^richtext$/, body: true, long: true },
  { kind: 'comments', re: /^(comments?(wrap|wrapper|container|thread|block|tree)?|comments(area|section)|comment(list|body)|disqus(thread)?|respond|replies|discussion|usercomments)$/ },
  { kind: 'related', re: /^(related(posts?|articles?|stories|content|links|items)?|similar(posts|articles|products|items)?|recommended|recommendations?|more(stories|posts|articles)|readnext|(you(may|might))?alsolike|outbrain|taboola|yarpp|jprelatedposts|crp(list)?)$/ },
  { kind: 'author', re: /^(author(bio|box|info|card|description|profile)?|about(the)?author|(post|entry)author|bylines?)$/ },
  // A forum post's signature: the poster's own links under every post (a whole name: "signature-collection" is a product line).
  { kind: 'author', re: /^((post|user|member|message|forum)?signature|signature(s|container))$/, whole: true },
  { kind: 'share', re: /^(share(s|buttons?|bar|links|icons|daddy)?|sharing|social(share|sharing|buttons)|addtoany|a2a(kit)?|addthis)$/ },
  { kind: 'breadcrumbs', re: /^(breadcrumbs?|breadcrumbtrail|crumbs)$/ },
  { kind: 'tags', re: /^(tags(links|block)?|tag(list|cloud)|(post|entry|article)tags|(post|entry)?categories|catlinks|topics)$/ },
  { kind: 'ad', re: /^(ads?|adverts?|advertisement|ad(slot|unit|container|wrapper)|adsbygoogle|sponsored|dfp)$/ },
  { kind: 'overlay', re: /^(cookie(s|banner|consent|notice|bar|popup|lawinfobar|policybanner)|consent(banner|popup|manager|sdk)|onetrust(consentsdk|banner)|cybotcookiebot(dialog)?|gdpr(banner|consent|overlay|popup)?|didomi(host|popup)|usercentrics(root)?|modal(dialog|content|body|wrapper|container)?)$/, whole: true },
  // Consent banners named inside a longer name ("govuk-cookie-banner", CookieYes's "cky-consent-container"): two words, never "cookies" alone.
  { kind: 'overlay', re: /^(cookie(banner|consent|notice|bar|popup|message)|consent(banner|popup|bar|container|notice))$/ },
  { kind: 'sidebar', re: /^((left|right)?sidebar|sidebar(s|left|right)|widgetarea|widgets|(left|right)rail|sidecol(umn)?)$/ },
  { kind: 'sidebar', re: /^(secondary|rail|aside)$/, whole: true },
  { kind: 'navigation', re: /^((main|top|sub|site|primary|global|page)?nav|nav(bar|igation|menu)|(main|top|primary|mega|site)?menu|menubar|pagination|pager|skiplinks?)$/ },
  { kind: 'header', re: /^((site|global|page)?header|headerbar|masthead|topbar)$/ },
  { kind: 'footer', re: /^((site|global|page)?footer|colophon|bottombar)$/ },
];

/** Last words of a wrapper's name ("td-footer-wrapper", "site-nav-container"). */
const WRAPPER_WORDS = new Set(['wrapper', 'wrap', 'container', 'inner', 'outer', 'holder']);
const CONTENT_WORDS = new Set(['content', 'main', 'body']);

/** Components whose own header or footer a name may mean ("Box-header", "card-footer", "modal-footer"). */
const COMPONENTS = new Set(['box', 'card', 'panel', 'modal', 'widget', 'table', 'dropdown', 'popover', 'dialog', 'tab', 'accordion']);

/** Layout state classes such as "has-sidebar" or "no-comments" describe a wrapper, not a region. */
const STATE_PREFIX = /^(has|no|with|without|hide|show|is|toggle|open|close|enable|disable|js)$/;

function splitName(value: string): string[][] {
  // Each class (or the id) is one name; a name splits into words at separators and camelCase.
  const names: string[][] = [];
  // styled-components names an element by an id and a hash ("sc-bdVaJa kTzJgM", or with its
  // Babel plugin "Route__Box-sc-1h2k3l4-0 kTzJgM"): random letters, where one in a thousand
  // reads as a word ("adRwQk" → "ad").
  value = value.slice(0, 400);
  const styled = /(^|\s)sc-[a-zA-Z]{4,10}(\s|$)|-sc-/.test(value);
  for (const name of value.split(/\s+/)) {
    if (!name || (styled && /^sc-[a-zA-Z]{4,10}$/.test(name))) continue;
    const words = name
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    // A hash splits into scraps of a letter or two ("ad rw qk"); "navBar" into words.
    if (styled && /^[a-zA-Z]{4,8}$/.test(name) && words.some((w) => w.length < 3)) continue;
    if (words.length > 0 && words.length <= 6) names.push(words);
  }
  return names;
}

type NameHint = { kind: HintKind; name: string; body?: boolean; long?: boolean };
/** A page repeats its class names thousands of times: each is read once (bounded). */
const nameHints = new Map<string, NameHint | null>();

/** The kind a class or id name suggests, with the name, or null. */
export function nameHint(value: string): NameHint | null {
  let hint = nameHints.get(value);
  if (hint === undefined) {
    hint = readNameHint(value);
    if (nameHints.size >= 5000) nameHints.clear();
    nameHints.set(value, hint);
  }
  return hint;
}

function readNameHint(value: string): NameHint | null {
  // WordPress sidebar widgets: "widget widget_text", "widget_recent_entries".
  const wp = /(^|\s)(widget_[a-z_-]+)/.exec(value);
  if (wp) return { kind: 'sidebar', name: wp[2]! };
  for (const words of splitName(value)) {
    if (STATE_PREFIX.test(words[0]!)) continue;
    // A trail is one whatever wraps its name ("ast-breadcrumbs-wrapper", "wayfinding-breadcrumbs_feature_div").
    // Not a state: "page-header--has-breadcrumbs" is a header that holds one.
    const crumb = words.findIndex((w) => w === 'breadcrumb' || w === 'breadcrumbs');
    if (crumb >= 0 && !STATE_PREFIX.test(words[crumb - 1] ?? '')) return { kind: 'breadcrumbs', name: words.join('-') };
    // Try the whole name, then each run of words from the start and the end
    // ("site-header-inner" → "siteheader"; "widget_recent_entries" → "widget"); a wrapper's
    // name reads as what it wraps ("td-footer-wrapper" → "footer"), unless it wraps the content
    // and more (Genesis's "content-sidebar-wrap" holds the article and the sidebar).
    const candidates = [words.join('')];
    // Words after a state word say what the element has or shows ("summary-item-has-author",
    // Squarespace's "summary-block-setting-primary-metadata-categories"), not what it is.
    const state = words.findIndex((w, k) => k > 0 && (STATE_PREFIX.test(w) || w === 'setting'));
    // A component's own header or footer ("Box-header", "card-footer") is not the site's.
    // Both read on a wrapper's name as on the name it wraps ("layout-with-sidebar-container", "card-footer-wrapper").
    const componentAt = (end: number) => COMPONENTS.has(words[end - 1] ?? '') && /^(header|footer)$/.test(words[end]!);
    const suffix = (start: number, end: number) => (state < 0 || state >= start) && !(end - start === 1 && componentAt(end - 1));
    for (let n = words.length - 1; n >= 1; n--) {
      candidates.push(words.slice(0, n).join(''));
      if (suffix(words.length - n, words.length)) candidates.push(words.slice(words.length - n).join(''));
    }
    const named = candidates.length;
    if (words.length >= 3 && WRAPPER_WORDS.has(words[words.length - 1]!) && !words.some((w) => CONTENT_WORDS.has(w))) {
      for (let n = words.length - 2; n >= 1; n--) if (suffix(words.length - 1 - n, words.length - 1)) candidates.push(words.slice(words.length - 1 - n, -1).join(''));
    }
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      for (const rule of NAME_RULES) {
        // Never a menu by its wrapper's name: a "menu container" holds the site's logo too.
        if (i >= named && rule.kind === 'navigation') continue;
        if ((i === 0 || !rule.whole) && rule.re.test(c)) return { kind: rule.kind, name: words.join('-'), body: rule.body, long: rule.long };
      }
    }

  }
  return null;
}

/**
 * An element's attributes, read once: the walk over every element of a page asks each for up to
 * nine of them, and most have one or two (a class, an href).
 */
export interface Attributes {
  get(name: string): string | null;
  /** Whether the element has it (its value not read). */
  has(name: string): boolean;
}

const NO_ATTRIBUTES: Attributes = { get: () => null, has: () => false };

/** The attributes of `el`; reads only those it has. */
export function attributesOf(el: Element): Attributes {
  if (!hasAttrs(el)) return NO_ATTRIBUTES;
  const names = attrNames(el);
  return { get: (name) => (names.includes(name) ? attr(el, name) : null), has: (name) => names.includes(name) };
}

/**
 * The element's own hint, or null. `inSection`: an ancestor is article/aside/main/nav/section.
 * `thread`: the page is a forum thread (thread.ts), where what marks a comment (schema.org
 * Comment or UserComments, itemprop, a class or id) marks a post of it: a `post` main hint.
 * `tag` and `attrs` when the caller has read them already.
 */
export function ownHint(el: Element, inSection: boolean, thread = false, tag = tagOf(el), attrs: Attributes = attributesOf(el)): Hint | null {
  if (attrs !== NO_ATTRIBUTES) {
    // A modal is laid over the page, whatever its tag or role.
    if (isModal(attrs)) return strongHint('overlay', "aria-modal 'true'");
    // An explicit landmark role overrides the tag's own (GOV.UK's `<aside role="navigation">` is
    // a menu); a header's and a footer's keep the tag's reading, which knows a section's from the site's.
    const role = tag === 'header' || tag === 'footer' ? undefined : attrs.get('role')?.trim().toLowerCase();
    const kind = role ? ROLE_KINDS[role] : undefined;
    if (kind) return strongHint(kind, `role '${role}'`);
  }
  switch (tag) {
    case 'nav':
      return strongHint('navigation', 'inside <nav>');
    case 'aside':
      // A wiki's infobox inside the article (Fandom's `portable-infobox`) is its own summary, set
      // beside its text: no sidebar by its tag (its names are still read).
      if (inSection && INFOBOX.test(attrs.get('class') ?? '')) break;
      return strongHint('sidebar', 'inside <aside>');
    case 'main':
      return strongHint('main', '<main>');
    case 'header':
      return { kind: 'header', strong: true, sectional: inSection, source: inSection ? 'inside a section <header>' : 'inside <header>' };
    case 'footer':
      return { kind: 'footer', strong: true, sectional: inSection, source: inSection ? 'inside a section <footer>' : 'inside <footer>' };
    case 'menu':
      return strongHint('navigation', 'inside <menu>');
    case 'dialog':
      return strongHint('overlay', 'inside <dialog>');
    default:
      break;
  }
  // Most elements carry no attribute at all: then only the tag can hint.
  if (attrs === NO_ATTRIBUTES) return tag === 'article' ? strongHint('main', '<article>') : null;
  const itemtype = attrs.get('itemtype');
  if (itemtype) {
    for (const t of itemtype.trim().split(/\s+/)) {
      const name = t.slice(t.lastIndexOf('/') + 1);
      const kind = SCHEMA_TYPES[name.toLowerCase()];
      if (thread && kind === 'comments') return threadPost(true, `schema.org ${name}`);
      if (kind) return strongHint(kind, `schema.org ${name}`);
    }
  }
  const itemprop = attrs.get('itemprop');
  if (itemprop) {
    for (const p of itemprop.trim().toLowerCase().split(/\s+/)) {
      const kind = ITEMPROPS[p];
      if (thread && kind === 'comments') return threadPost(true, `itemprop '${p}'`);
      // itemprop=text marks a comment's or a post's text: only a main marker when it is long (caller decides).
      if (kind && p !== 'text') return { kind, strong: true, body: kind === 'main', source: `itemprop '${p}'` };
    }
  }
  if (tag === 'article') return strongHint('main', '<article>');
  if (tag === 'a' || tag === 'area') {
    const rel = attrs.get('rel')?.toLowerCase() ?? '';
    if (/(^|\s)author(\s|$)/.test(rel)) return strongHint('author', "rel 'author'");
    if (/(^|\s)tag(\s|$)/.test(rel)) return strongHint('tags', "rel 'tag'");
  }
  const id = attrs.get('id');
  const cls = attrs.get('class');
  // A forum engine's message is a post of the thread (phpBB's `postbody`, vBulletin's `post_message_1`).
  const message = thread ? engineMessageName(tag, id, cls) : null;
  if (message) return threadPost(false, message);
  for (const [which, value] of [['id', id], ['class', cls]] as const) {
    if (!value) continue;
    const hit = nameHint(value);
    if (hit && thread && hit.kind === 'comments') {
      // An icon or a count ("fa-comments", "mobile-replies") is no post; a reply form ("respond")
      // stays what it is: its links are controls.
      if (PHRASING.has(tag)) return null;
      if (!/respond/.test(hit.name)) return threadPost(false, `${which} '${hit.name}'`);
    }
    if (hit) return { kind: hit.kind, strong: false, body: hit.body, long: hit.long, source: `${which} '${hit.name}'` };
  }
  // Sites whose class names are generated name their blocks for screen readers instead:
  // `<ul aria-label="Tags">`, `<section aria-label="Related articles">`.
  const label = PHRASING.has(tag) ? null : attrs.get('aria-label');
  const kind = label ? labelHint(label) : null;
  // A label on a wrapper of the page's title says nothing of the article it holds.
  if (!kind || query(el, 'h1') !== null) return null;
  const source = `aria-label '${label!.trim().slice(0, 40)}'`;
  return namedBlock(kind, source, thread);
}

/**
 * The weak hint of a block named by its heading or label (`source`): in a thread a comment
 * section so named ("12 replies", "Replies") holds its posts.
 */
export function namedBlock(kind: HintKind, source: string, thread: boolean): Hint {
  return kind === 'comments' && thread ? threadPost(false, source) : { kind, strong: false, source };
}

/**
 * The kind a block's accessible name says, read as a heading and then as one class name
 * ("Related products section", "Tags"). Not a menu, header or footer: a restaurant's "Menu" is
 * its dishes, a post's "Post header" its own; landmarks say those by their tag or role.
 */
function labelHint(label: string): HintKind | null {
  const kind = headingHint(label);
  if (kind) return kind;
  const words = label.trim().slice(0, 60).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const named = words.length > 0 && words.length <= 4 ? nameHint(words.join('-'))?.kind : undefined;
  return named && LABEL_KINDS.has(named) ? named : null;
}
const LABEL_KINDS: ReadonlySet<HintKind> = new Set(['related', 'comments', 'author', 'share', 'breadcrumbs', 'tags', 'ad', 'overlay', 'sidebar']);

function isModal(attrs: Attributes): boolean {
  return attrs.get('aria-modal')?.trim().toLowerCase() === 'true';
}

/** Elements inside a line of text: too small to be a post of a thread. */
const PHRASING = new Set(['a', 'abbr', 'b', 'button', 'em', 'i', 'img', 'label', 'small', 'span', 'strong', 'svg', 'time']);

/** A hint the markup means (a tag, a role, schema.org): see `Hint.strong`. */
function strongHint(kind: HintKind, source: string): Hint {
  return { kind, strong: true, source };
}

/** The hint of a post of a declared thread, marked as `marked` says ("class 'comment'"). */
export function threadPost(strong: boolean, marked: string): Hint {
  return { kind: 'main', strong, post: true, source: `a post of the thread (${marked})` };
}

/**
 * Class names of a link styled as a button or a call to action: "btn-primary", "cta",
 * "add_to_cart_button", "ctaButton", "Button--secondary", "CTA-link"; a word, not letters inside
 * one ("rebuttal", "subtle", "Buttonhole", "CTAB").
 */
const BUTTON_CLASS = /(^|\s)([\w-]*?(?:(?<![A-Za-z])(?:[bB]tn|[bB]utton|[cC]ta|(?:BTN|BUTTON|CTA)(?![A-Z](?![a-z])))|(?<=[a-z])(?:Btn|Button|Cta))(?![a-z])[\w-]*)/;

/**
 * What marks a link as a button, a call to action ("Add to cart", "Sign up", "Get a quote")
 * rather than a link in the text: role=button, a button class (its own, or a lone wrapper's), or
 * a `<button>` it wraps that holds all its text. null when nothing does.
 */
export function buttonHint(link: Element): string | null {
  // A single-page app's linked title (role=button on a job's <h2> link) is a title, not a button;
  // an accordion's toggle in a heading (a same-page `#panel`, aria-controls) is one.
  if (attr(link, 'role')?.trim().toLowerCase() === 'button' && (!closest(link, 'h1, h2, h3, h4, h5, h6') || attr(link, 'href')?.startsWith('#') || hasAttr(link, 'aria-controls') || hasAttr(link, 'aria-expanded'))) return "role 'button'";
  const m = BUTTON_CLASS.exec(attr(link, 'class') ?? '');
  if (m) return `class '${m[2]!.slice(0, 40)}'`;
  // A pricing card's "Select plan": a <button> wrapped in the link, all its text (not a card holding a title too).
  const inner = childElementCount(link) === 1 ? query(link, 'button') : null;
  if (inner && (textOf(inner) ?? '').trim() === (textOf(link) ?? '').trim()) return 'a <button> inside it';
  // A wrapper holding the link alone, outside any sentence, may carry the class instead
  // (HubSpot's `hs-cta-node`); not a block theme's colour (`has-cta-color`).
  const wrapper = parentEl(link);
  const w = wrapper && BUTTON_CLASS.exec((attr(wrapper, 'class') ?? '').replace(PALETTE_CLASS, ''));
  if (!wrapper || !w || childElementCount(wrapper) !== 1 || (textOf(wrapper) ?? '').trim() !== (textOf(link) ?? '').trim() || amidText(wrapper)) return null;
  return `class '${w[2]!.slice(0, 40)}' around it`;
}

/** A block theme's colour classes (`has-cta-color`, `has-primary-background-color`). */
const PALETTE_CLASS = /(?:^|\s)has-[\w-]*-color(?=\s|$)/g;

/** Words stand right beside `el` in its parent (a comment between at most): it sits in a sentence. */
function amidText(el: Element): boolean {
  for (const side of [previousSibling, nextSibling]) {
    let s = side(el);
    if (s && nodeType(s) === 8) s = side(s);
    if (s && nodeType(s) === 3 && (nodeValue(s) ?? '').trim() !== '') return true;
  }
  return false;
}

/** Whether an element starts a sectioning context for the header/footer rule. */
export function isSectioning(el: Element, tag = tagOf(el), attrs: Attributes = attributesOf(el)): boolean {
  if (SECTIONING.has(tag)) return true;
  const role = attrs.get('role');
  return role !== null && SECTIONING_ROLES.has(role.trim().toLowerCase());
}

const SHARE_URL =
  /^(https?:)?\/\/([a-z0-9-]+\.)*(facebook\.com\/(sharer|share\.php|dialog\/(share|feed))|(twitter|x)\.com\/(intent|share)|linkedin\.com\/(sharearticle|sharing|cws\/share)|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|wa\.me\/\?|(api|web)\.whatsapp\.com\/send|(t|telegram)\.me\/share|tumblr\.com\/(share|widgets\/share)|getpocket\.com\/(save|edit)|news\.ycombinator\.com\/submitlink|bsky\.app\/intent|mastodonshare|plus\.google\.com\/share|vk\.com\/share|xing\.com\/(spi\/)?share|flipboard\.com\/bookmarklet|addtoany\.com\/(add_to|share))/i;

/** A link whose target is a "share this page" endpoint. */
export function isShareHref(href: string | null): boolean {
  if (!href) return false;
  const h = href.trim();
  if (SHARE_URL.test(h)) return true;
  return /^mailto:\?/i.test(h) && /[?&](subject|body)=/i.test(h);
}

/** Every heading level. */
export const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Headings below the page's title: the ones that name a block of the page. */
export const SUBHEADINGS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** Headings that name the block they open. */
const HEADING_RULES: Array<{ kind: HintKind; re: RegExp }> = [
  // Bare "Related", "Popular", "Recommended" open other names too ("Related topics", "Popular dishes", "Recommended reviews"): only with these words.
  { kind: 'related', re: /^(related (?!topic|tag|categor)\p{L}+|((other|more) \p{L}+ )?you (may|might) (also )?(like|enjoy|be interested in)|(products|items|stories|articles|posts) related to|more (from|by|on|in|like this|stories|articles|to read|news)|more (\p{L}+ ){1,2}(from|by|like this)\b|recommended (for you|reading|articles|stories|posts|products|items|videos)|read (next|more|also)|also read|see also|(popular|trending) (posts|articles|now|right now|stories|picks|reads|videos|products|items|recipes|guides|news|on|in)\b|most (read|popular|viewed)|similar (products|items|articles|posts)|customers (also|who) .*|people also .*|(similar|related) sponsored .*|sponsored (products|items|stories|content)|more to explore|explore (more|related|similar)\b.*|recently viewed( items| products)?|inspired by your .*)\b/iu },
  // Phrases an article's own heading could open with ("Don't miss the last ferry"): only whole.
  { kind: 'related', re: /^(related|popular|recommended|trending|similar (threads|questions|discussions|topics)|don['’]t miss|in case you missed it|around the web|from our partners|promoted stories|editors?['’]? picks|top picks for you|frequently bought together|you may also need|complete the look|keep reading|recommended from \p{L}+( \p{L}+)?)\s*[:!.]?$/iu },
  { kind: 'comments', re: /^(\d+\s+)?(comments?|responses?|replies|discussion|leave a (reply|comment)|join the (discussion|conversation)|what do you think|reader comments|\d+ thoughts on|(customer|recommended|user|guest|most (helpful|recent)) reviews|(top )?reviews from|ratings (and|&) reviews|\d[\d,.]* reviews)\b/i },
  { kind: 'author', re: /^(about (the )?(authors?|organi[sz]ers?|hosts?|creators?|sellers?)|about me|written by|author( bio)?)\b/i },
  // "Meet the makers: five potters in Leeds" is the text's own section: only whole.
  { kind: 'author', re: /^meet (the|your) (authors?|sellers?|makers?|artists?|creators?|hosts?)\s*[:!.]?$/i },
  { kind: 'share', re: /^(share( this( (post|article|page|story))?| on)?|spread the word)\b/i },
];

export function headingHint(text: string): HintKind | null {
  const t = text.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!t || t.length > 60) return null;
  for (const rule of HEADING_RULES) if (rule.re.test(t)) return rule.kind;
  return null;
}
