import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProspectDashboard } from '@/components/options/ProspectDashboard';
import { importProspects } from '@/utils/prospects/bulk-io';
import { openDb, type LinkscoutDb } from '@/utils/prospects/db';
import { saveProspect } from '@/utils/prospects/save';
import type { Prospect, ProspectInput, ProspectStatus } from '@/utils/prospects/types';
import { choose, click, get, mount, press, settle, waitFor } from './render';

let dbCount = 0;
let view: ReturnType<typeof mount> | null = null;
let db: LinkscoutDb | null = null;
// happy-dom has no layout: give the table's scroll box the height of a laptop screen's table,
// so the virtualiser sees a viewport (about ten rows) as in a browser.
const VIEWPORT = 640;
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.dataset.testid === 'prospect-table' ? VIEWPORT : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return this.dataset.testid === 'prospect-table' ? 1400 : 0;
  });
});
afterEach(async () => {
  view?.cleanup();
  view = null;
  db?.close();
  db = null;
});

const NO_CONTACTS = { emails: [], contactPages: [], socialProfiles: [], author: null };

function input(url: string, title: string): ProspectInput {
  return {
    url,
    title,
    pageType: 'resource',
    verdict: 'strong',
    score: 80,
    reasons: ['Resource page'],
    contacts: NO_CONTACTS,
    snapshot: { checkedAt: '2025-03-01T10:00:00.000Z', toMySites: [], toCompetitors: [] },
  };
}

function prospect(i: number, status: ProspectStatus = 'new'): Prospect {
  const day = new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(); // prospect i was checked i minutes after the first
  return {
    url: `https://site${i}.example.com/page`,
    domain: `site${i}.example.com`,
    title: `Page ${i}`,
    pageType: 'article',
    verdict: 'worth-a-look',
    score: i % 100,
    reasons: [],
    status,
    notes: '',
    tags: [],
    contacts: NO_CONTACTS,
    snapshots: [],
    firstSeen: day,
    lastChecked: day,
    updatedAt: day,
  };
}

async function open(seed: (db: LinkscoutDb) => Promise<unknown> = async () => {}, undoMs = 60_000) {
  db = openDb(`dashboard-test-${++dbCount}`);
  await seed(db);
  view = mount(<ProspectDashboard db={db} undoMs={undoMs} />);
  const root = view.root;
  const count = () => get(root, '[data-testid="prospect-count"]').textContent;
  const rows = () => [...root.querySelectorAll<HTMLElement>('[data-testid="prospect-row"]')];
  return { root, db, count, rows };
}

