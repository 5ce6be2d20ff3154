import { describe, expect, it } from 'vitest';
import { deleteProspects, restoreProspects, setStatuses, undoStatuses, updateProspect } from '@/utils/prospects/edit';
import type { LinkscoutDb } from '@/utils/prospects/db';
import { queryProspectIds } from '@/utils/prospects/query';
import { getProspect, saveProspect } from '@/utils/prospects/save';
import { describeStorageError } from '@/utils/prospects/storage-health';
import { freshDb, snapshot, visit } from '../../fixtures/prospects/builders';

const SAVED = new Date('2025-03-01T10:00:00.000Z');
const EDITED = new Date('2025-03-02T10:00:00.000Z');
const LATER = new Date('2025-03-05T10:00:00.000Z');
const BY_DATE = { key: 'lastChecked', dir: 'desc' } as const;

async function seed(db: LinkscoutDb, urls: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const url of urls) ids.push((await saveProspect(db, visit(url), SAVED)).prospect.id);
  return ids;
}

const search = (db: LinkscoutDb, text: string) => queryProspectIds(db, { text }, BY_DATE);

describe('updateProspect: inline edits', () => {
  it('saves status, notes and tags and moves updatedAt', async () => {
    const db = freshDb('edit-inline');
    const [id] = await seed(db, ['https://garden.example/links']);
    const row = await updateProspect(db, id!, { status: 'replied', notes: 'Ann answered', tags: ['Guest post'] }, EDITED);
    expect(row).toMatchObject({ status: 'replied', notes: 'Ann answered', tags: ['Guest post'], updatedAt: EDITED.toISOString() });
    expect(row.firstSeen).toBe(SAVED.toISOString());
    expect(await getProspect(db, id!)).toMatchObject({ status: 'replied', notes: 'Ann answered' });
    db.close();
  });

  it('makes the new notes and tags searchable at once, and the removed ones not', async () => {
    const db = freshDb('edit-words');
    const [id] = await seed(db, ['https://garden.example/links']);
    await updateProspect(db, id!, { notes: 'Wants a guest post', tags: ['outreach'] }, EDITED);
    expect(await search(db, 'guest ')).toEqual([id]);
    expect(await search(db, 'outreach')).toEqual([id]);
    await updateProspect(db, id!, { notes: 'Declined', tags: [] }, LATER);
    expect(await search(db, 'guest ')).toEqual([]);
    expect(await search(db, 'outreach ')).toEqual([]);
    expect(await search(db, 'declined')).toEqual([id]);
    db.close();
  });

  it('trims tags and drops blanks and repeats that differ only in case', async () => {
    const db = freshDb('edit-tags');
    const [id] = await seed(db, ['https://garden.example/links']);
    const row = await updateProspect(db, id!, { tags: [' SEO ', 'seo', '', 'link  building'] }, EDITED);
    expect(row.tags).toEqual(['SEO', 'link building']);
    db.close();
  });

  it('leaves updatedAt alone when nothing changed', async () => {
    const db = freshDb('edit-noop');
    const [id] = await seed(db, ['https://garden.example/links']);
    const row = await updateProspect(db, id!, { status: 'new', notes: '' }, EDITED);
    expect(row.updatedAt).toBe(SAVED.toISOString());
    db.close();
  });

  it('says plainly that a prospect deleted meanwhile no longer exists', async () => {
    const db = freshDb('edit-gone');
    const [id] = await seed(db, ['https://garden.example/links']);
    await deleteProspects(db, [id!]);
    const err: unknown = await updateProspect(db, id!, { notes: 'x' }).catch((e: unknown) => e);
    expect(describeStorageError(err)).toBe('This prospect no longer exists: it was deleted, perhaps in another window.');
    db.close();
  });
});

