import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { importProspects } from '@/utils/prospects/bulk-io';
import { CHANGES_KEPT } from '@/utils/prospects/change-log';
import { LinkscoutDb } from '@/utils/prospects/db';
import { deleteProspects, setStatuses, updateProspect } from '@/utils/prospects/edit';
import { allDomains, allTags, queryProspectIds } from '@/utils/prospects/query';
import { saveProspect } from '@/utils/prospects/save';
import { FAKE_IDB, freshDb, prospect, visit } from '../../fixtures/prospects/builders';

/**
 * The dashboard answers from a listing held in memory by the page; these check that it never
 * shows a stale answer, whoever wrote: another connection (the background saving a visit),
 * a bulk change, a clear, or more writes than the change log keeps.
 */

const BY_DATE = { key: 'lastChecked', dir: 'desc' } as const;
const SAVED = new Date('2025-03-01T10:00:00.000Z');

/** A second connection to the same database, as the background or another tab has. */
function otherWindow(db: LinkscoutDb): LinkscoutDb {
  return new LinkscoutDb(db.name, FAKE_IDB);
}

async function until<T>(read: () => T, check: (value: T) => boolean, timeoutMs = 3000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = read();
    if (check(value)) return value;
    if (Date.now() - start > timeoutMs) return value;
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('the dashboard listing', () => {
  it('sees what another window saves, edits and deletes', async () => {
    const dashboard = freshDb('listing-other-window');
    const background = otherWindow(dashboard);
    const a = (await saveProspect(dashboard, visit('https://a.example/'), SAVED)).prospect.id;
    expect(await queryProspectIds(dashboard, {}, BY_DATE)).toEqual([a]);

    const b = (await saveProspect(background, visit('https://b.example/', { title: 'Rhubarb growers' }), new Date('2025-03-02T10:00:00.000Z'))).prospect.id;
    expect(await queryProspectIds(dashboard, {}, BY_DATE)).toEqual([b, a]);
    expect(await queryProspectIds(dashboard, { text: 'rhubarb' }, BY_DATE)).toEqual([b]);

    await updateProspect(background, a, { status: 'won', tags: ['Partner'] });
    expect(await queryProspectIds(dashboard, { status: ['won'] }, BY_DATE)).toEqual([a]);
    expect(await allTags(dashboard)).toEqual(['Partner']);

    await deleteProspects(background, [b]);
    expect(await queryProspectIds(dashboard, {}, BY_DATE)).toEqual([a]);
    expect(await allDomains(dashboard)).toEqual(['a.example']);
    dashboard.close();
    background.close();
  });

  it('is read again in full when it fell further behind than the change log keeps', async () => {
    const dashboard = freshDb('listing-pruned-log');
    const background = otherWindow(dashboard);
    const id = (await saveProspect(dashboard, visit('https://a.example/'), SAVED)).prospect.id;
    const other = (await saveProspect(dashboard, visit('https://b.example/'), SAVED)).prospect.id;
    expect(await queryProspectIds(dashboard, { status: ['replied'] }, BY_DATE)).toEqual([]);

    // Each edit is its own write; the last one leaves `a` replied, and the log is pruned meanwhile.
    for (let i = 0; i < CHANGES_KEPT + 150; i++) await updateProspect(background, other, { notes: `note ${i}` });
    await updateProspect(background, id, { status: 'replied' });
    expect(await background.changes.count()).toBeLessThanOrEqual(CHANGES_KEPT + 101);

    expect(await queryProspectIds(dashboard, { status: ['replied'] }, BY_DATE)).toEqual([id]);
    expect(await queryProspectIds(dashboard, { text: `note ${CHANGES_KEPT + 149} ` }, BY_DATE)).toEqual([other]);
    dashboard.close();
    background.close();
  });

  it('follows a bulk change of most rows, and a cleared table', { timeout: 30_000 }, async () => {
    const db = freshDb('listing-bulk');
    await importProspects(db, Array.from({ length: 1500 }, (_, i) => prospect(`https://site${i}.example/`)));
    expect(await queryProspectIds(db, { status: ['lost'] }, BY_DATE)).toEqual([]);
    const all = await queryProspectIds(db, {}, BY_DATE);
    await setStatuses(db, all, 'lost');
    expect(await queryProspectIds(db, { status: ['lost'] }, BY_DATE)).toHaveLength(1500);
    await db.prospects.clear();
    expect(await queryProspectIds(db, {}, BY_DATE)).toEqual([]);
    db.close();
  });

  it('makes a live dashboard query answer again after a write, also when several started together', async () => {
    const db = freshDb('listing-live');
    const first = (await saveProspect(db, visit('https://a.example/', { title: 'Apple orchards' }), SAVED)).prospect.id;
    let ids: number[] = [];
    let tags: string[] = [];
    // The dashboard subscribes to ids, tags and domains at once, before the listing was read.
    const subs = [
      liveQuery(() => queryProspectIds(db, {}, BY_DATE)).subscribe((v) => (ids = v)),
      liveQuery(() => allTags(db)).subscribe((v) => (tags = v)),
    ];
    expect(await until(() => ids, (v) => v.length === 1)).toEqual([first]);

    const second = (await saveProspect(db, visit('https://b.example/'), new Date('2025-03-02T10:00:00.000Z'))).prospect.id;
    expect(await until(() => ids, (v) => v.length === 2)).toEqual([second, first]);
    await updateProspect(db, first, { tags: ['Orchard'] });
    expect(await until(() => tags, (v) => v.length === 1)).toEqual(['Orchard']);
    for (const s of subs) s.unsubscribe();
    db.close();
  });
});
