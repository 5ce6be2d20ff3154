import type { Prospect, ProspectStatus, SnapshotLink } from '../../utils/prospects/types';
import type { ProspectFilter, ProspectSort } from '../../utils/prospects/query';
import type { PageType } from '../../utils/scoring/page-type';
import type { VerdictLabel } from '../../utils/scoring/types';

/**
 * Made-up but realistic prospects for the store benchmark: the same index always gives the
 * same prospect, so a run is reproducible and an import can name rows that are already stored.
 * Values are skewed the way a real list is (most rows `new`, a few common words and tags, many
 * rare ones), because index sizes, not row counts alone, decide how fast a query is.
 */

/** A small deterministic PRNG (mulberry32): no dependency, same numbers in Node and Chromium. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON_WORDS = [
  'garden', 'tools', 'best', 'guide', 'resources', 'links', 'seo', 'marketing', 'small', 'business',
  'recipes', 'travel', 'tips', 'review', 'reviews', 'home', 'design', 'blog', 'how', 'learn',
  'free', 'online', 'list', 'top', 'new', 'local', 'health', 'fitness', 'photography', 'coffee',
  'café', 'bike', 'cycling', 'hiking', 'outdoor', 'kitchen', 'software', 'startup', 'finance', 'budget',
  'gardening', 'garage', 'plants', 'vegetables', 'organic', 'pets', 'dogs', 'cats', 'music', 'guitar',
  'écoles', 'jardin', 'über', 'straße', 'weddings', 'books', 'writing', 'teachers', 'students', 'science',
];

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tor', 'vel', 'sa', 'pin', 'dro', 'qu', 'bel', 'nar', 'fi', 'zo', 'mar', 'ent', 'ix', 'ul'];

/** A vocabulary of real words followed by made-up rarer ones. */
function vocabulary(size: number): string[] {
  const out = [...COMMON_WORDS];
  const next = rng(7);
  const seen = new Set(out);
  while (out.length < size) {
    const n = 2 + Math.floor(next() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    if (!seen.has(w)) {
      seen.add(w);
      out.push(w);
    }
  }
  return out;
}

const WORDS = vocabulary(4000);
const TAGS = ['outreach', 'SEO', 'seo', 'guest post', 'resource page', 'follow up', 'Q3', 'partners', 'broken link', 'press', 'podcast', 'directory', 'niche', 'EDU', 'local', 'roundup', 'interview', 'competitor', 'waiting', 'priority'];
const STATUSES: readonly [ProspectStatus, number][] = [['new', 0.6], ['contacted', 0.15], ['replied', 0.08], ['won', 0.04], ['lost', 0.05], ['ignored', 0.08]];
const PAGE_TYPES: readonly PageType[] = ['resource', 'article', 'listing', 'forum', 'directory', 'guest-post', 'other'];
const VERDICTS: readonly VerdictLabel[] = ['strong', 'worth-a-look', 'weak', 'avoid'];
const TLDS = ['com', 'org', 'net', 'co.uk', 'de', 'io', 'fr', 'blog'];
/** Distinct sites: about five pages per site at 100,000 rows, as a crawl of lists gives. */
const DOMAINS = 20_000;
const DAY = 86_400_000;
const START = Date.parse('2024-01-01T00:00:00.000Z');

/** Zipf-like pick: low indexes are much more likely (a few words are everywhere). */
function skewed(next: () => number, size: number): number {
  return Math.min(size - 1, Math.floor(size * next() ** 3));
}

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T;
}

function weighted<T>(next: () => number, list: readonly (readonly [T, number])[]): T {
  let r = next();
  for (const [value, weight] of list) {
    r -= weight;
    if (r < 0) return value;
  }
  return (list[list.length - 1] as readonly [T, number])[0];
}

function words(next: () => number, min: number, max: number): string[] {
  const n = min + Math.floor(next() * (max - min + 1));
  return Array.from({ length: n }, () => WORDS[skewed(next, WORDS.length)] as string);
}

/** The domain of site number `d` (registrable: what the store derives from the URL). */
export function benchDomain(d: number): string {
  const next = rng(1_000_003 + d);
  const name = `${WORDS[Math.floor(next() * WORDS.length)]}${WORDS[Math.floor(next() * WORDS.length)]}${d}`;
  return `${name.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^a-z0-9]/g, '')}.${TLDS[d % TLDS.length]}`;
}

function link(next: () => number, href: string, domain: string): SnapshotLink {
  return {
    href,
    domain,
    text: words(next, 1, 4).join(' '),
    rel: next() < 0.2 ? ['nofollow'] : [],
    placement: next() < 0.7 ? 'content' : 'sidebar',
    counts: next() < 0.75,
  };
}