describe('bulk status change and its undo', () => {
  it('sets the status on every selected row and undo puts each previous status back', async () => {
    const db = freshDb('edit-bulk');
    const [a, b, c] = await seed(db, ['https://a.example/', 'https://b.example/', 'https://c.example/']);
    await updateProspect(db, b!, { status: 'replied' }, EDITED);

    const undo = await setStatuses(db, [a!, b!], 'lost', LATER);
    const rows = await db.prospects.bulkGet([a!, b!, c!]);
    expect(rows.map((r) => r?.status)).toEqual(['lost', 'lost', 'new']);
    expect(rows[0]?.updatedAt).toBe(LATER.toISOString());

    await undoStatuses(db, undo);
    const back = await db.prospects.bulkGet([a!, b!, c!]);
    expect(back.map((r) => [r?.status, r?.updatedAt])).toEqual([
      ['new', SAVED.toISOString()],
      ['replied', EDITED.toISOString()],
      ['new', SAVED.toISOString()],
    ]);
    db.close();
  });

  it('does not touch rows that already had the status', async () => {
    const db = freshDb('edit-bulk-same');
    const [a, b] = await seed(db, ['https://a.example/', 'https://b.example/']);
    await updateProspect(db, a!, { status: 'won' }, EDITED);
    const undo = await setStatuses(db, [a!, b!], 'won', LATER);
    expect(undo.previous.map((p) => p.id)).toEqual([b]);
    expect((await db.prospects.get(a!))?.updatedAt).toBe(EDITED.toISOString());
    db.close();
  });

  it("undo keeps a status the user set again after the bulk change, and skips deleted rows", async () => {
    const db = freshDb('edit-bulk-later');
    const [a, b, c] = await seed(db, ['https://a.example/', 'https://b.example/', 'https://c.example/']);
    const undo = await setStatuses(db, [a!, b!, c!], 'contacted', EDITED);
    await updateProspect(db, a!, { status: 'won' }, LATER);
    await updateProspect(db, b!, { notes: 'Called' }, LATER);
    await deleteProspects(db, [c!]);
    await undoStatuses(db, undo);
    expect(await db.prospects.get(a!)).toMatchObject({ status: 'won', updatedAt: LATER.toISOString() });
    expect(await db.prospects.get(b!)).toMatchObject({ status: 'new', notes: 'Called', updatedAt: LATER.toISOString() });
    expect(await db.prospects.get(c!)).toBeUndefined();
    db.close();
  });
});

describe('delete and restore', () => {
  it('deletes rows with their snapshots and restores both with the same ids', async () => {
    const db = freshDb('edit-delete');
    const [a, b] = await seed(db, ['https://a.example/', 'https://b.example/']);
    await saveProspect(db, visit('https://a.example/', { snapshot: snapshot(LATER.toISOString()) }), LATER);
    await updateProspect(db, a!, { notes: 'Keep me', tags: ['vip'] }, LATER);
    const before = await getProspect(db, a!);
    const snapshotIds = (await db.snapshots.toArray()).map((s) => s.id).sort();

    const batch = await deleteProspects(db, [a!, 999]);
    expect(batch.prospects.map((p) => p.id)).toEqual([a]);
    expect(batch.snapshots).toHaveLength(2);
    expect(await getProspect(db, a!)).toBeNull();
    expect(await db.snapshots.count()).toBe(1); // b's
    expect(await search(db, 'keep')).toEqual([]);

    await restoreProspects(db, batch);
    expect(await getProspect(db, a!)).toEqual(before);
    expect((await db.snapshots.toArray()).map((s) => s.id).sort()).toEqual(snapshotIds);
    expect(await search(db, 'keep')).toEqual([a]);
    expect(await db.prospects.count()).toBe(2);
    expect((await getProspect(db, b!))?.snapshots).toHaveLength(1);
    db.close();
  });

  it('merges a restored row into the page saved again after the delete, losing neither', async () => {
    const db = freshDb('edit-restore-resaved');
    const [a] = await seed(db, ['https://a.example/']);
    await updateProspect(db, a!, { status: 'contacted', notes: 'Emailed', tags: ['vip'] }, EDITED);
    const batch = await deleteProspects(db, [a!]);
    const again = await saveProspect(db, visit('https://a.example/', { title: 'New title', snapshot: snapshot(LATER.toISOString()) }), LATER);

    await restoreProspects(db, batch);
    expect(await db.prospects.count()).toBe(1);
    const merged = await getProspect(db, again.prospect.id);
    expect(merged).toMatchObject({ status: 'contacted', notes: 'Emailed', tags: ['vip'], title: 'New title', firstSeen: SAVED.toISOString() });
    expect(merged?.snapshots.map((s) => s.checkedAt)).toEqual([SAVED.toISOString(), LATER.toISOString()]);
    db.close();
  });
});
