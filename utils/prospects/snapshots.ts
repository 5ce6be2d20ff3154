import { Dexie } from 'dexie';
import type { LinkscoutDb } from './db';
import { snapshotRow, type SnapshotRecord } from './records';
import type { LinkSnapshot } from './types';

/**
 * Reading and writing a prospect's snapshots through the [prospectId+checkedAt] index, which
 * keeps them grouped by prospect and oldest first without sorting. Callers open the transaction.
 */

/**
 * Snapshots of the prospects whose ids lie in [first, last], by prospect then oldest first.
 * `db`: the database, or an upgrade's transaction's table (schema-v4.ts).
 */
export function snapshotsOfIdRange(db: Pick<LinkscoutDb, 'snapshots'>, first: number, last: number): Promise<SnapshotRecord[]> {
  return db.snapshots
    .where('[prospectId+checkedAt]')
    .between([first, Dexie.minKey], [last, Dexie.maxKey], true, true)
    .toArray();
}

export function snapshotsOf(db: Pick<LinkscoutDb, 'snapshots'>, prospectId: number): Promise<SnapshotRecord[]> {
  return snapshotsOfIdRange(db, prospectId, prospectId);
}

/** Adds a visit's snapshot; the same visit saved again replaces its snapshot instead of repeating it. */
export async function putSnapshot(db: LinkscoutDb, prospectId: number, snapshot: LinkSnapshot): Promise<void> {
  const same = await db.snapshots.where('[prospectId+checkedAt]').equals([prospectId, snapshot.checkedAt]).first();
  const row = snapshotRow(prospectId, snapshot);
  await db.snapshots.put(same ? { ...row, id: same.id } : row);
}
