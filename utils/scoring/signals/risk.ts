/**
 * Risk: signs that a link from this page would be worthless or harmful: spam niches, paid posts
 * and guest posts for sale, hidden links to other sites, redirect wrappers, a link-farm count of
 * links, a noindex page, a submit-your-site directory. Each sign found is evidence with a
 * severity; a strong sign caps the verdict at weak, and several make it `avoid`.
 */
import type { HiddenReason, PageInfo, Placement } from '../../analysis/types';
import type { PageTypeVerdict } from '../page-type';
import type { ScoredLink } from '../types';
import { submitWordingOf } from './page-type';
import { GUEST_WORDING, matchIn, MILD_PAID_WORDING, PAID_WORDING, PRICE_WORDING, SPAM_TERMS } from './risk-terms';
import type { SignalResult } from './signal-result';
import { listing, plural, quote } from './wording';

export type Severity = 'strong' | 'moderate' | 'mild';

export interface RiskItem {
  severity: Severity;
  /** What was seen, for a user: "Spam terms: casino, payday loan". */
  text: string;
}

export interface RiskResult extends SignalResult {
  items: RiskItem[];
  /** Points taken off the score. */
  penalty: number;
  /** Several strong signs: the page is to be avoided whatever else it has. */
  avoid: boolean;
  /** A strong sign: the verdict is at best weak. */
  capped: boolean;
}

export const PENALTY: Record<Severity, number> = { strong: 25, moderate: 12, mild: 5 };
const POINTS: Record<Severity, number> = { strong: 3, moderate: 2, mild: 1 };
const MAX_PENALTY = 70;

export const MANY_CONTENT_LINKS = 100;
export const MANY_PAGE_LINKS = 300;
export const MANY_HIDDEN_LINKS = 3;
export const MANY_WRAPPED_LINKS = 3;

/** Where a hidden link is odd; menus, sidebars and the rest hide links until opened or on small screens. */
const HIDING_IS_ODD = new Set<Placement>(['content', 'footer', 'comments', 'related', 'author']);

/** Hidden from screen readers only, or until the reader opens it (a closed <details>): no trick. */
const HIDING_IS_FAIR: ReadonlySet<HiddenReason | null> = new Set(['aria-hidden', 'collapsed']);

const HIDDEN_WORDS: Partial<Record<HiddenReason, string>> = {
  display: 'display: none',
  visibility: 'visibility: hidden',
  opacity: 'opacity 0',
  'hidden-attribute': 'hidden attribute',
  'same-colour': 'text in the background colour',
  'text-indent': 'text pushed out of sight by text-indent',
};

const WRAPPER_PATH = /\/(?:go|out|goto|redirect|redir|recommends|outbound)(?:\/|\.php|$)/i;
const WRAPPER_PARAM = /^(?:url|u|redirect|redirect_to|redirect_url|goto|out|target|dest|destination|link|to)$/i;
/** Share buttons pass the page's address in `?url=` too; they are not redirects. */
const SHARE_PATH = /\/(?:share|sharer|sharer\.php|intent|shareArticle|submit|pin|dialog|send|compose)(?:\/|$)/i;

/** The mark of a wrapper path (`/go/`, `/out/`), or null. */
function pathMark(pathname: string): string | null {
  const path = WRAPPER_PATH.exec(pathname);
  return path ? `/${path[0].replace(/^\/|\/$|\.php$/g, '').toLowerCase()}/` : null;
}

/**
 * An absolute http(s) address without query or fragment, in the form the URL parser gives back
 * (no port, user, dot segment or escaped dot): its path is read as written, without parsing.
 * Most links of a big page are like this, and parsing each costs microseconds.
 */
