import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDb } from '@/utils/prospects/db';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '@/utils/prospects/schema';
import { freshDb, prospect } from '../../fixtures/prospects/builders';
import { withIndexFields } from '@/utils/prospects/records';

describe('the Linkscout database', () => {
  it('opens at the latest listed version with the prospects, snapshots, authority and change log tables', async () => {
    const db = freshDb('db-tables');
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(LATEST_VERSION).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['authority', 'changes', 'prospects', 'snapshots']);
    db.close();
  });

  it('lists versions in increasing order without gaps, so every upgrade step runs', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  it('indexes prospects by URL only: the dashboard filters and sorts its in-memory listing', async () => {
    // Every index entry made each write slower, and reading a whole index was slower than the
    // listing (docs/performance.md); the URL index is what saves and imports look pages up by.
    const db = freshDb('db-indexes');
    await db.open();
    const schema = db.prospects.schema;
    expect(schema.indexes.map((i) => i.name)).toEqual(['url']);
    expect(schema.idxByName['url']?.unique).toBe(true);
    expect(db.snapshots.schema.indexes.map((i) => i.name)).toEqual(['[prospectId+checkedAt]']);
    db.close();
  });

  it('logs which prospects each write touched, in the same transaction', async () => {
    const db = freshDb('db-change-log');
    const [a, b] = (await db.prospects.bulkAdd(
      ['https://a.example/x', 'https://b.example/x'].map((url) => withIndexFields((({ snapshots: _s, ...r }) => r)(prospect(url)))),
      { allKeys: true },
    )) as number[];
    await db.prospects.delete(a!);
    await expect(db.transaction('rw', db.prospects, async () => {
      await db.prospects.update(b!, { notes: 'kept?' });
      throw new Error('the user cancelled');
    })).rejects.toThrow('the user cancelled');
    expect((await db.changes.toArray()).map((c) => c.ids)).toEqual([[a, b], [a]]);
    db.close();
  });

  it('refuses a second row with the same URL', async () => {
    const db = freshDb('db-unique');
    const row = withIndexFields((({ snapshots: _s, ...r }) => r)(prospect('https://a.example/x')));
    await db.prospects.add(row);
    await expect(db.prospects.add(row)).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await db.prospects.count()).toBe(1);
    db.close();
  });

  it('openDb gives one instance per name, and a new one once it was closed', async () => {
    const a = openDb('db-open-test');
    expect(openDb('db-open-test')).toBe(a);
    expect(openDb('db-open-test-other')).not.toBe(a);
    await a.open();
    a.close();
    const b = openDb('db-open-test');
    expect(b).not.toBe(a);
    await expect(b.prospects.count()).resolves.toBe(0);
    b.close();
  });
});
