import { FLOOR_KEY } from './change-log';
import type { LinkscoutDb } from './db';
import type { ProspectRecord } from './records';
import { PROSPECT_STATUSES, type ProspectStatus } from './types';
import { prospectWords, sortTitle } from './words';
import { isJudged } from './judged';

/** The listing's verdict of a page never judged (no verdict chip names it). */
const NOT_JUDGED = 'not-judged';

/**
 * What the dashboard filters and sorts on, for every prospect, held in memory by the page that
 * asks (one listing per database connection). Measured in Chromium at 100,000 prospects, reading
 * an IndexedDB index costs about 9 µs a key, so any query that reads a whole index takes most of
 * a second; filtering and sorting 100,000 entries in memory takes a few milliseconds. The listing
 * is read once, then kept exact through the change log (change-log.ts): each query first reads
 * the log entries written since, and re-reads just those rows.
 */

/** The fields one prospect is filtered and sorted by. */
export interface ListingEntry {
  id: number;
  status: ProspectStatus;
  pageType: string;
  verdict: string;
  tags: string[];
  /** The tags lower-cased, for the tag filter (which ignores case). */
  tagKeys: string[];
  domain: string;
  /** The row's search words, space-separated with a space at each end: " word word ". */
  words: string;
  lastChecked: string;
  firstSeen: string;
  updatedAt: string;
  score: number;
  sortTitle: string;
}

export type ListingSortKey = 'lastChecked' | 'firstSeen' | 'updatedAt' | 'score' | 'domain' | 'sortTitle' | 'status';

const STATUS_RANK = new Map<string, number>(PROSPECT_STATUSES.map((s, i) => [s, i]));

function statusRank(s: string): number {
  return STATUS_RANK.get(s) ?? PROSPECT_STATUSES.length;
}

type Compare = (a: ListingEntry, b: ListingEntry) => number;

function byText(key: 'lastChecked' | 'firstSeen' | 'updatedAt' | 'domain' | 'sortTitle'): Compare {
  // Code-unit order, as IndexedDB orders string keys; ties by id.
  return (a, b) => (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : a.id - b.id);
}

const COMPARE: Record<ListingSortKey, Compare> = {
  lastChecked: byText('lastChecked'),
  firstSeen: byText('firstSeen'),
  updatedAt: byText('updatedAt'),
  domain: byText('domain'),
  sortTitle: byText('sortTitle'),
  score: (a, b) => a.score - b.score || a.id - b.id,
  status: (a, b) => statusRank(a.status) - statusRank(b.status) || a.id - b.id,
};

function entryOf(row: ProspectRecord): ListingEntry {
  // Every write stores the index fields (records.ts); computing them is only a fallback.
  const words = Array.isArray(row.words) ? row.words : prospectWords(row);
  return {
    id: row.id,
    status: row.status,
    pageType: row.pageType,
    // A page never judged (imported from a list) matches no verdict chip and sorts below every score.
    verdict: isJudged(row) ? row.verdict : NOT_JUDGED,
    tags: row.tags,
    tagKeys: row.tags.map((t) => t.toLowerCase()),
    domain: row.domain,
    words: ` ${words.join(' ')} `,
    lastChecked: row.lastChecked,
    firstSeen: row.firstSeen,
    updatedAt: row.updatedAt,
    score: isJudged(row) ? row.score : -1,
    sortTitle: typeof row.sortTitle === 'string' ? row.sortTitle : sortTitle(row.title),
  };
}

/** Every entry's words in one string, "\n" between entries, with where each entry starts. */
interface TextIndex {
  text: string;
  starts: Int32Array;
  ids: number[];
}

function textIndex(entries: Map<number, ListingEntry>): TextIndex {
  const parts: string[] = [];
  const ids: number[] = [];
  const starts = new Int32Array(entries.size);
  let offset = 0;
  for (const e of entries.values()) {
    starts[ids.length] = offset;
    ids.push(e.id);
    parts.push(e.words);
    // A needle never holds "\n", so no match runs from one entry into the next.
    offset += e.words.length + 1;
  }
  return { text: parts.join('\n'), starts, ids };
}

