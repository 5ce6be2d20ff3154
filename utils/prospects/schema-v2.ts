import type { Transaction } from 'dexie';
import { snapshotRow, withIndexFields, type SnapshotRecord } from './records';
import type { LinkSnapshot, Prospect } from './types';

/** A prospect as version 1 stored it: snapshots inline, no index fields. */
type V1ProspectRecord = Omit<Prospect, 'snapshots'> & { id: number; snapshots?: LinkSnapshot[] };

/** Rows per step: bounded memory however many prospects (and snapshots) a user has. */
const CHUNK = 500;

/**
 * Version 1 → 2: each prospect's inline snapshots become rows of the `snapshots` table (order
 * kept: oldest first), and the row gains its index fields (`words`, `sortTitle`). Walks the
 * table by primary key in chunks instead of loading every row at once.
 */
export async function moveSnapshotsToTheirTable(tx: Transaction): Promise<void> {
  const prospects = tx.table<V1ProspectRecord, number>('prospects');
  const snapshots = tx.table<SnapshotRecord, number, Omit<SnapshotRecord, 'id'>>('snapshots');
  let after = 0;
  for (;;) {
    const batch = await prospects.where(':id').above(after).limit(CHUNK).toArray();
    const last = batch[batch.length - 1];
    if (!last) return;
    const moved: Omit<SnapshotRecord, 'id'>[] = [];
    const lean = batch.map(({ snapshots: inline, ...row }) => {
      for (const s of inline ?? []) moved.push(snapshotRow(row.id, s));
      return withIndexFields(row);
    });
    // put() replaces the whole row, which drops the inline `snapshots` property.
    await prospects.bulkPut(lean);
    await snapshots.bulkAdd(moved);
    after = last.id;
  }
}
