import { registrableDomain } from '../site';
import type { VerdictLabel } from '../scoring/types';
import type { LinkscoutDb } from './db';
import { listingOf, type Listing, type ListingEntry } from './listing';
import { toRow } from './records';
import type { ProspectRow, ProspectStatus, ProspectType } from './types';
import { searchTerms } from './words';

/**
 * The dashboard's queries, answered from the in-memory listing (listing.ts), which every call
 * first brings up to date through the change log: filters test each entry, the listing's cached
 * order for the sort key puts them in order. Only the rows on screen are then read, with getRows.
 */

/** Empty lists and blank strings mean "any". */
export interface ProspectFilter {
  status?: ProspectStatus[];
  pageType?: ProspectType[];
  verdict?: VerdictLabel[];
  tag?: string;
  domain?: string;
  text?: string;
}

export type ProspectSortKey = 'lastChecked' | 'firstSeen' | 'updatedAt' | 'score' | 'domain' | 'title' | 'status';

export interface ProspectSort {
  key: ProspectSortKey;
  dir: 'asc' | 'desc';
}

/** A domain as typed ("www.Example.com", "https://blog.example.com/x") → its registrable domain. */
function domainOf(typed: string): string {
  const host = typed
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/[/?#:].*$/, '');
  return registrableDomain(host);
}

function intersect(sets: Set<number>[]): Set<number> {
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  if (!smallest || !rest.length) return smallest ?? new Set();
  const out = new Set<number>();
  for (const id of smallest) if (rest.every((s) => s.has(id))) out.add(id);
  return out;
}

/** The test an entry must pass for `filter`, or null when the filter lets everything through. */
function matcher(listing: Listing, filter: ProspectFilter): ((e: ListingEntry) => boolean) | null {
  const tests: ((e: ListingEntry) => boolean)[] = [];
  if (filter.status?.length) {
    const wanted = new Set<string>(filter.status);
    tests.push((e) => wanted.has(e.status));
  }
  if (filter.pageType?.length) {
    const wanted = new Set<string>(filter.pageType);
    tests.push((e) => wanted.has(e.pageType));
  }
  if (filter.verdict?.length) {
    const wanted = new Set<string>(filter.verdict);
    tests.push((e) => wanted.has(e.verdict));
  }
  if (filter.tag?.trim()) {
    // Any stored spelling of the tag ("SEO", "seo"): the filter ignores case.
    const wanted = filter.tag.trim().toLowerCase();
    tests.push((e) => e.tagKeys.includes(wanted));
  }
  if (filter.domain?.trim()) {
    const wanted = domainOf(filter.domain);
    tests.push((e) => e.domain === wanted);
  }
  if (filter.text?.trim()) {
    const { whole, prefix } = searchTerms(filter.text);
    // Entries hold " word word ": " w " is a whole word, " p" the start of one.
    const needles = [...whole.map((w) => ` ${w} `), ...(prefix ? [` ${prefix}`] : [])];
    if (needles.length) {
      const found = intersect(needles.map((n) => listing.idsContaining(n)));
      tests.push((e) => found.has(e.id));
    }
  }
  if (!tests.length) return null;
  if (tests.length === 1) return tests[0] ?? null;
  return (e) => {
    for (const t of tests) if (!t(e)) return false;
    return true;
  };
}

/** Ids of the prospects that pass `filter`, in `sort` order (ties by id, reversed when descending). */
export async function queryProspectIds(db: LinkscoutDb, filter: ProspectFilter, sort: ProspectSort): Promise<number[]> {
  const listing = await listingOf(db);
  // Titles sort by their folded form, so case and accents don't scatter them.
  const ascending = listing.ascending(sort.key === 'title' ? 'sortTitle' : sort.key);
  const passes = matcher(listing, filter);
  const ids: number[] = [];
  if (sort.dir === 'asc') {
    for (const e of ascending) if (!passes || passes(e)) ids.push(e.id);
  } else {
    for (let i = ascending.length - 1; i >= 0; i--) {
      const e = ascending[i] as ListingEntry;
      if (!passes || passes(e)) ids.push(e.id);
    }
  }
  return ids;
}

/** The rows for `ids`, in the same order; ids deleted meanwhile are skipped. */
export async function getRows(db: LinkscoutDb, ids: number[]): Promise<ProspectRow[]> {
  const rows = await db.prospects.bulkGet(ids);
  return rows.flatMap((r) => (r ? [toRow(r)] : []));
}

export function countProspects(db: LinkscoutDb): Promise<number> {
  return db.prospects.count();
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Every tag in use, once whatever its case, in alphabetical order. */
export async function allTags(db: LinkscoutDb): Promise<string[]> {
  const stored = (await listingOf(db)).tagSpellings();
  const seen = new Set<string>();
  const tags = stored.filter((t) => {
    const k = t.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return tags.sort(collator.compare);
}

/** Domains of saved prospects, a–z, starting with `prefix` when given (for the domain filter's suggestions). */
export async function allDomains(db: LinkscoutDb, prefix = '', limit = 50): Promise<string[]> {
  const start = prefix.trim().toLowerCase();
  const out: string[] = [];
  for (const d of (await listingOf(db)).domains()) {
    if (out.length >= limit) break;
    if (d.startsWith(start)) out.push(d);
  }
  return out;
}
