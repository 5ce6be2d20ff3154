/**
 * Page type, with a confidence and the evidence behind it: a resource page (a curated list of
 * useful external links), an article, a listing (an internal index or category), a forum thread,
 * a directory, a guest-post ("write for us") page, or other.
 *
 * Each type gathers points from a few general signals (wording in the title and headings, the
 * address, schema.org types, the shape of the main content, where its links point); the type with
 * most points wins when it clears a floor, and the confidence grows with its lead over the next.
 */
import type { PageInfo } from '../analysis/types';
import { countWords } from '../analysis/text';
import type { ScoredLink } from './types';
import { decodeSafe } from '../urls';

export const PAGE_TYPES = ['resource', 'article', 'listing', 'forum', 'directory', 'guest-post', 'other'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export interface PageTypeVerdict {
  type: PageType;
  /** 0-1: how far the winner leads the next type, and how much evidence it has. */
  confidence: number;
  /** The evidence for the winner, strongest first; then the runner-up when it was close. */
  reasons: string[];
}

export interface PageTypeInput {
  page: Pick<PageInfo, 'url' | 'title' | 'headings' | 'wordCount' | 'author' | 'published' | 'schemaTypes' | 'structure'>;
  links: ReadonlyArray<Pick<ScoredLink, 'placement' | 'internal' | 'visible' | 'text'>>;
}

/** A whole-word, case-insensitive match of any phrase, in any script. */
function phrases(list: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

// Small lists, English first, then German, French, Spanish, Italian, Portuguese, Dutch.
const GUEST_STRONG = phrases([
  'write for (?:us|me)', 'guest (?:post|posts|posting|blogging|article|author|authors|blogger|bloggers|contributor|contributors)',
  'submit (?:a |an |your )?(?:guest )?(?:post|article)', 'become a (?:contributor|guest author|writer)',
  'schreiben sie für uns', 'gastbeitr(?:ag|äge)', 'gastartikel', 'écrire pour nous', 'article invité', 'rédacteur invité',
  'escribe para nosotros', 'artículo invitado', 'scrivi per noi', 'articolo ospite', 'escreva para nós', 'artigo convidado', 'schrijf voor ons',
]);
const GUEST_WEAK = phrases(['contribute', 'contributor guidelines', 'submission guidelines', 'editorial guidelines', 'pitch us']);
const GUEST_PATH = /(?:^|[/_-])(?:write-?for-?us|guest-?posts?|guest-?blogging|contribute|submit-(?:a-)?(?:guest-)?(?:post|article))(?:[/._-]|$)/i;

const RESOURCE_WORDS = phrases([
  'resources?', 'useful (?:links|sites|websites|tools)', 'helpful (?:links|sites|websites|resources)', 'links', 'link list',
  'tools', 'further reading', 'reading list', 'recommended (?:sites|reading|links|websites)', 'awesome',
  'ressourcen', 'nützliche links', 'linkliste', 'weiterführende links', 'ressources', 'liens utiles',
  'recursos', 'enlaces(?: útiles)?', 'risorse', 'link utili', 'links úteis', 'nuttige links', 'bronnen',
]);

const DIRECTORY_WORDS = phrases([
  '(?:web|business|link|site|website|online) directory', 'directory of', 'directory',
  'submit (?:your |a )?(?:site|url|link|website)', 'add (?:your |a )?(?:site|url|link|website)',
  'webkatalog', 'branchenverzeichnis', 'linkverzeichnis', 'annuaire', 'directorio', 'elenco siti', 'diretório',
]);

// Flarum's discussions are `/d/123-slug` (a post of one `/d/123-slug/4`), the whole path: Google
// Drive's `/file/d/1-Xb9…/view` is no thread.
const FORUM_THREAD_PATH = /\/(?:threads?|t|viewtopic|showthread|questions)(?:[/.?_-]|\.php)|\/topic\/[^/]*\d|\/d\/\d+(?:-[^/]*)?(?:\/\d+)?\/?$/i;
const FORUM_PATH = /\/(?:forums?|discussions?|community|boards?)(?:[/.?_-]|\.php|$)/i;
const FORUM_HOST = /^(?:forums?|community|discuss|discourse|answers|boards?)\./i;
const FORUM_ITEM = /(?:post|message|reply|comment|answer|thread)/i;
const FORUM_SCHEMA = /^(?:DiscussionForumPosting|QAPage|Question|Answer)$/i;

const LISTING_PATH = /\/(?:categor(?:y|ies)|tags?|collections?|archives?|topics?|section|page\/\d+|blog|news|articles|posts|events|courses|products|shop|store)\/?$|\/(?:categor(?:y|ies)|tags?|collections?|archives?)\//i;
const LISTING_SCHEMA = /^(?:CollectionPage|ItemList|SearchResultsPage|OfferCatalog|ProductCollection|Blog)$/i;
const ARTICLE_SCHEMA = /^(?:Article|NewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|OpinionNewsArticle|AnalysisNewsArticle)$/i;
const PRODUCT_SCHEMA = /^(?:Product|ProductGroup|og:product|Offer|AggregateOffer)$/i;

interface Evidence {
  points: number;
  reason: string;
}

/** Minimum points a type needs to beat `other`. */
const FLOOR = 2;

export function classifyPageType(input: PageTypeInput): PageTypeVerdict {
  const { page } = input;
  const ev: Record<PageType, Evidence[]> = { resource: [], article: [], listing: [], forum: [], directory: [], 'guest-post': [], other: [] };
  const add = (type: PageType, points: number, reason: string) => ev[type].push({ points, reason });

  const url = safeUrl(page.url);
  const path = url ? decodeSafe(url.pathname) : '';
  const host = url?.hostname ?? '';
  const lead = [page.title, ...page.headings.slice(0, 1)].join(' · ');
  const rest = page.headings.slice(1).join(' · ');
  const schema = page.schemaTypes;
  const s = page.structure;

  const content = input.links.filter((l) => l.visible && l.placement === 'content' && l.internal !== null);
  const external = content.filter((l) => l.internal === false).length;
  const internal = content.length - external;
  const linkWords = content.reduce((n, l) => n + countWords(l.text), 0);
  const density = page.wordCount > 0 ? linkWords / page.wordCount : 0;
  const wordsPerLink = content.length > 0 ? page.wordCount / content.length : page.wordCount;

  // guest-post: the page says it takes guest posts.
  const guest = matchOf(GUEST_STRONG, lead);
  if (guest) add('guest-post', 4, `the title says “${guest}”`);
  else {
    const inRest = matchOf(GUEST_STRONG, rest);
    if (inRest) add('guest-post', 2.5, `a heading says “${inRest}”`);
  }
  const guestWeak = matchOf(GUEST_WEAK, lead);
  if (guestWeak) add('guest-post', 1.5, `the title says “${guestWeak}”`);
  if (GUEST_PATH.test(path)) add('guest-post', 2, `the address reads like a guest-post page (${clipPath(path)})`);

  // forum: thread addresses, forum schema, repeated posts.
  const forumSchema = schema.find((t) => FORUM_SCHEMA.test(t));
  if (forumSchema) add('forum', 3, `schema.org ${forumSchema}`);
  if (FORUM_THREAD_PATH.test(path)) add('forum', 2.5, `the address reads like a forum thread (${clipPath(path)})`);
  else if (FORUM_PATH.test(path)) add('forum', 1.5, `the address reads like a forum (${clipPath(path)})`);
  if (FORUM_HOST.test(host)) add('forum', 1.5, `a forum host (${host})`);
  if (s.repeated.count >= 3 && FORUM_ITEM.test(s.repeated.signature)) {
    add('forum', 2, `${s.repeated.count} repeated post blocks (${s.repeated.signature})`);
  }
  if (s.commentForms > 0 && ev.forum.length > 0) add('forum', 0.5, 'a reply form');

  // directory: says so, and lists many links.
  const dir = matchOf(DIRECTORY_WORDS, lead);
  if (dir && content.length >= 10) add('directory', 3, `the title says “${dir}” and the content holds ${content.length} links`);

  // resource: a list of external links, called resources or links.
  const resWord = matchOf(RESOURCE_WORDS, lead);
  const resWordRest = resWord ? null : matchOf(RESOURCE_WORDS, rest);
  const listedExternal = s.listItemsExternal + s.tableRowsExternal;
  // Many external links alone make a reference-heavy article or a docs page, not a resource list;
  // without list structure, the wording must come with many links (a post that reviews five tools
  // is an article).
  if (external >= 5 && (listedExternal >= 4 || ((resWord || resWordRest) && external >= 10))) {
    if (resWord) add('resource', 2, `the title says “${resWord}”`);
    else if (resWordRest) add('resource', 1, `a heading says “${resWordRest}”`);
    if (external >= 25) add('resource', 2, `${external} external links in the content`);
    else if (external >= 10) add('resource', 1, `${external} external links in the content`);
    if (external >= 0.6 * content.length) add('resource', 1, `most content links point to other sites (${external} of ${content.length})`);
    if (listedExternal >= 8) add('resource', 1.5, `${listedExternal} list items or table rows link to other sites`);
    else if (listedExternal >= 4) add('resource', 0.5, `${listedExternal} list items or table rows link to other sites`);
  }

  // listing: an index of internal pages.
  const listingSchema = schema.find((t) => LISTING_SCHEMA.test(t));
  if (listingSchema) add('listing', 1.5, `schema.org ${listingSchema}`);
  if (LISTING_PATH.test(path)) add('listing', 1, `the address reads like an index (${clipPath(path)})`);
  if (internal >= 8 || s.repeated.count >= 10) {
    if (internal >= 50) add('listing', 2, `${internal} internal links in the content`);
    else if (internal >= 8 && internal >= 0.7 * content.length) add('listing', 1, `${internal} of ${content.length} content links are internal`);
    if (s.linkedHeadings >= 8) add('listing', 2, `${s.linkedHeadings} headings are links (teasers)`);
    else if (s.linkedHeadings >= 4) add('listing', 1, `${s.linkedHeadings} headings are links (teasers)`);
    if (!FORUM_ITEM.test(s.repeated.signature)) {
      if (s.repeated.count >= 15) add('listing', 1.5, `${s.repeated.count} repeated blocks with links (${s.repeated.signature})`);
      else if (s.repeated.count >= 6) add('listing', 1, `${s.repeated.count} repeated blocks with links (${s.repeated.signature})`);
    }
    if (density >= 0.35) add('listing', 1, `most of the content's text is links (${pct(density)})`);
    if (content.length >= 8 && wordsPerLink < 25) add('listing', 1, `little text per link (${Math.round(wordsPerLink)} words per content link)`);
  }

  // article: prose, with a date or an author, or marked as an article. Long prose alone is not
  // enough: service, product and documentation pages have it too.
  const articleSchema = schema.find((t) => ARTICLE_SCHEMA.test(t));
  if (articleSchema) add('article', 1.5, `schema.org ${articleSchema}`);
  else if (schema.includes('og:article')) add('article', 0.5, 'og:type article');
  if (page.wordCount >= 300 && density < 0.2) {
    add('article', page.wordCount >= 800 ? 1.5 : 1, `${page.wordCount} words of prose in the main content (${pct(density)} of them in links)`);
  }
  if (page.published) add('article', 1, 'has a publication date');
  if (page.author) add('article', 0.5, 'names an author');

  // other: products; and whatever stands out for nothing.
  const product = schema.find((t) => PRODUCT_SCHEMA.test(t));
  if (product && !listingSchema && s.repeated.count < 6) add('other', 2.5, `schema.org ${product}: a product page`);

  const totals = PAGE_TYPES.map((type) => ({ type, points: ev[type].reduce((n, e) => n + e.points, 0) }));
  totals.sort((a, b) => b.points - a.points);
  const top = totals[0]!;
  const second = totals[1]!;
  if (top.points < FLOOR || top.type === 'other') {
    const reasons = ev.other.length ? sortedReasons(ev.other) : ['no type stands out'];
    if (top.type !== 'other' && top.points > 0) reasons.push(`weak signs of ${top.type}: ${sortedReasons(ev[top.type]).join('; ')}`);
    return { type: 'other', confidence: round(ev.other.length ? 0.5 : 0.3), reasons };
  }
  const margin = top.points - second.points;
  const confidence = Math.min(0.95, Math.max(0.2, 0.3 + 0.1 * margin + 0.04 * top.points));
  const reasons = sortedReasons(ev[top.type]);
  if (second.points > 0 && margin < 1.5) reasons.push(`close to ${second.type}: ${sortedReasons(ev[second.type]).slice(0, 2).join('; ')}`);
  return { type: top.type, confidence: round(confidence), reasons };
}

function sortedReasons(list: Evidence[]): string[] {
  return [...list].sort((a, b) => b.points - a.points).map((e) => e.reason);
}

function matchOf(re: RegExp, text: string): string | null {
  const m = re.exec(text);
  return m ? m[0].toLowerCase() : null;
}

function safeUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function clipPath(p: string): string {
  return p.length > 60 ? `${p.slice(0, 59)}…` : p;
}

const pct = (f: number) => `${Math.round(f * 100)}%`;
const round = (x: number) => Math.round(x * 100) / 100;
