import { describe, expect, it } from 'vitest';
import { importProspects, iterateProspects } from '@/utils/prospects/bulk-io';
import { updateProspect } from '@/utils/prospects/edit';
import type { LinkscoutDb } from '@/utils/prospects/db';
import { queryProspectIds } from '@/utils/prospects/query';
import { findProspectByUrl, getProspect, saveProspect } from '@/utils/prospects/save';
import type { Prospect } from '@/utils/prospects/types';
import { freshDb, link, prospect, snapshot, visit } from '../../fixtures/prospects/builders';

const NOW = new Date('2025-06-01T12:00:00.000Z');

async function collect(db: LinkscoutDb, chunkSize?: number): Promise<Prospect[][]> {
  const chunks: Prospect[][] = [];
  for await (const chunk of iterateProspects(db, chunkSize)) chunks.push(chunk);
  return chunks;
}

describe('iterateProspects: export in chunks', () => {
  it('yields every prospect once, in id order, each with its own snapshots oldest first', async () => {
    const db = freshDb('io-iterate');
    for (let i = 0; i < 7; i++) {
      await saveProspect(db, visit(`https://site${i}.example/`, { snapshot: snapshot(`2025-02-0${i + 1}T00:00:00.000Z`) }), new Date(`2025-02-0${i + 1}T00:00:00.000Z`));
    }
    await saveProspect(db, visit('https://site2.example/', { snapshot: snapshot('2025-01-15T00:00:00.000Z', [link('https://mysite.example/')]) }), NOW);

    const chunks = await collect(db, 3);
    expect(chunks.map((c) => c.length)).toEqual([3, 3, 1]);
    const all = chunks.flat();
    expect(all.map((p) => p.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(all[2]?.snapshots.map((s) => s.checkedAt)).toEqual(['2025-01-15T00:00:00.000Z', '2025-02-03T00:00:00.000Z']);
    expect(all[2]?.snapshots[0]?.toMySites).toEqual([link('https://mysite.example/')]);
    for (const p of all.filter((p) => p.id !== 3)) expect(p.snapshots).toHaveLength(1);
    expect(all[0]).not.toHaveProperty('words');
    db.close();
  });

  it('yields nothing for an empty database', async () => {
    const db = freshDb('io-iterate-empty');
    expect(await collect(db)).toEqual([]);
    db.close();
  });
});

describe('importProspects', () => {
  it('adds new pages with their snapshots, and text search finds them', async () => {
    const db = freshDb('io-import-add');
    const counts = await importProspects(db, [
      prospect('https://a.example/guide', { notes: 'Met at a conference', snapshots: [snapshot('2025-01-10T09:00:00.000Z'), snapshot('2025-02-10T09:00:00.000Z')] }),
      prospect('https://b.example/'),
    ], NOW);
    expect(counts).toEqual({ added: 2, merged: 0, unchanged: 0, statusKept: 0 });
    const a = await findProspectByUrl(db, 'https://a.example/guide');
    expect((await getProspect(db, a!.id))?.snapshots).toHaveLength(2);
    expect(await queryProspectIds(db, { text: 'conference' }, { key: 'title', dir: 'asc' })).toEqual([a!.id]);
    db.close();
  });

  it('keeps dates and statuses from a backup as they were', async () => {
    const db = freshDb('io-import-restore');
    const backedUp = prospect('https://a.example/', { status: 'won', updatedAt: '2025-02-02T00:00:00.000Z' });
    await importProspects(db, [backedUp], NOW);
    expect(await findProspectByUrl(db, backedUp.url)).toMatchObject({ status: 'won', updatedAt: '2025-02-02T00:00:00.000Z', firstSeen: backedUp.firstSeen });
    db.close();
  });

  it('de-duplicates the file by normalised URL before storing, merging the repeats', async () => {
    const db = freshDb('io-import-dupes');
    const counts = await importProspects(db, [
      prospect('https://A.example/page/?utm_source=x', { tags: ['one'] }),
      prospect('https://a.example/page#section', { tags: ['two'], notes: 'second copy' }),
    ], NOW);
    expect(counts).toEqual({ added: 1, merged: 0, unchanged: 0, statusKept: 0 });
    expect(await findProspectByUrl(db, 'https://a.example/page')).toMatchObject({
      url: 'https://a.example/page',
      tags: ['one', 'two'],
      notes: 'second copy',
    });
    db.close();
  });

  it('merges into stored prospects without losing the stored notes, tags or visits, and counts what changed', async () => {
    const db = freshDb('io-import-merge');
    const { prospect: stored } = await saveProspect(db, visit('https://a.example/', { snapshot: snapshot('2025-03-01T00:00:00.000Z') }), new Date('2025-03-01T00:00:00.000Z'));
    await updateProspect(db, stored.id, { status: 'contacted', notes: 'Emailed', tags: ['vip'] }, new Date('2025-03-02T00:00:00.000Z'));
    await saveProspect(db, visit('https://b.example/'), new Date('2025-03-01T00:00:00.000Z'));
    const b = await getProspect(db, 2);

    const counts = await importProspects(db, [
      prospect('https://a.example/', { id: 2, status: 'won', notes: 'Other browser note', tags: ['VIP', 'gardening'], snapshots: [snapshot('2025-01-01T00:00:00.000Z'), snapshot('2025-03-01T00:00:00.000Z')] }),
      { ...b!, id: 1 },
      prospect('https://c.example/'),
    ], NOW);

    // The file says "won" where the user set "contacted": the stored status stays, and the count says so.
    expect(counts).toEqual({ added: 1, merged: 1, unchanged: 1, statusKept: 1 });
    const a = await getProspect(db, stored.id);
    expect(a).toMatchObject({ status: 'contacted', notes: 'Emailed\nOther browser note', tags: ['vip', 'gardening'], updatedAt: NOW.toISOString() });
    expect(a?.snapshots.map((s) => s.checkedAt)).toEqual(['2025-01-01T00:00:00.000Z', '2025-03-01T00:00:00.000Z']);
    // Ids in the file belong to another database: nothing was written over row 2.
    expect(await getProspect(db, 2)).toEqual(b);
    expect(await db.prospects.count()).toBe(3);
    db.close();
  });

  it('changes nothing when the same backup is imported twice', async () => {
    const db = freshDb('io-import-twice');
    const file = [prospect('https://a.example/', { tags: ['x'], snapshots: [snapshot('2025-01-01T00:00:00.000Z')] }), prospect('https://b.example/')];
    await importProspects(db, file, NOW);
    const before = await db.prospects.toArray();
    expect(await importProspects(db, file, new Date('2025-07-01T00:00:00.000Z'))).toEqual({ added: 0, merged: 0, unchanged: 2, statusKept: 0 });
    expect(await db.prospects.toArray()).toEqual(before);
    expect(await db.snapshots.count()).toBe(1);
    db.close();
  });

  it('stores a file row with repeated tags and visits as the app would have', async () => {
    const db = freshDb('io-import-tidy');
    await importProspects(db, [
      prospect('https://a.example/', {
        tags: ['SEO', ' seo ', ''],
        snapshots: [snapshot('2025-02-01T00:00:00.000Z'), snapshot('2025-01-01T00:00:00.000Z'), snapshot('2025-02-01T00:00:00.000Z')],
      }),
    ], NOW);
    const a = await getProspect(db, 1);
    expect(a?.tags).toEqual(['SEO']);
    expect(a?.snapshots.map((s) => s.checkedAt)).toEqual(['2025-01-01T00:00:00.000Z', '2025-02-01T00:00:00.000Z']);
    db.close();
  });

  it('skips rows whose URL is not a web page', async () => {
    const db = freshDb('io-import-skip');
    const counts = await importProspects(db, [prospect('https://a.example/'), { ...prospect('https://b.example/'), url: 'javascript:alert(1)' }], NOW);
    expect(counts).toEqual({ added: 1, merged: 0, unchanged: 0, statusKept: 0 });
    expect(await db.prospects.count()).toBe(1);
    db.close();
  });

  it('imports more than one transaction chunk, and a re-import across chunks merges every row', async () => {
    const db = freshDb('io-import-chunks');
    const file = Array.from({ length: 2500 }, (_, i) => prospect(`https://site${i}.example/`, { snapshots: [snapshot('2025-01-01T00:00:00.000Z')] }));
    expect(await importProspects(db, file, NOW)).toEqual({ added: 2500, merged: 0, unchanged: 0, statusKept: 0 });
    const tagged = file.map((p) => ({ ...p, tags: ['round two'] }));
    expect(await importProspects(db, tagged, NOW)).toEqual({ added: 0, merged: 2500, unchanged: 0, statusKept: 0 });
    expect(await db.prospects.count()).toBe(2500);
    expect(await db.snapshots.count()).toBe(2500);
    expect(await queryProspectIds(db, { tag: 'Round two' }, { key: 'title', dir: 'asc' })).toHaveLength(2500);
    db.close();
  });
});
