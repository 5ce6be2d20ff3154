import type { EntityTable, Transaction } from 'dexie';
import { mergeProspect } from './merge';
import { normalizeProspectUrl } from './normalize-url';
import { toRow, toSnapshot, withIndexFields, type ProspectRecord, type SnapshotRecord } from './records';
import { snapshotsOf } from './snapshots';

/** Rows read per step: bounded memory however many prospects a user has. */
const CHUNK = 500;

/**
 * Version 3 → 4: every address is normalised again, now that more tracking parameters are
 * dropped (Google's `srsltid` on its results, `gbraid`, `wbraid`, `dclid`, `igshid`, `_hsenc`,
 * `_hsmi`, `_gl`), so a page saved from search results is found when it is saved again. A row
 * whose new address another row already holds is merged into that row as an import merges (the
 * later visit's verdict; notes, tags and contacts of both; each visit's snapshot once, the kept
 * row's when both have one of the same moment) with the user's later status decision, and then
 * removed: the unique address index holds throughout.
 */
export async function renormaliseAddresses(tx: Transaction): Promise<void> {
  const prospects = tx.table<ProspectRecord, number>('prospects');
  const snapshots: EntityTable<SnapshotRecord, 'id'> = tx.table('snapshots');
  // Only the rows whose address changes are held: few, whatever the table's size.
  const moving: { id: number; url: string }[] = [];
  for (let after = 0; ; ) {
    const batch = await prospects.where(':id').above(after).limit(CHUNK).toArray();
    const last = batch[batch.length - 1];
    if (!last) break;
    for (const row of batch) {
      const url = normalizeProspectUrl(row.url);
      if (url !== null && url !== row.url) moving.push({ id: row.id, url });
    }
    after = last.id;
  }
  const visitsOf = (id: number) => snapshotsOf({ snapshots }, id);
  for (const { id, url } of moving) {
    const row = await prospects.get(id);
    if (!row) continue;
    const holder = await prospects.where('url').equals(url).first();
    if (!holder) {
      await prospects.put(withIndexFields({ ...toRow(row), url }));
      continue;
    }
    const [kept, moved] = await Promise.all([visitsOf(holder.id), visitsOf(row.id)]);
    const merged = mergeProspect({ ...toRow(holder), snapshots: kept.map(toSnapshot) }, { ...toRow(row), url, snapshots: moved.map(toSnapshot) });
    const { snapshots: _visits, ...mergedRow } = merged;
    // Which row holds the address is chance (which was saved bare): the later decision stands.
    if (holder.status !== 'new' && row.status !== 'new' && Date.parse(row.updatedAt) > Date.parse(holder.updatedAt)) mergedRow.status = row.status;
    await prospects.put(withIndexFields({ ...mergedRow, id: holder.id }));
    // The removed row's visits go to the row kept, one per visit (the kept row's own first).
    const known = new Set(kept.map((s) => s.checkedAt));
    for (const s of moved) {
      if (known.has(s.checkedAt)) await snapshots.delete(s.id);
      else await snapshots.update(s.id, { prospectId: holder.id });
    }
    await prospects.delete(row.id);
  }
}
