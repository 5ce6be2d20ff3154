import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { LinkscoutDb } from '@/utils/prospects/db';
import { updateProspect } from '@/utils/prospects/edit';
import { queryProspectIds } from '@/utils/prospects/query';
import { findProspectByUrl, getProspect } from '@/utils/prospects/save';
import { declareVersions, LATEST_VERSION, SCHEMA_VERSIONS } from '@/utils/prospects/schema';
import type { Prospect } from '@/utils/prospects/types';
import { FAKE_IDB } from '../../fixtures/prospects/builders';
import type { MigrationFixture } from '../../fixtures/prospects/migrations/fixture';
import { MIGRATION_FIXTURES } from '../../fixtures/prospects/migrations/index';
import { v1 } from '../../fixtures/prospects/migrations/v1';
import { v2 } from '../../fixtures/prospects/migrations/v2';
import { v3 } from '../../fixtures/prospects/migrations/v3';

let dbCount = 0;

/** A database built with only the versions up to `version`, holding `tables`, then closed. */
async function buildOldDatabase(version: number, tables: Record<string, readonly object[]>): Promise<string> {
  const name = `migration-v${version}-${++dbCount}`;
  const old = new Dexie(name, FAKE_IDB);
  declareVersions(old, version);
  await old.open();
  expect(old.verno).toBe(version);
  for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd([...rows]);
  old.close();
  return name;
}

async function upgraded(fixture: Pick<MigrationFixture, 'version' | 'tables'>): Promise<LinkscoutDb> {
  const db = new LinkscoutDb(await buildOldDatabase(fixture.version, fixture.tables), FAKE_IDB);
  await db.open();
  return db;
}

describe('upgrading a database from every earlier version', () => {
  it('has a fixture for every version before the latest', () => {
    const earlier = SCHEMA_VERSIONS.map((v) => v.version).filter((v) => v < LATEST_VERSION);
    expect(MIGRATION_FIXTURES.map((f) => f.version).sort((a, b) => a - b)).toEqual(earlier);
  });

  describe.each(MIGRATION_FIXTURES.map((f) => [f.version, f] as const))('from version %i', (_version, fixture) => {
    it('keeps every prospect, with its snapshots, in the current shape', async () => {
      const db = await upgraded(fixture);
      expect(db.verno).toBe(LATEST_VERSION);
      expect(await db.prospects.count()).toBe(fixture.expected.prospects.length);
      for (const expected of fixture.expected.prospects) {
        expect(await getProspect(db, expected.id)).toEqual(expected);
      }
      db.close();
    });

    it('keeps every authority row', async () => {
      const db = await upgraded(fixture);
      expect(await db.authority.orderBy('domain').toArray()).toEqual(
        [...fixture.expected.authority].sort((a, b) => a.domain.localeCompare(b.domain)),
      );
      db.close();
    });
  });
});

describe('version 1 → 2: snapshots move to their own table', () => {
  it('leaves lean prospect rows and one snapshot row per visit', async () => {
    const db = await upgraded(v1);
    const raw = await db.prospects.toArray();
    for (const row of raw) expect(row).not.toHaveProperty('snapshots');
    const visits = v1.expected.prospects.reduce((n, p) => n + p.snapshots.length, 0);
    expect(await db.snapshots.count()).toBe(visits);
    db.close();
  });

  it('makes the moved rows findable by text, accents folded, and sortable by title', async () => {
    const db = await upgraded(v1);
    expect(await queryProspectIds(db, { text: 'zoe' }, { key: 'lastChecked', dir: 'desc' })).toEqual([1]);
    expect(await queryProspectIds(db, { text: 'jardinage' }, { key: 'lastChecked', dir: 'desc' })).toEqual([1]);
    expect(await queryProspectIds(db, { text: 'newslet' }, { key: 'lastChecked', dir: 'desc' })).toEqual([2]);
    expect(await queryProspectIds(db, {}, { key: 'title', dir: 'asc' })).toEqual([2, 1, 5]);
    db.close();
  });

  it('moves every row of a large version 1 database, across upgrade chunks', async () => {
    const many: (Prospect & { id: number })[] = Array.from({ length: 1234 }, (_, i) => ({
      ...v1.expected.prospects[0]!,
      id: i + 1,
      url: `https://site${i}.example/page`,
      domain: `site${i}.example`,
      snapshots: i % 3 === 0 ? [] : [{ checkedAt: `2025-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`, toMySites: [], toCompetitors: [] }],
    }));
    const db = await upgraded({ version: 1, tables: { prospects: many } });
    expect(await db.prospects.count()).toBe(1234);
    expect(await db.snapshots.count()).toBe(many.filter((p) => p.snapshots.length).length);
    expect(await getProspect(db, 1234)).toEqual(many[1233]);
    expect((await getProspect(db, 1000))?.snapshots).toEqual(many[999]?.snapshots);
    db.close();
  });
});

