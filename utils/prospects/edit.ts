import type { LinkscoutDb } from './db';
import { cleanTags, mergeProspect } from './merge';
import { ProspectError } from './prospect-error';
import { snapshotRow, toRow, toSnapshot, withIndexFields, type ProspectRecord, type SnapshotRecord } from './records';
import { snapshotsOf } from './snapshots';
import { PROSPECT_STATUSES, type ProspectPatch, type ProspectRow, type ProspectStatus } from './types';

/** What a bulk status change replaced, so "Undo" can put it back. */
export interface StatusUndo {
  /** The status the change set. */
  status: ProspectStatus;
  /** The updatedAt it gave the rows it changed. */
  changedAt: string;
  /** Each changed row's status and updatedAt before the change. */
  previous: { id: number; status: ProspectStatus; updatedAt: string }[];
}

/** Deleted prospects with their snapshots, as they were: enough to restore them with the same ids. */
export interface DeletedBatch {
  prospects: ProspectRow[];
  snapshots: SnapshotRecord[];
}

function checkStatus(status: ProspectStatus): void {
  // The dashboard sends what a select offered, but a stale page could send anything.
  if (!PROSPECT_STATUSES.includes(status)) throw new ProspectError(`"${String(status)}" is not a prospect status.`);
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);

/**
 * Applies the user's inline edit. Text search follows at once (notes and tags are among the row's
 * search words); updatedAt moves only when something actually changed.
 */
export function updateProspect(db: LinkscoutDb, id: number, patch: ProspectPatch, now: Date = new Date()): Promise<ProspectRow> {
  if (patch.status !== undefined) checkStatus(patch.status);
  return db.transaction('rw', db.prospects, async () => {
    const stored = await db.prospects.get(id);
    if (!stored) throw new ProspectError('This prospect no longer exists: it was deleted, perhaps in another window.');
    const row = toRow(stored);
    const next: ProspectRow = {
      ...row,
      status: patch.status ?? row.status,
      notes: patch.notes ?? row.notes,
      tags: patch.tags ? cleanTags(patch.tags) : row.tags,
    };
    if (next.status === row.status && next.notes === row.notes && sameList(next.tags, row.tags)) return row;
    next.updatedAt = now.toISOString();
    await db.prospects.put(withIndexFields(next));
    return next;
  });
}

/** Sets one status on many prospects; rows that already have it are left alone. */
export function setStatuses(db: LinkscoutDb, ids: number[], status: ProspectStatus, now: Date = new Date()): Promise<StatusUndo> {
  checkStatus(status);
  const changedAt = now.toISOString();
  return db.transaction('rw', db.prospects, async () => {
    const stored = await db.prospects.bulkGet(ids);
    const changing = stored.flatMap((r) => (r && r.status !== status ? [r] : []));
    const previous = changing.map((r) => ({ id: r.id, status: r.status, updatedAt: r.updatedAt }));
    // Status is not among the search words, so the stored derived fields stay valid.
    await db.prospects.bulkPut(changing.map((r) => ({ ...r, status, updatedAt: changedAt })));
    return { status, changedAt, previous };
  });
}

/**
 * Puts back the statuses a bulk change replaced. A row whose status was changed again since is
 * left as the user last set it; a row edited otherwise since keeps its newer updatedAt.
 */
export function undoStatuses(db: LinkscoutDb, undo: StatusUndo): Promise<void> {
  return db.transaction('rw', db.prospects, async () => {
    const stored = await db.prospects.bulkGet(undo.previous.map((p) => p.id));
    const reverted = undo.previous.flatMap((before, i) => {
      const now = stored[i];
      if (!now || now.status !== undo.status) return [];
      const updatedAt = now.updatedAt === undo.changedAt ? before.updatedAt : now.updatedAt;
      return [{ ...now, status: before.status, updatedAt }];
    });
    await db.prospects.bulkPut(reverted);
  });
}

/** Deletes prospects and their snapshots in one transaction; returns them for restoreProspects. */
export function deleteProspects(db: LinkscoutDb, ids: number[]): Promise<DeletedBatch> {
  return db.transaction('rw', db.prospects, db.snapshots, async () => {
    const stored = (await db.prospects.bulkGet(ids)).filter((r) => r !== undefined);
    const snapshots = (await Promise.all(stored.map((r) => snapshotsOf(db, r.id)))).flat();
    await db.snapshots.bulkDelete(snapshots.map((s) => s.id));
    await db.prospects.bulkDelete(stored.map((r) => r.id));
    return { prospects: stored.map(toRow), snapshots };
  });
}

/**
 * Puts a deleted batch back with the same ids (IndexedDB never hands out a deleted id again, so
 * they are free). If the same page was saved again meanwhile, the deleted row is merged into the
 * new one instead, so neither the user's notes nor the new visit are lost.
 */
export function restoreProspects(db: LinkscoutDb, batch: DeletedBatch): Promise<void> {
  return db.transaction('rw', db.prospects, db.snapshots, async () => {
    const byProspect = new Map<number, SnapshotRecord[]>();
    for (const s of batch.snapshots) {
      const list = byProspect.get(s.prospectId);
      if (list) list.push(s);
      else byProspect.set(s.prospectId, [s]);
    }
    // Every lookup is issued at once, then the rows put back in one bulk write.
    const resaved = await Promise.all(batch.prospects.map((row) => db.prospects.where('url').equals(row.url).first()));
    const back: ProspectRow[] = [];
    const merges: { row: ProspectRow; into: ProspectRecord }[] = [];
    batch.prospects.forEach((row, i) => {
      const into = resaved[i];
      if (!into || into.id === row.id) back.push(row);
      else merges.push({ row, into });
    });
    await db.prospects.bulkPut(back.map(withIndexFields));
    await db.snapshots.bulkPut(back.flatMap((row) => byProspect.get(row.id) ?? []));
    for (const { row, into } of merges) {
      const own = byProspect.get(row.id) ?? [];
      const theirs = await snapshotsOf(db, into.id);
      const merged = mergeProspect(
        { ...toRow(into), snapshots: theirs.map(toSnapshot) },
        { ...row, snapshots: own.map(toSnapshot) },
      );
      await db.prospects.put(withIndexFields(toRow({ ...merged, id: into.id })));
      // Their ids stay unused: the deleted visits join the re-saved prospect as new rows.
      const known = new Set(theirs.map((s) => s.checkedAt));
      const added = own.filter((s) => !known.has(s.checkedAt)).map((s) => snapshotRow(into.id, s));
      await db.snapshots.bulkAdd(added);
    }
  });
}