/** Prospect number `i`, with one snapshot (the visit at lastChecked). */
export function benchProspect(i: number): Prospect {
  const next = rng(i + 1);
  const d = Math.floor(next() * DOMAINS);
  const domain = benchDomain(d);
  const host = next() < 0.3 ? `blog.${domain}` : `www.${domain}`;
  const slug = words(next, 2, 6).map((w) => encodeURIComponent(w)).join('-');
  const url = `https://${host}/${slug}-${i}`;
  const title = words(next, 4, 10)
    .map((w, k) => (k === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w))
    .join(' ');
  const tagCount = next() < 0.55 ? 0 : 1 + Math.floor(next() * 3);
  const tags = [...new Set(Array.from({ length: tagCount }, () => TAGS[skewed(next, TAGS.length)] as string))];
  const firstSeen = START + Math.floor(next() * 600 * DAY);
  const lastChecked = firstSeen + Math.floor(next() * 60 * DAY);
  const updatedAt = lastChecked + Math.floor(next() * 10 * DAY);
  const checkedAt = new Date(lastChecked).toISOString();
  return {
    url,
    domain,
    title,
    pageType: pick(next, PAGE_TYPES),
    verdict: pick(next, VERDICTS),
    score: Math.floor(next() * 101),
    reasons: ['A resource page that links out', `Relevant to ${1 + Math.floor(next() * 3)} of 3 topics`, 'Follows its outbound links'],
    status: weighted(next, STATUSES),
    notes: next() < 0.2 ? `Talked to the editor about ${words(next, 3, 8).join(' ')}.` : '',
    tags,
    contacts: {
      emails: next() < 0.3 ? [`editor@${domain}`] : [],
      contactPages: next() < 0.5 ? [`https://${host}/contact`] : [],
      socialProfiles: next() < 0.2 ? [`https://x.com/${domain.split('.')[0]}`] : [],
      author: next() < 0.4 ? `Author ${i % 977}` : null,
    },
    snapshots: [
      {
        checkedAt,
        toMySites: next() < 0.3 ? [link(next, 'https://mysite.example/guide', 'mysite.example')] : [],
        toCompetitors: Array.from({ length: Math.floor(next() * 3) }, (_, k) =>
          link(next, `https://rival${k}.example/page-${i % 50}`, `rival${k}.example`),
        ),
      },
    ],
    firstSeen: new Date(firstSeen).toISOString(),
    lastChecked: checkedAt,
    updatedAt: new Date(updatedAt).toISOString(),
  };
}

/**
 * What an import file of `n` rows holds: half are stored pages (every other one seen again on
 * a later visit, with a new tag), half are pages the store has never seen.
 */
export function benchImportRow(k: number, stored: number): Prospect {
  if (k % 2 === 1) return benchProspect(stored + k);
  const existing = benchProspect(Math.floor(k / 2) % stored);
  if (k % 4 !== 0) return existing;
  const later = new Date(Date.parse(existing.lastChecked) + 3 * DAY).toISOString();
  return {
    ...existing,
    tags: [...existing.tags, 'reimported'],
    snapshots: [...existing.snapshots, { checkedAt: later, toMySites: [], toCompetitors: [] }],
    lastChecked: later,
    updatedAt: later,
  };
}

export interface QueryShape {
  filter: ProspectFilter;
  sort: ProspectSort;
}

const BY_DATE: ProspectSort = { key: 'lastChecked', dir: 'desc' };
/** A site that is stored at any --rows (prospect 42's), typed as a user would paste it. */
const SOME_SITE = benchProspect(42).domain;

/** The dashboard queries measured, by name; the domain is one of the generated sites. */
export const QUERY_SHAPES: Record<string, QueryShape> = {
  'all, lastChecked desc': { filter: {}, sort: BY_DATE },
  'status=contacted': { filter: { status: ['contacted'] }, sort: BY_DATE },
  'status=new (60%)': { filter: { status: ['new'] }, sort: BY_DATE },
  'status=replied,won': { filter: { status: ['replied', 'won'] }, sort: BY_DATE },
  'verdict=strong + type=resource': { filter: { verdict: ['strong'], pageType: ['resource'] }, sort: BY_DATE },
  'tag=seo (any case)': { filter: { tag: 'seo' }, sort: BY_DATE },
  domain: { filter: { domain: `https://www.${SOME_SITE}/some/page` }, sort: BY_DATE },
  'text: one word': { filter: { text: 'garden ' }, sort: BY_DATE },
  'text: two words': { filter: { text: 'garden tools ' }, sort: BY_DATE },
  'text: prefix "gard"': { filter: { text: 'gard' }, sort: BY_DATE },
  'text: rare word (a site name)': { filter: { text: `${SOME_SITE.split('.')[0]} ` }, sort: BY_DATE },
  'status=contacted + text': { filter: { status: ['contacted'], text: 'garden' }, sort: BY_DATE },
  'all, lastChecked asc': { filter: {}, sort: { key: 'lastChecked', dir: 'asc' } },
  'all, firstSeen desc': { filter: {}, sort: { key: 'firstSeen', dir: 'desc' } },
  'all, updatedAt desc': { filter: {}, sort: { key: 'updatedAt', dir: 'desc' } },
  'all, score desc': { filter: {}, sort: { key: 'score', dir: 'desc' } },
  'all, domain asc': { filter: {}, sort: { key: 'domain', dir: 'asc' } },
  'all, title asc': { filter: {}, sort: { key: 'title', dir: 'asc' } },
  'all, status asc': { filter: {}, sort: { key: 'status', dir: 'asc' } },
  'status=contacted, title asc': { filter: { status: ['contacted'] }, sort: { key: 'title', dir: 'asc' } },
};