describe('version 2 → 3: the dashboard reads an in-memory listing instead of per-field indexes', () => {
  it('finds, filters and sorts the upgraded rows as before', async () => {
    const db = await upgraded(v2);
    expect(await queryProspectIds(db, { text: 'helene' }, { key: 'lastChecked', dir: 'desc' })).toEqual([1]);
    expect(await queryProspectIds(db, { text: 'gart' }, { key: 'lastChecked', dir: 'desc' })).toEqual([4]);
    expect(await queryProspectIds(db, { tag: 'follow up' }, { key: 'lastChecked', dir: 'desc' })).toEqual([4]);
    expect(await queryProspectIds(db, {}, { key: 'title', dir: 'asc' })).toEqual([2, 1, 4]);
    expect(await queryProspectIds(db, {}, { key: 'status', dir: 'asc' })).toEqual([2, 1, 4]);
    db.close();
  });

  it('keeps the rows as they were stored and starts an empty change log that later writes fill', async () => {
    const db = await upgraded(v2);
    expect(await db.prospects.orderBy(':id').toArray()).toEqual(v2.tables['prospects']);
    expect(await db.changes.count()).toBe(0);
    expect(db.prospects.schema.indexes.map((i) => i.name)).toEqual(['url']);
    await updateProspect(db, 2, { notes: 'Asked the moderator' });
    expect((await db.changes.toArray()).map((c) => c.ids)).toEqual([[2]]);
    expect(await queryProspectIds(db, { text: 'moderator' }, { key: 'lastChecked', dir: 'desc' })).toEqual([2]);
    db.close();
  });
});

describe('version 3 → 4: addresses lose the newer tracking parameters (Google\'s srsltid…)', () => {
  it('merges a page saved twice into the row holding its bare address, keeping each visit once, and finds it by either address', async () => {
    const db = await upgraded(v3);
    expect(await db.prospects.get(2)).toBeUndefined();
    expect(await db.prospects.get(7)).toBeUndefined();
    expect(await db.snapshots.where('prospectId').equals(2).count()).toBe(0);
    expect((await db.snapshots.toArray()).map((s) => [s.id, s.prospectId])).toEqual([
      [1, 1],
      [2, 1],
      [4, 5],
    ]);
    expect((await findProspectByUrl(db, 'https://shop.example/desks/oak?srsltid=Other123'))?.id).toBe(1);
    expect((await findProspectByUrl(db, 'https://blog.example/tips?page=2&gbraid=1'))?.id).toBe(3);
    expect((await findProspectByUrl(db, 'https://x.example/a?gbraid=other'))?.id).toBe(6);
    db.close();
  });

  it('keeps the later of two status decisions when neither row held the bare address', async () => {
    const db = await upgraded(v3);
    expect((await getProspect(db, 6))?.status).toBe('contacted');
    db.close();
  });

  it('makes the merged row findable by its new words, not the tracking code', async () => {
    const db = await upgraded(v3);
    expect(await queryProspectIds(db, { text: 'google' }, { key: 'lastChecked', dir: 'desc' })).toEqual([1]);
    expect(await queryProspectIds(db, { text: 'afmboop9xyz' }, { key: 'lastChecked', dir: 'desc' })).toEqual([]);
    db.close();
  });
});