describe('the prospects dashboard', () => {
  it('explains how to save a prospect when there is none', async () => {
    const d = await open();
    await waitFor(() => expect(d.count()).toBe('0'));
    expect(get(d.root, '[data-testid="prospects-empty"]').textContent).toContain('Save page as Linkscout prospect');
  });

  it('shows a prospect saved from the popup while the page is open', async () => {
    const d = await open((db) => saveProspect(db, input('https://a.example.org/links', 'Useful links')));
    await waitFor(() => expect(d.rows().map((r) => r.dataset.url)).toEqual(['https://a.example.org/links']));
    await saveProspect(d.db, input('https://b.example.net/resources', 'More resources'));
    await waitFor(() => expect(d.count()).toBe('2'));
    await waitFor(() => expect(d.rows()).toHaveLength(2));
  });

  it('keeps only the rows in view in the page when thousands match', async () => {
    const d = await open((db) => importProspects(db, Array.from({ length: 2000 }, (_, i) => prospect(i))));
    await waitFor(() => expect(d.count()).toBe('2,000'));
    await waitFor(() => expect(d.rows().length).toBeGreaterThan(0));
    // The rows that fit in the viewport plus a few either side, not 2,000.
    expect(d.rows().length).toBeLessThanOrEqual(Math.ceil(VIEWPORT / 64) + 10); // + the overscan below the view
    expect(d.rows()[0]!.dataset.url).toBe('https://site1999.example.com/page'); // last checked first
  });

  it('narrows the list with a status chip', async () => {
    const d = await open((db) => importProspects(db, [prospect(1, 'won'), prospect(2, 'new'), prospect(3, 'won')]));
    await waitFor(() => expect(d.count()).toBe('3'));
    const chip = get(d.root, '[data-testid="filter-status-won"]');
    click(chip);
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(d.count()).toBe('2'));
    expect(d.root.textContent).toContain('of 3');
  });

  it('sorts by a header and says so to screen readers', async () => {
    const d = await open((db) => importProspects(db, [prospect(1), prospect(2), prospect(3)]));
    await waitFor(() => expect(d.rows()).toHaveLength(3));
    const titleHeader = get(d.root, '[data-testid="sort-title"]');
    click(titleHeader);
    expect(titleHeader.closest('[role="columnheader"]')!.getAttribute('aria-sort')).toBe('ascending');
    await waitFor(() => expect(d.rows().map((r) => r.dataset.url)).toEqual([1, 2, 3].map((i) => `https://site${i}.example.com/page`)));
    click(titleHeader);
    await waitFor(() => expect(d.rows().map((r) => r.dataset.url)).toEqual([3, 2, 1].map((i) => `https://site${i}.example.com/page`)));
  });

  it('saves a status chosen in a row', async () => {
    const d = await open((db) => saveProspect(db, input('https://a.example.org/links', 'Useful links')));
    await waitFor(() => expect(d.rows()).toHaveLength(1));
    choose(get<HTMLSelectElement>(d.root, '[data-testid="status-select"]'), 'contacted');
    await waitFor(async () => expect((await d.db.prospects.toArray())[0]?.status).toBe('contacted'));
  });

  it('deletes the selected prospects and brings them back with Undo', async () => {
    const d = await open((db) => importProspects(db, [prospect(1), prospect(2), prospect(3)]));
    await waitFor(() => expect(d.rows()).toHaveLength(3));
    const boxes = () => d.rows().map((r) => r.querySelector<HTMLInputElement>('input[type="checkbox"]')!);
    click(boxes()[0]!);
    click(boxes()[2]!, { shiftKey: true });
    expect(get(d.root, '[data-testid="selected-count"]').textContent).toBe('3 prospects selected');
    click(get(d.root, '[data-testid="bulk-delete"]'));
    await waitFor(() => expect(d.count()).toBe('0'));
    click(get(d.root, '[data-testid="undo"]'));
    await waitFor(() => expect(d.count()).toBe('3'));
  });

  it('marks the selected prospects with one status and undoes it', async () => {
    const d = await open((db) => importProspects(db, [prospect(1, 'new'), prospect(2, 'replied')]));
    await waitFor(() => expect(d.rows()).toHaveLength(2));
    click(get(d.root, '[data-testid="select-all"]'));
    choose(get<HTMLSelectElement>(d.root, '[data-testid="bulk-status"]'), 'lost');
    await waitFor(async () => expect((await d.db.prospects.toArray()).map((p) => p.status)).toEqual(['lost', 'lost']));
    expect(get(d.root, '[data-testid="undo-toast"]').textContent).toContain('2 prospects marked Lost');
    click(get(d.root, '[data-testid="undo"]'));
    await waitFor(async () => expect((await d.db.prospects.toArray()).map((p) => p.status).sort()).toEqual(['new', 'replied']));
  });

  it('moves between rows with the arrow keys, selects with Space and opens the details with Enter', async () => {
    const d = await open((db) => importProspects(db, [prospect(1), prospect(2), prospect(3)]));
    await waitFor(() => expect(d.rows()).toHaveLength(3));
    const focused = () => (document.activeElement as HTMLElement | null)?.dataset.url;
    expect(d.rows().filter((r) => r.tabIndex === 0)).toHaveLength(1); // one Tab stop for the whole table
    d.rows()[0]!.focus();
    press(d.rows()[0]!, 'ArrowDown');
    await waitFor(() => expect(focused()).toBe('https://site2.example.com/page'));
    press(document.activeElement!, ' ');
    expect(get(d.root, '[data-testid="selected-count"]').textContent).toBe('1 prospect selected');
    press(document.activeElement!, 'End');
    await waitFor(() => expect(focused()).toBe('https://site1.example.com/page'));
    press(document.activeElement!, 'Enter');
    await waitFor(() => expect(get(d.root, '[data-testid="prospect-details"]').textContent).toContain('Page 1'));
  });

  it('is a grid whose rows and cells a screen reader can move through', async () => {
    const d = await open((db) => importProspects(db, [prospect(1), prospect(2)]));
    await waitFor(() => expect(d.rows()).toHaveLength(2));
    const grid = get(d.root, '[role="grid"]');
    expect(grid.getAttribute('aria-rowcount')).toBe('3');
    expect(d.root.querySelector('[role="table"], [role="cell"]')).toBeNull();
    expect(d.rows()[0]!.getAttribute('role')).toBe('row');
    expect(d.rows()[0]!.querySelectorAll('[role="gridcell"]')).toHaveLength(10);
  });

  it('says how many are selected, and that the details opened, in live regions that were there before', async () => {
    const d = await open((db) => importProspects(db, [prospect(1), prospect(2)]));
    await waitFor(() => expect(d.rows()).toHaveLength(2));
    const selected = get(d.root, '[data-testid="selection-status"]');
    const details = get(d.root, '[data-testid="details-status"]');
    expect(selected.getAttribute('role')).toBe('status');
    expect(selected.textContent).toBe('');
    expect(details.textContent).toBe('');
    click(d.rows()[0]!.querySelector('input[type="checkbox"]')!);
    expect(get(d.root, '[data-testid="selection-status"]')).toBe(selected);
    expect(selected.textContent).toBe('1 prospect selected');
    press(d.rows()[1]!, 'Enter');
    expect(get(d.root, '[data-testid="details-status"]')).toBe(details);
    expect(details.textContent).toBe('Details of Page 1 shown beside the table');
  });

  it('puts the focus on Undo after a Delete, keeps the toast while it is held, and brings the focus back to the table after Undo', async () => {
    const d = await open((db) => importProspects(db, [prospect(1), prospect(2)]), 300);
    await waitFor(() => expect(d.rows()).toHaveLength(2));
    click(d.rows()[0]!.querySelector('input[type="checkbox"]')!);
    const del = get<HTMLButtonElement>(d.root, '[data-testid="bulk-delete"]');
    del.focus();
    click(del);
    await waitFor(() => expect(document.activeElement?.getAttribute('data-testid')).toBe('undo'));
    const toast = get(d.root, '[data-testid="undo-toast"]');
    toast.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await settle(600);
    expect(d.root.querySelector('[data-testid="undo-toast"]')).not.toBeNull();
    click(get(d.root, '[data-testid="undo"]'));
    await waitFor(() => expect(d.count()).toBe('2'));
    await waitFor(() => expect((document.activeElement as HTMLElement | null)?.dataset.testid).toBe('prospect-row'));
  });

  it('puts the focus back on the row after the details are closed', async () => {
    const d = await open((db) => importProspects(db, [prospect(1), prospect(2)]));
    await waitFor(() => expect(d.rows()).toHaveLength(2));
    press(d.rows()[1]!, 'Enter');
    const close = [...get(d.root, '[data-testid="prospect-details"]').querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Close')!;
    close.focus();
    click(close);
    await waitFor(() => expect((document.activeElement as HTMLElement | null)?.dataset.url).toBe('https://site1.example.com/page'));
    expect(d.root.querySelector('[data-testid="prospect-details"]')).toBeNull();
  });
});
