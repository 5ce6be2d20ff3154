import { describe, expect, it } from 'vitest';
import { importProspects } from '@/utils/prospects/bulk-io';
import type { LinkscoutDb } from '@/utils/prospects/db';
import { allDomains, allTags, countProspects, getRows, queryProspectIds, type ProspectFilter, type ProspectSortKey } from '@/utils/prospects/query';
import { withIndexFields } from '@/utils/prospects/records';
import { PROSPECT_STATUSES, type ProspectRow, type ProspectType } from '@/utils/prospects/types';
import { VERDICT_LABELS } from '@/utils/scoring/types';
import { freshDb, prospect } from '../../fixtures/prospects/builders';

/** Five prospects that differ on every filter and sort (ids 1–5 in this order). */
const DASHBOARD = [
  prospect('https://garden.example/links', {
    title: 'Useful links for gardeners', status: 'new', pageType: 'resource', verdict: 'strong', score: 80,
    tags: ['SEO', 'gardening'], notes: 'Ask about the spring guide',
    firstSeen: '2025-01-01T00:00:00.000Z', lastChecked: '2025-03-01T00:00:00.000Z',
  }),
  prospect('https://www.garden.example/blog/seo-tips', {
    title: 'apple pruning – SEO tips', status: 'contacted', pageType: 'article', verdict: 'worth-a-look', score: 60,
    tags: ['seo'], firstSeen: '2025-01-03T00:00:00.000Z', lastChecked: '2025-03-05T00:00:00.000Z',
  }),
  prospect('https://café.example/menu', {
    title: 'Élan café menu', status: 'won', pageType: 'other', verdict: 'weak', score: 30,
    notes: 'Zoë owns it', firstSeen: '2025-01-02T00:00:00.000Z', lastChecked: '2025-02-01T00:00:00.000Z',
  }),
  prospect('https://tools.example.org/directory', {
    title: 'Banana directory of tools', status: 'ignored', pageType: 'directory', verdict: 'avoid', score: 10,
    tags: ['spam'], firstSeen: '2025-01-04T00:00:00.000Z', lastChecked: '2025-03-03T00:00:00.000Z',
  }),
  prospect('https://forum.example.net/t/123', {
    title: 'Zebra forum thread', status: 'replied', pageType: 'forum', verdict: 'worth-a-look', score: 55,
    tags: ['Outreach'], firstSeen: '2025-01-05T00:00:00.000Z', lastChecked: '2025-02-15T00:00:00.000Z',
  }),
];

async function dashboard(label: string): Promise<LinkscoutDb> {
  const db = freshDb(label);
  await importProspects(db, DASHBOARD);
  return db;
}

const NEWEST_FIRST = { key: 'lastChecked', dir: 'desc' } as const;