/** Merges two lists each sorted by `compare` into one. */
function merge(a: ListingEntry[], b: ListingEntry[], compare: Compare): ListingEntry[] {
  const out: ListingEntry[] = new Array<ListingEntry>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = compare(a[i] as ListingEntry, b[j] as ListingEntry) <= 0 ? (a[i++] as ListingEntry) : (b[j++] as ListingEntry);
  while (i < a.length) out[k++] = a[i++] as ListingEntry;
  while (j < b.length) out[k++] = b[j++] as ListingEntry;
  return out;
}

export class Listing {
  /** The last change-log entry reflected; -1 before the first read. */
  seq = -1;
  private entries = new Map<number, ListingEntry>();
  /** Entries in ascending order per sort key, made on first use and patched on changes. */
  private orders = new Map<ListingSortKey, ListingEntry[]>();
  private tagList: string[] | null = null;
  private domainList: string[] | null = null;
  private text: TextIndex | null = null;

  get size(): number {
    return this.entries.size;
  }

  replaceAll(rows: ProspectRecord[], seq: number): void {
    this.entries = new Map(rows.map((r) => [r.id, entryOf(r)]));
    this.orders.clear();
    this.forgetDerived();
    this.seq = seq;
  }

  /** Applies re-read rows: `rows[i]` is the row of `ids[i]` now, undefined if it was deleted. */
  patch(ids: number[], rows: (ProspectRecord | undefined)[], seq: number): void {
    const changed = new Set(ids);
    const fresh: ListingEntry[] = [];
    ids.forEach((id, i) => {
      const row = rows[i];
      if (row) {
        const entry = entryOf(row);
        this.entries.set(id, entry);
        fresh.push(entry);
      } else this.entries.delete(id);
    });
    for (const [key, order] of this.orders) {
      const compare = COMPARE[key];
      this.orders.set(key, merge(order.filter((e) => !changed.has(e.id)), [...fresh].sort(compare), compare));
    }
    this.forgetDerived();
    this.seq = seq;
  }

  private forgetDerived(): void {
    this.tagList = null;
    this.domainList = null;
    this.text = null;
  }

  /**
   * Ids of the entries whose words contain `needle` (" word " or " prefix"). Searches one string
   * of every entry's words with indexOf, which skips through it far faster than testing each
   * entry's own string.
   */
  idsContaining(needle: string): Set<number> {
    this.text ??= textIndex(this.entries);
    const { text, starts, ids } = this.text;
    const found = new Set<number>();
    let at = text.indexOf(needle);
    // Hits come in text order, so the entry holding each one is found by walking forward.
    let entry = 0;
    while (at >= 0) {
      while (entry + 1 < starts.length && (starts[entry + 1] as number) <= at) entry++;
      found.add(ids[entry] as number);
      // One hit per entry is enough: go on from the next entry's segment.
      const next = starts[entry + 1];
      if (next === undefined) break;
      at = text.indexOf(needle, next);
    }
    return found;
  }

  /** Every entry in ascending order of `key` (ties by id). */
  ascending(key: ListingSortKey): readonly ListingEntry[] {
    let order = this.orders.get(key);
    if (!order) {
      order = [...this.entries.values()].sort(COMPARE[key]);
      this.orders.set(key, order);
    }
    return order;
  }

