import { registrableDomain } from '../site';
import type { LinkscoutDb } from './db';
import { cleanTags, mergeProspect, unionSnapshots } from './merge';
import { normalizeProspectUrl } from './normalize-url';
import { snapshotRow, toRow, toSnapshot, withIndexFields, type ProspectRecord, type SnapshotRecord } from './records';
import { snapshotsOf, snapshotsOfIdRange } from './snapshots';
import type { Prospect, ProspectRow } from './types';

/** Rows per transaction on import: big enough to be quick, small enough not to hold the database for long. */
const IMPORT_CHUNK = 1000;

/**
 * Every prospect with its snapshots, a chunk at a time in id order, for export: memory stays
 * bounded however many there are. Each chunk is read in one transaction.
 */
export async function* iterateProspects(db: LinkscoutDb, chunkSize = 500): AsyncGenerator<Prospect[]> {
  let after = 0;
  for (;;) {
    const chunk = await db.transaction('r', db.prospects, db.snapshots, async () => {
      const rows = await db.prospects.where(':id').above(after).limit(chunkSize).toArray();
      const first = rows[0];
      const last = rows[rows.length - 1];
      if (!first || !last) return null;
      const snapshots = await snapshotsOfIdRange(db, first.id, last.id);
      return { rows, snapshots, lastId: last.id };
    });
    if (!chunk) return;
    const byProspect = groupByProspect(chunk.snapshots);
    yield chunk.rows.map((r) => ({ ...toRow(r), snapshots: (byProspect.get(r.id) ?? []).map(toSnapshot) }));
    after = chunk.lastId;
  }
}

function groupByProspect(snapshots: SnapshotRecord[]): Map<number, SnapshotRecord[]> {
  const out = new Map<number, SnapshotRecord[]>();
  for (const s of snapshots) {
    const list = out.get(s.prospectId);
    if (list) list.push(s);
    else out.set(s.prospectId, [s]);
  }
  return out;
}

/**
 * The incoming prospects under their normalised URLs, each page once (repeats merged). Ids from
 * the file are dropped: they belong to another browser's database. Rows whose URL is not a web
 * page are skipped (the file reader reports them; they cannot be stored).
 */
function dedupeIncoming(incoming: readonly Prospect[]): Prospect[] {
  const byUrl = new Map<string, Prospect>();
  for (const { id: _fromFile, ...p } of incoming) {
    const url = normalizeProspectUrl(p.url);
    if (!url) continue;
    // Held to the rules the app keeps: one spelling per tag, one snapshot per visit in order.
    const clean: Prospect = {
      ...p,
      url,
      domain: registrableDomain(new URL(url).hostname),
      tags: cleanTags(p.tags),
      snapshots: unionSnapshots([], p.snapshots),
    };
    const seen = byUrl.get(url);
    byUrl.set(url, seen ? mergeProspect(seen, clean) : clean);
  }
  return [...byUrl.values()];
}

/** A value as JSON with object keys sorted at every level, so equal content gives equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Everything but updatedAt, to tell whether a merge changed anything. */
function content(p: Prospect): string {
  const { id: _id, updatedAt: _updatedAt, ...rest } = p;
  return canonical(rest);
}

/** The row fields only (nothing else a file may have carried). */
function rowOf(p: Prospect): Omit<ProspectRow, 'id'> {
  const { id: _id, ...row } = toRow({ ...p, id: 0 });
  return row;
}

export interface ImportCounts {
  /** Pages that were not stored before. */
  added: number;
  /** Stored prospects that gained something (a tag, a note, a visit…). */
  merged: number;
  /** Stored prospects the file had nothing new for. */
  unchanged: number;
  /**
   * Stored prospects whose status the file gives otherwise (neither is `new`): the stored status
   * stays (an old backup must not undo the user's progress), and the user is told, not left to
   * find the edit missing.
   */
  statusKept: number;
}

/**
 * Adds or merges imported prospects (a backup or a CSV export, possibly from another browser).
 * Each chunk of about a thousand is one transaction: a failure (a full disk) keeps the chunks
 * already written and loses nothing stored.
 */
export async function importProspects(db: LinkscoutDb, incoming: Prospect[], now: Date = new Date()): Promise<ImportCounts> {
  const at = now.toISOString();
  const pages = dedupeIncoming(incoming);
  const counts: ImportCounts = { added: 0, merged: 0, unchanged: 0, statusKept: 0 };
  for (let i = 0; i < pages.length; i += IMPORT_CHUNK) {
    const chunk = pages.slice(i, i + IMPORT_CHUNK);
    const done = await db.transaction('rw', db.prospects, db.snapshots, () => importChunk(db, chunk, at));
    counts.added += done.added;
    counts.merged += done.merged;
    counts.unchanged += done.unchanged;
    counts.statusKept += done.statusKept;
  }
  return counts;
}

async function importChunk(db: LinkscoutDb, chunk: Prospect[], at: string): Promise<ImportCounts> {
  const counts: ImportCounts = { added: 0, merged: 0, unchanged: 0, statusKept: 0 };
  // Every read is issued at once: IndexedDB answers them in one go instead of one round trip each.
  const stored = await Promise.all(chunk.map((p) => db.prospects.where('url').equals(p.url).first()));
  const storedSnapshots = await Promise.all(stored.map((row) => (row ? snapshotsOf(db, row.id) : [])));
  const fresh: Prospect[] = [];
  const rewritten: ProspectRecord[] = [];
  const visits: Omit<SnapshotRecord, 'id'>[] = [];
  for (const [i, p] of chunk.entries()) {
    const row = stored[i];
    if (!row) {
      fresh.push(p);
      continue;
    }
    const theirs = storedSnapshots[i] ?? [];
    const existing: Prospect = { ...toRow(row), snapshots: theirs.map(toSnapshot) };
    const merged = mergeProspect(existing, p);
    if (p.status !== 'new' && existing.status !== 'new' && p.status !== existing.status) counts.statusKept++;
    if (content(merged) === content(existing)) {
      counts.unchanged++;
      continue;
    }
    counts.merged++;
    rewritten.push(withIndexFields({ ...rowOf(merged), id: row.id, updatedAt: at }));
    const known = new Set(theirs.map((s) => s.checkedAt));
    for (const s of merged.snapshots) if (!known.has(s.checkedAt)) visits.push(snapshotRow(row.id, s));
  }
  if (rewritten.length) await db.prospects.bulkPut(rewritten);
  if (fresh.length) {
    const ids = await db.prospects.bulkAdd(
      fresh.map((p) => withIndexFields(rowOf(p))),
      { allKeys: true },
    );
    fresh.forEach((p, i) => {
      const prospectId = ids[i];
      if (prospectId === undefined) throw new Error('IndexedDB returned fewer keys than rows added.');
      for (const s of p.snapshots) visits.push(snapshotRow(prospectId, s));
    });
    counts.added += fresh.length;
  }
  if (visits.length) await db.snapshots.bulkAdd(visits);
  return counts;
}
