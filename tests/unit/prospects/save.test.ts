import { describe, expect, it } from 'vitest';
import { updateProspect } from '@/utils/prospects/edit';
import { findProspectByUrl, getProspect, saveProspect } from '@/utils/prospects/save';
import { freshDb, link, snapshot, visit } from '../../fixtures/prospects/builders';

const FIRST = new Date('2025-03-01T10:00:00.000Z');
const LATER = new Date('2025-04-15T08:30:00.000Z');

describe('saveProspect', () => {
  it('keeps a page saved for its brand mentions an unlinked-mention prospect when it is saved again as a page', async () => {
    const db = freshDb('save-keeps-mention-type');
    await saveProspect(db, visit('https://news.example/story', { pageType: 'unlinked-mention' }), FIRST);
    const { prospect } = await saveProspect(db, visit('https://news.example/story', { pageType: 'article' }), LATER);
    expect(prospect.pageType).toBe('unlinked-mention');
  });

  it('creates a new prospect with status "new", its domain, dates and first snapshot', async () => {
    const db = freshDb('save-create');
    const { prospect, created } = await saveProspect(
      db,
      visit('https://Blog.Garden.example/links/?utm_source=x', { snapshot: snapshot(FIRST.toISOString(), [link('https://mysite.example/')]) }),
      FIRST,
    );
    expect(created).toBe(true);
    expect(prospect).toMatchObject({
      url: 'https://blog.garden.example/links',
      domain: 'garden.example',
      status: 'new',
      notes: '',
      tags: [],
      firstSeen: FIRST.toISOString(),
      lastChecked: FIRST.toISOString(),
      updatedAt: FIRST.toISOString(),
    });
    expect(prospect).not.toHaveProperty('snapshots');
    expect(prospect).not.toHaveProperty('words');
    const full = await getProspect(db, prospect.id);
    expect(full?.snapshots).toEqual([snapshot(FIRST.toISOString(), [link('https://mysite.example/')])]);
    db.close();
  });

  it("updates a re-saved page and keeps the user's status, notes, tags and first-seen date", async () => {
    const db = freshDb('save-resave');
    const first = await saveProspect(
      db,
      visit('https://garden.example/links', {
        contacts: { emails: ['ann@garden.example'], contactPages: [], socialProfiles: [], author: 'Ann' },
      }),
      FIRST,
    );
    await updateProspect(db, first.prospect.id, { status: 'contacted', notes: 'Emailed Ann', tags: ['gardening'] }, FIRST);

    const again = await saveProspect(
      db,
      visit('https://GARDEN.example/links/#top', {
        title: 'Garden links (updated)',
        pageType: 'listing',
        verdict: 'weak',
        score: 35,
        reasons: ['Links are nofollow now'],
        contacts: { emails: ['ANN@garden.example', 'bob@garden.example'], contactPages: ['https://garden.example/contact'], socialProfiles: [], author: null },
        snapshot: snapshot(LATER.toISOString()),
      }),
      LATER,
    );

    expect(again.created).toBe(false);
    expect(again.prospect.id).toBe(first.prospect.id);
    expect(again.prospect).toMatchObject({
      title: 'Garden links (updated)',
      pageType: 'listing',
      verdict: 'weak',
      score: 35,
      reasons: ['Links are nofollow now'],
      status: 'contacted',
      notes: 'Emailed Ann',
      tags: ['gardening'],
      firstSeen: FIRST.toISOString(),
      lastChecked: LATER.toISOString(),
      updatedAt: LATER.toISOString(),
      contacts: { emails: ['ann@garden.example', 'bob@garden.example'], contactPages: ['https://garden.example/contact'], socialProfiles: [], author: 'Ann' },
    });
    expect(await db.prospects.count()).toBe(1);
    const full = await getProspect(db, first.prospect.id);
    expect(full?.snapshots.map((s) => s.checkedAt)).toEqual([FIRST.toISOString(), LATER.toISOString()]);
    db.close();
  });

  it('stores the same visit saved twice (a double click, a retry) once', async () => {
    const db = freshDb('save-twice');
    const input = visit('https://garden.example/links');
    await saveProspect(db, input, FIRST);
    await saveProspect(db, input, FIRST);
    expect(await db.prospects.count()).toBe(1);
    expect(await db.snapshots.count()).toBe(1);
    db.close();
  });

  it('makes one row when two windows save the same new page at once', async () => {
    const db = freshDb('save-race');
    const results = await Promise.all([
      saveProspect(db, visit('https://garden.example/links'), FIRST),
      saveProspect(db, visit('https://garden.example/links?fbclid=1', { snapshot: snapshot(LATER.toISOString()) }), LATER),
    ]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(await db.prospects.count()).toBe(1);
    expect(await db.snapshots.count()).toBe(2);
    db.close();
  });

  it('keeps www. and bare domain apart as two pages of one domain', async () => {
    const db = freshDb('save-www');
    const a = await saveProspect(db, visit('https://www.garden.example/links'), FIRST);
    const b = await saveProspect(db, visit('https://garden.example/links'), FIRST);
    expect(b.created).toBe(true);
    expect([a.prospect.domain, b.prospect.domain]).toEqual(['garden.example', 'garden.example']);
    db.close();
  });

  it('refuses a page that is not http(s), with a sentence for the user, and stores nothing', async () => {
    const db = freshDb('save-refuse');
    await expect(saveProspect(db, visit('chrome://extensions/'))).rejects.toThrow('Only web pages (http or https) can be saved as prospects.');
    expect(await db.prospects.count()).toBe(0);
    db.close();
  });
});

describe('finding a saved prospect', () => {
  it('finds it by any spelling of its URL, and not a different page', async () => {
    const db = freshDb('save-find');
    const { prospect } = await saveProspect(db, visit('https://garden.example/links'), FIRST);
    expect((await findProspectByUrl(db, 'HTTPS://garden.example:443/links/?utm_campaign=spring#x'))?.id).toBe(prospect.id);
    expect(await findProspectByUrl(db, 'https://garden.example/other')).toBeNull();
    expect(await findProspectByUrl(db, 'about:blank')).toBeNull();
    db.close();
  });

  it('gets a prospect with its snapshots oldest first, and null for an id that does not exist', async () => {
    const db = freshDb('save-get');
    const { prospect } = await saveProspect(db, visit('https://garden.example/links', { snapshot: snapshot(LATER.toISOString()) }), LATER);
    // A visit recorded with an earlier time (a slow save finishing late) still sorts first.
    await saveProspect(db, visit('https://garden.example/links', { snapshot: snapshot(FIRST.toISOString()) }), LATER);
    const other = await saveProspect(db, visit('https://other.example/'), FIRST);
    const full = await getProspect(db, prospect.id);
    expect(full?.snapshots.map((s) => s.checkedAt)).toEqual([FIRST.toISOString(), LATER.toISOString()]);
    expect((await getProspect(db, other.prospect.id))?.snapshots).toHaveLength(1);
    expect(await getProspect(db, 12345)).toBeNull();
    db.close();
  });
});