  /** Every distinct tag spelling, in code-unit order. */
  tagSpellings(): readonly string[] {
    if (!this.tagList) {
      const all = new Set<string>();
      for (const e of this.entries.values()) for (const t of e.tags) all.add(t);
      this.tagList = [...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    }
    return this.tagList;
  }

  /** Every distinct domain, in code-unit order. */
  domains(): readonly string[] {
    if (!this.domainList) {
      const all = new Set<string>();
      for (const e of this.entries.values()) all.add(e.domain);
      this.domainList = [...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    }
    return this.domainList;
  }
}

/** Ids per read when the whole table is loaded. */
const LOAD_CHUNK = 10_000;
/** Past this share of rows changed, reading every row is quicker than re-reading each one. */
const PATCH_LIMIT = 0.25;

const listings = new WeakMap<LinkscoutDb, Listing>();

type Step =
  | { kind: 'current' }
  | { kind: 'patch'; seq: number; ids: number[]; rows: (ProspectRecord | undefined)[] }
  | { kind: 'reload' };

/** What the log says happened since `seq`, with the rows to re-read; one read transaction. */
function readStep(db: LinkscoutDb, listing: Listing): Promise<Step> {
  const since = listing.seq;
  return db.transaction('r', db.prospects, db.changes, async (): Promise<Step> => {
    if (since < 0) return { kind: 'reload' };
    const [floor, entries] = await Promise.all([db.changes.get(FLOOR_KEY), db.changes.where(':id').above(since).toArray()]);
    const last = entries[entries.length - 1];
    if (!last) return { kind: 'current' };
    if ((floor?.prunedBelow ?? 0) > since + 1) return { kind: 'reload' };
    const ids = new Set<number>();
    for (const e of entries) {
      if (!e.ids) return { kind: 'reload' };
      for (const id of e.ids) ids.add(id);
    }
    if (ids.size > Math.max(1000, listing.size * PATCH_LIMIT)) return { kind: 'reload' };
    const list = [...ids];
    return { kind: 'patch', seq: last.seq, ids: list, rows: await db.prospects.bulkGet(list) };
  });
}

/**
 * Every row and the log position they reflect, read in one transaction. The id space is cut
 * into ranges read all at once, so the browser reads one while the page decodes another.
 */
function readAll(db: LinkscoutDb): Promise<{ rows: ProspectRecord[]; seq: number }> {
  return db.transaction('r', db.prospects, db.changes, async () => {
    const [[lastSeq], [lastId]] = await Promise.all([
      db.changes.orderBy(':id').reverse().limit(1).primaryKeys(),
      db.prospects.orderBy(':id').reverse().limit(1).primaryKeys(),
    ]);
    const ranges: [number, number][] = [];
    for (let from = 0; from < (lastId ?? 0); from += LOAD_CHUNK) ranges.push([from, from + LOAD_CHUNK]);
    const chunks = await Promise.all(ranges.map(([from, to]) => db.prospects.where(':id').between(from, to, false, true).toArray()));
    return { rows: chunks.flat(), seq: lastSeq ?? 0 };
  });
}

const loading = new WeakMap<Listing, Promise<void>>();

/**
 * The listing of `db`, up to date with every committed write. Called first by every dashboard
 * query; inside a liveQuery its read of the log is what makes the query run again after a write.
 */
export async function listingOf(db: LinkscoutDb): Promise<Listing> {
  let listing = listings.get(db);
  if (!listing) {
    listing = new Listing();
    listings.set(db, listing);
  }
  for (;;) {
    const step = await readStep(db, listing);
    if (step.kind === 'current') return listing;
    if (step.kind === 'patch') {
      // Another query may have moved the listing on meanwhile; its rows are as new as these.
      if (step.seq > listing.seq) listing.patch(step.ids, step.rows, step.seq);
      return listing;
    }
    // Queries started together (the dashboard asks for ids, tags and domains at once) share one
    // load; each then reads the log again itself, so a liveQuery still sees what it depends on.
    let load = loading.get(listing);
    if (!load) {
      const target = listing;
      load = readAll(db)
        .then(({ rows, seq }) => {
          if (seq >= target.seq) target.replaceAll(rows, seq);
        })
        .finally(() => loading.delete(target));
      loading.set(listing, load);
    }
    await load;
  }
}