describe('sorting the dashboard', () => {
  it.each<[ProspectSortKey, 'asc' | 'desc', number[]]>([
    ['lastChecked', 'desc', [2, 4, 1, 5, 3]],
    ['lastChecked', 'asc', [3, 5, 1, 4, 2]],
    ['firstSeen', 'asc', [1, 3, 2, 4, 5]],
    ['score', 'desc', [1, 2, 5, 3, 4]],
    ['domain', 'asc', [5, 4, 1, 2, 3]],
    ['domain', 'desc', [3, 2, 1, 4, 5]],
    // Case and accents don't scatter titles: apple, Banana, Élan, Useful, Zebra.
    ['title', 'asc', [2, 4, 3, 1, 5]],
    ['title', 'desc', [5, 1, 3, 4, 2]],
    // Pipeline order (new → contacted → replied → won → lost → ignored), not alphabetical.
    ['status', 'asc', [1, 2, 5, 3, 4]],
    ['status', 'desc', [4, 3, 5, 2, 1]],
  ])('by %s %s', async (key, dir, expected) => {
    const db = await dashboard(`query-sort-${key}-${dir}`);
    expect(await queryProspectIds(db, {}, { key, dir })).toEqual(expected);
    db.close();
  });

  it('a page never judged (imported from a list: no reasons) matches no verdict chip and sorts below every score', async () => {
    const db = await dashboard('query-not-judged');
    await importProspects(db, [prospect('https://plain-list.example/', { verdict: 'worth-a-look', score: 0, reasons: [] })]);
    expect(await queryProspectIds(db, { verdict: ['worth-a-look'] }, NEWEST_FIRST)).toEqual([2, 5]);
    expect((await queryProspectIds(db, {}, { key: 'score', dir: 'desc' })).at(-1)).toBe(6);
    expect((await queryProspectIds(db, {}, { key: 'score', dir: 'asc' }))[0]).toBe(6);
    db.close();
  });

  it('keeps rows with equal keys in a stable order (by id, reversed when descending)', async () => {
    const db = await dashboard('query-sort-ties');
    // Every fixture row has the same updatedAt.
    expect(await queryProspectIds(db, {}, { key: 'updatedAt', dir: 'asc' })).toEqual([1, 2, 3, 4, 5]);
    expect(await queryProspectIds(db, {}, { key: 'updatedAt', dir: 'desc' })).toEqual([5, 4, 3, 2, 1]);
    db.close();
  });
});

describe('filtering the dashboard', () => {
  it.each<[string, ProspectFilter, number[]]>([
    ['statuses', { status: ['contacted', 'replied'] }, [2, 5]],
    ['page types', { pageType: ['article', 'forum'] }, [2, 5]],
    ['verdict', { verdict: ['worth-a-look'] }, [2, 5]],
    ['a tag, whatever its case', { tag: 'seo' }, [2, 1]],
    ['a tag typed in capitals', { tag: 'OUTREACH' }, [5]],
    ['a domain typed with www.', { domain: 'www.garden.example' }, [2, 1]],
    ['a domain pasted as a URL', { domain: 'https://Garden.example/links' }, [2, 1]],
    ['an accented word typed without accents', { text: 'zoe' }, [3]],
    ['a word of the title with its accent folded', { text: 'Cafe' }, [3]],
    ['a half-typed last word', { text: 'gard' }, [2, 1]],
    ['a word of the URL path', { text: '123' }, [5]],
    ['every typed word must match', { text: 'spring gui' }, [1]],
    ['a finished word is not a prefix', { text: 'tip ' }, []],
    ['words of tags', { text: 'spam' }, [4]],
    ['several filters at once', { status: ['new', 'contacted'], tag: 'SEO', text: 'tips' }, [2]],
    ['empty lists and blank text mean any', { status: [], pageType: [], verdict: [], tag: ' ', domain: '', text: '  ' }, [2, 4, 1, 5, 3]],
    ['a tag nobody uses', { tag: 'nothing' }, []],
  ])('by %s', async (_case, filter, expected) => {
    const db = await dashboard('query-filter');
    expect(await queryProspectIds(db, filter, NEWEST_FIRST)).toEqual(expected);
    db.close();
  });
});

/** What a dashboard row holds: the contract's ProspectRow, nothing stored only for the indexes. */
const ROW_KEYS = [
  'contacts', 'domain', 'firstSeen', 'id', 'lastChecked', 'notes', 'pageType', 'reasons', 'score', 'status', 'tags', 'title', 'updatedAt', 'url', 'verdict',
];

