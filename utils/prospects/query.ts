import { registrableDomain } from '../site';
import type { VerdictLabel } from '../scoring/types';
import type { LinkscoutDb } from './db';
import { toRow } from './records';
import { PROSPECT_STATUSES, type ProspectRow, type ProspectStatus, type ProspectType } from './types';
import { searchTerms } from './words';

/**
 * The dashboard's queries, answered from index keys so they stay fast at 100,000 prospects:
 * each filter gives the primary keys its index holds for the wanted values, those sets are
 * intersected, and the sort index's key order (primary keys only) puts the survivors in order.
 * Only the rows on screen are then read, with getRows.
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

type IndexedField = 'status' | 'pageType' | 'verdict' | 'tags' | 'domain' | 'words';

/** Rows whose `field` holds any of `values`: one key-only read per value (no cursor walk). */
async function idsWithAny(db: LinkscoutDb, field: IndexedField, values: readonly string[]): Promise<Set<number>> {
  const lists = await Promise.all(values.map((v) => db.prospects.where(field).equals(v).primaryKeys()));
  return new Set(lists.flat());
}

/** Every spelling of a tag that is stored ("SEO", "seo"), so the tag filter ignores case. */
async function tagSpellings(db: LinkscoutDb, tag: string): Promise<string[]> {
  const wanted = tag.trim().toLowerCase();
  const stored = (await db.prospects.orderBy('tags').uniqueKeys()) as string[];
  return stored.filter((t) => t.toLowerCase() === wanted);
}

/** A domain as typed ("www.Example.com", "https://blog.example.com/x") → its registrable domain. */
function domainOf(typed: string): string {
  const host = typed
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/[/?#:].*$/, '');
  return registrableDomain(host);
}

/** One key set per filter in use. */
async function filterSets(db: LinkscoutDb, filter: ProspectFilter): Promise<Set<number>[]> {
  const pending: Promise<Set<number>>[] = [];
  if (filter.status?.length) pending.push(idsWithAny(db, 'status', filter.status));
  if (filter.pageType?.length) pending.push(idsWithAny(db, 'pageType', filter.pageType));
  if (filter.verdict?.length) pending.push(idsWithAny(db, 'verdict', filter.verdict));
  if (filter.tag?.trim()) {
    const tag = filter.tag;
    pending.push(tagSpellings(db, tag).then((spellings) => idsWithAny(db, 'tags', spellings)));
  }
  if (filter.domain?.trim()) pending.push(idsWithAny(db, 'domain', [domainOf(filter.domain)]));
  if (filter.text?.trim()) {
    const { whole, prefix } = searchTerms(filter.text);
    for (const word of whole) pending.push(idsWithAny(db, 'words', [word]));
    if (prefix) {
      pending.push(
        db.prospects
          .where('words')
          .startsWith(prefix)
          .primaryKeys()
          .then((ids) => new Set(ids)),
      );
    }
  }
  return Promise.all(pending);
}

function intersect(sets: Set<number>[]): Set<number> {
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  const out = new Set<number>();
  if (!smallest) return out;
  for (const id of smallest) if (rest.every((s) => s.has(id))) out.add(id);
  return out;
}

/** Every id in ascending order of the sort key (ties by id); status in pipeline order, not a–z. */
async function idsInOrder(db: LinkscoutDb, key: ProspectSortKey): Promise<number[]> {
  if (key === 'status') {
    const groups = await Promise.all(PROSPECT_STATUSES.map((s) => db.prospects.where('status').equals(s).primaryKeys()));
    return groups.flat();
  }
  // Titles sort by their folded form, so case and accents don't scatter them.
  const index = key === 'title' ? 'sortTitle' : key;
  return db.prospects.orderBy(index).primaryKeys();
}

/** Ids of the prospects that pass `filter`, in `sort` order. */
export function queryProspectIds(db: LinkscoutDb, filter: ProspectFilter, sort: ProspectSort): Promise<number[]> {
  return db.transaction('r', db.prospects, async () => {
    const [sets, ascending] = await Promise.all([filterSets(db, filter), idsInOrder(db, sort.key)]);
    // Reversing the ascending list (rather than a reverse cursor) keeps the fast key-only read.
    const ordered = sort.dir === 'desc' ? ascending.reverse() : ascending;
    if (!sets.length) return ordered;
    const passing = intersect(sets);
    return ordered.filter((id) => passing.has(id));
  });
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
  const stored = (await db.prospects.orderBy('tags').uniqueKeys()) as string[];
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
  const range = start ? db.prospects.where('domain').startsWith(start) : db.prospects.orderBy('domain');
  return (await range.limit(limit).uniqueKeys()) as string[];
}
