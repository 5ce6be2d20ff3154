import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDb } from '@/utils/prospects/db';
import { LATEST_VERSION, SCHEMA_VERSIONS } from '@/utils/prospects/schema';
import { freshDb, prospect } from '../../fixtures/prospects/builders';
import { withIndexFields } from '@/utils/prospects/records';

describe('the Linkscout database', () => {
  it('opens at the latest listed version with the prospects, snapshots and authority tables', async () => {
    const db = freshDb('db-tables');
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(LATEST_VERSION).toBe(SCHEMA_VERSIONS.at(-1)?.version);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['authority', 'prospects', 'snapshots']);
    db.close();
  });

  it('lists versions in increasing order without gaps, so every upgrade step runs', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  it('has an index for every dashboard filter and sort', async () => {
    const db = freshDb('db-indexes');
    await db.open();
    const schema = db.prospects.schema;
    const indexes = schema.indexes.map((i) => i.name);
    for (const name of ['url', 'domain', 'status', 'pageType', 'verdict', 'tags', 'lastChecked', 'firstSeen', 'updatedAt', 'score', 'sortTitle', 'words']) {
      expect(indexes).toContain(name);
    }
    expect(schema.idxByName['url']?.unique).toBe(true);
    expect(schema.idxByName['tags']?.multi).toBe(true);
    expect(schema.idxByName['words']?.multi).toBe(true);
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