describe('reading rows and lists for the dashboard', () => {
  it('gets rows in the order asked, skipping ids deleted meanwhile, without index fields or snapshots', async () => {
    const db = await dashboard('query-rows');
    const rows = await getRows(db, [4, 99, 2]);
    expect(rows.map((r) => r.id)).toEqual([4, 2]);
    expect(rows[1]?.title).toBe('apple pruning – SEO tips');
    for (const r of rows) expect(Object.keys(r).sort()).toEqual(ROW_KEYS);
    db.close();
  });

  it('counts prospects', async () => {
    const db = await dashboard('query-count');
    expect(await countProspects(db)).toBe(5);
    db.close();
  });

  it('lists each tag once whatever its case, alphabetically', async () => {
    const db = await dashboard('query-tags');
    expect(await allTags(db)).toEqual(['gardening', 'Outreach', 'SEO', 'spam']);
    db.close();
  });

  it('suggests domains by prefix, each once, up to a limit', async () => {
    const db = await dashboard('query-domains');
    expect(await allDomains(db)).toEqual(['example.net', 'example.org', 'garden.example', 'xn--caf-dma.example']);
    expect(await allDomains(db, 'Ex')).toEqual(['example.net', 'example.org']);
    expect(await allDomains(db, 'garden')).toEqual(['garden.example']);
    expect(await allDomains(db, '', 1)).toEqual(['example.net']);
    // garden.example has two prospects: the limit counts domains, not rows.
    expect(await allDomains(db, '', 4)).toEqual(['example.net', 'example.org', 'garden.example', 'xn--caf-dma.example']);
    db.close();
  });
});

describe('a dashboard query on 100,000 prospects', () => {
  const N = 100_000;
  const TYPES: ProspectType[] = ['resource', 'article', 'listing', 'forum', 'directory', 'guest-post', 'other'];
  const base = Date.parse('2024-01-01T00:00:00.000Z');
  // 7919 is prime to 100,000, so every row gets its own lastChecked, in a scrambled order.
  const rows: Omit<ProspectRow, 'id'>[] = Array.from({ length: N }, (_, i) => {
    const checked = new Date(base + ((i * 7919) % N) * 60_000).toISOString();
    return {
      url: `https://site${i % 1000}.example/page-${i}`,
      domain: `site${i % 1000}.example`,
      title: `Page ${i}`,
      pageType: TYPES[i % TYPES.length]!,
      verdict: VERDICT_LABELS[i % VERDICT_LABELS.length]!,
      score: (i * 37) % 101,
      // Judged, as every saved page is (its verdict has reasons).
      reasons: ['A reason'],
      status: PROSPECT_STATUSES[i % PROSPECT_STATUSES.length]!,
      notes: i % 11 === 0 ? 'Asked for a guest post' : '',
      tags: i % 5 === 0 ? ['Outreach'] : [],
      contacts: { emails: [], contactPages: [], socialProfiles: [], author: null },
      firstSeen: checked,
      lastChecked: checked,
      updatedAt: checked,
    };
  });

  it('answers a filtered, sorted query with the right ids', { timeout: 120_000 }, async () => {
    const db = freshDb('query-100k');
    for (let i = 0; i < N; i += 10_000) await db.prospects.bulkAdd(rows.slice(i, i + 10_000).map(withIndexFields));
    expect(await countProspects(db)).toBe(N);

    const filter: ProspectFilter = { status: ['replied', 'won'], verdict: ['strong', 'weak'], tag: 'outreach', text: 'guest po' };
    const ids = await queryProspectIds(db, filter, { key: 'lastChecked', dir: 'desc' });

    // The same question answered the slow way, over every row in memory.
    const expected = rows
      .map((r, i) => ({ ...r, id: i + 1 }))
      .filter((r) => ['replied', 'won'].includes(r.status) && ['strong', 'weak'].includes(r.verdict))
      .filter((r) => r.tags.includes('Outreach') && r.notes.includes('guest post'))
      .sort((a, b) => (a.lastChecked < b.lastChecked ? 1 : -1))
      .map((r) => r.id);
    expect(expected.length).toBeGreaterThan(100);
    expect(ids).toEqual(expected);

    const page = await getRows(db, ids.slice(0, 50));
    expect(page.map((r) => r.id)).toEqual(expected.slice(0, 50));
    db.close();
  });
});