const PLAIN_URL = /^https?:\/\/[a-z0-9.-]+(\/[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*)?$/;
const REWRITTEN = /\/\.|%2e/i;

/**
 * A raw query one of whose values may be an address: an escape anywhere, or a value that
 * starts as one (`=http:`, `=https:`, `=www.`). Only such a value makes a wrapper parameter
 * (the test on the parsed values below); a query without any is not parsed at all.
 */
const ADDRESS_VALUE = /%|=(?:https?:|www\.)/i;

/** The redirect-wrapper mark of a link (`/go/`, `?url=`), or null. */
export function wrapperOf(href: string): string | null {
  // The address up to its query or fragment, read without the parser when it is plain.
  const cut = href.search(/[?#]/);
  const plain = REWRITTEN.test(href) ? null : PLAIN_URL.exec(cut < 0 ? href : href.slice(0, cut));
  if (plain) {
    const path = pathMark(plain[1] ?? '/');
    if (path || cut < 0 || href[cut] === '#') return path;
    // A query that holds no address marks nothing (most queries: ids, pages, tracking).
    const query = href.slice(cut + 1).split('#', 1)[0]!;
    if (!ADDRESS_VALUE.test(query)) return null;
  }
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const path = pathMark(url.pathname);
  if (path) return path;
  if (SHARE_PATH.test(url.pathname)) return null;
  for (const [key, value] of url.searchParams) {
    if (WRAPPER_PARAM.test(key) && /^(?:https?:\/\/|https?%3a|www\.)/i.test(value)) return `?${key.toLowerCase()}=`;
  }
  return null;
}

export interface RiskInput {
  page: Pick<PageInfo, 'title' | 'headings' | 'mainText' | 'robots'>;
  links: ReadonlyArray<Pick<ScoredLink, 'internal' | 'placement' | 'visible' | 'hiddenBy' | 'text' | 'href' | 'scheme'>>;
  pageType: Pick<PageTypeVerdict, 'type'>;
  /** The user's topics: a spam term the user works in is not spam to them. */
  topics: readonly string[];
}

/** The spam terms that count for this user: one they work in is not spam to them. */
function spamTermsFor(topics: readonly string[]): ReadonlyArray<readonly [string, RegExp]> {
  const own = topics.join(' \n ');
  if (!own) return SPAM_TERMS;
  const lower = own.toLowerCase();
  return SPAM_TERMS.filter(([name, re]) => !re.test(own) && !lower.includes(name.toLowerCase()));
}

type RiskLink = RiskInput['links'][number];

/** What the risk signs read from the links, gathered in one pass (big pages have tens of thousands). */
interface LinkFacts {
  /** Every anchor text, joined. */
  anchors: string;
  /** Hidden links to other sites where hiding is odd (before dropping hidden copies of shown links). */
  hiddenOut: RiskLink[];
  /** Addresses of visible links. */
  shown: Set<string | null>;
  /** Links through redirect wrappers, and how many per mark. */
  wrapped: number;
  marks: Map<string, number>;
  external: number;
  externalInContent: number;
}

function linkFacts(links: RiskInput['links']): LinkFacts {
  const texts: string[] = new Array(links.length);
  const facts: LinkFacts = { anchors: '', hiddenOut: [], shown: new Set(), wrapped: 0, marks: new Map(), external: 0, externalInContent: 0 };
  for (let i = 0; i < links.length; i++) {
    const l = links[i]!;
    texts[i] = l.text;
    if (l.visible && l.href) facts.shown.add(l.href);
    if (l.internal === false) {
      facts.external++;
      if (l.placement === 'content') facts.externalInContent++;
      if (!l.visible && !HIDING_IS_FAIR.has(l.hiddenBy) && HIDING_IS_ODD.has(l.placement)) facts.hiddenOut.push(l);
    }
    if (l.scheme === 'http' && l.href) {
      const mark = wrapperOf(l.href);
      if (mark) {
        facts.wrapped++;
        facts.marks.set(mark, (facts.marks.get(mark) ?? 0) + 1);
      }
    }
  }
  facts.anchors = texts.join(' \n ');
  return facts;
}

function spamItem(input: RiskInput, facts: LinkFacts, terms: ReadonlyArray<readonly [string, RegExp]>): RiskItem | null {
  const lead = [input.page.title, ...input.page.headings].join(' \n ');
  const prominent: string[] = [];
  const inText: string[] = [];
  for (const [name, re] of terms) {
    if (re.test(lead) || re.test(facts.anchors)) prominent.push(name);
    else if (re.test(input.page.mainText)) inText.push(name);
  }
  const all = [...prominent, ...inText];
  if (!all.length) return null;
  // One term mentioned in passing is a topic (a travel piece on Las Vegas); more, or in titles and anchors, is a niche.
  const severity: Severity = all.length >= 2 ? 'strong' : prominent.length ? 'moderate' : 'mild';
  return { severity, text: `Spam terms: ${all.join(', ')}` };
}

/**
 * Hidden links to other sites. Tabs, carousels and responsive duplicates hide links on honest
 * pages too, so a hidden copy of a visible link, a link hidden only from screen readers, and
 * hidden links in menus and sidebars are left out; what stays is strong only with spam anchors.
 */
function hiddenItem(facts: LinkFacts, spamIn: (text: string) => boolean): RiskItem | null {
  const hidden = facts.hiddenOut.filter((l) => !facts.shown.has(l.href));
  if (!hidden.length) return null;
  const how = [...new Set(hidden.map((l) => (l.hiddenBy ? (HIDDEN_WORDS[l.hiddenBy] ?? l.hiddenBy) : 'unknown')))].slice(0, 4);
  const spammy = hidden.some((l) => spamIn(l.text));
  return {
    severity: spammy ? 'strong' : hidden.length >= MANY_HIDDEN_LINKS ? 'moderate' : 'mild',
    text: `${plural(hidden.length, 'hidden link')} to other sites (${how.join(', ')})${spammy ? ' with spam anchors' : ''}`,
  };
}

function wrapperItem(facts: LinkFacts): RiskItem | null {
  const n = facts.wrapped;
  if (!n) return null;
  const kinds = [...facts.marks.keys()].slice(0, 3).join(', ');
  return { severity: n >= MANY_WRAPPED_LINKS ? 'moderate' : 'mild', text: `${plural(n, 'link')} through redirect wrappers (${kinds})` };
}

/** How near a price must be to the guest-post wording to be its price (characters). */
const PRICE_NEAR = 300;

/** Guest posts offered with a price close by: links for sale. */
function guestForSaleItem(wording: string): RiskItem | null {
  for (const m of wording.matchAll(GUEST_WORDING)) {
    const near = wording.slice(Math.max(0, m.index - PRICE_NEAR), m.index + m[0].length + PRICE_NEAR);
    const price = matchIn(PRICE_WORDING, near);
    if (price) return { severity: 'strong', text: `Sells guest posts: ${quote(m[0].toLowerCase().replace(/\s+/g, ' '))} with a price (${quote(price)})` };
  }
  return null;
}

export function riskSignal(input: RiskInput): RiskResult {
  const { page } = input;
  const items: RiskItem[] = [];
  const add = (item: RiskItem | null) => {
    if (item) items.push(item);
  };
  const wording = [page.title, ...page.headings, page.mainText].join(' \n ');

  const terms = spamTermsFor(input.topics);
  const facts = linkFacts(input.links);
  add(spamItem(input, facts, terms));
  add(hiddenItem(facts, (text) => terms.some(([, re]) => re.test(text))));

  add(guestForSaleItem(wording));
  const paid = matchIn(PAID_WORDING, wording);
  const mildPaid = paid ? null : matchIn(MILD_PAID_WORDING, wording);
  if (paid) add({ severity: 'moderate', text: `Paid-content wording: ${quote(paid)}` });
  else if (mildPaid) add({ severity: 'mild', text: `Paid-content wording: ${quote(mildPaid)}` });

  const inContent = facts.externalInContent;
  if (inContent > MANY_CONTENT_LINKS) add({ severity: 'moderate', text: `${inContent} links to other sites in the content` });
  else if (facts.external > MANY_PAGE_LINKS) add({ severity: 'moderate', text: `${facts.external} links to other sites on the page` });

  add(wrapperItem(facts));

  if (page.robots.noindex || page.robots.nofollow) {
    const which = listing([page.robots.noindex ? 'noindex' : '', page.robots.nofollow ? 'nofollow' : ''].filter(Boolean));
    add({ severity: 'moderate', text: `The page is ${which}: links on it don’t count` });
  }
  if (input.pageType.type === 'directory') {
    const submit = submitWordingOf(page);
    if (submit) add({ severity: 'moderate', text: `A directory that takes site submissions (${quote(submit)})` });
  }

  const order: Severity[] = ['strong', 'moderate', 'mild'];
  items.sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
  const strong = items.filter((i) => i.severity === 'strong').length;
  const points = items.reduce((n, i) => n + POINTS[i.severity], 0);
  const penalty = Math.min(MAX_PENALTY, items.reduce((n, i) => n + PENALTY[i.severity], 0));
  const avoid = strong >= 2 || (strong >= 1 && points >= 5);

  const evidence = items.map((i) => `${i.text} (${i.severity})`);
  if (!items.length) {
    return {
      signal: { id: 'risk', tone: 'good', summary: 'No risk signs found', evidence: ['no spam terms, paid-post wording, hidden links to other sites or redirect wrappers'] },
      value: null,
      weight: 0,
      reasons: [{ text: 'No spam, paid-post or hidden-link signs', weight: 0 }],
      items,
      penalty: 0,
      avoid: false,
      capped: false,
    };
  }
  const tone = items.every((i) => i.severity === 'mild') ? 'neutral' : 'bad';
  const summary = avoid ? `Avoid: ${plural(items.length, 'risk sign')}` : `${plural(items.length, 'risk sign')}, the strongest ${items[0]!.severity}`;
  return {
    signal: { id: 'risk', tone, summary, evidence },
    value: null,
    weight: 0,
    reasons: items.map((i) => ({ text: i.text, weight: 2 * PENALTY[i.severity] })),
    items,
    penalty,
    avoid,
    capped: strong > 0,
  };
}
