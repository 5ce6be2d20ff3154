import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { AuthorityImport } from '@/components/options/AuthorityImport';
import { ProspectImport } from '@/components/options/ProspectImport';
import { importProspects } from '@/utils/prospects/bulk-io';
import { prospectsToCsv } from '@/utils/prospects/csv-export';
import { openDb, type LinkscoutDb } from '@/utils/prospects/db';
import type { Prospect } from '@/utils/prospects/types';
import { authorityCount } from '@/utils/settings/authority-store';
import { authorityImportItem } from '@/utils/settings/store';
import { click, get, mount, waitFor } from './render';

let dbCount = 0;
let view: ReturnType<typeof mount> | null = null;
let db: LinkscoutDb | null = null;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  view?.cleanup();
  view = null;
  db?.close();
  db = null;
});

function prospect(url: string, title: string): Prospect {
  return {
    url,
    domain: new URL(url).hostname,
    title,
    pageType: 'resource',
    verdict: 'strong',
    score: 70,
    reasons: ['Resource page'],
    status: 'new',
    notes: '',
    tags: [],
    contacts: { emails: [], contactPages: [], socialProfiles: [], author: null },
    snapshots: [],
    firstSeen: '2025-01-01T00:00:00.000Z',
    lastChecked: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
  };
}

/** Choose a file in a file input as the browser does. */
function chooseFile(input: HTMLInputElement, name: string, text: string, type: string) {
  const file = new File([text], name, { type });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const text = (root: ParentNode, id: string) => get(root, `[data-testid="${id}"]`).textContent ?? '';

describe('importing prospects', () => {
  it('previews what the file holds, writes nothing until confirmed, then reports what it did', async () => {
    db = openDb(`import-test-${++dbCount}`);
    const saved = prospect('https://saved.example.com/links', 'Already saved');
    await importProspects(db, [saved]);
    const fresh = prospect('https://new.example.org/resources', 'New one');
    const csv = prospectsToCsv([saved, fresh, { ...fresh, title: 'New one, seen twice' }]);
    view = mount(<ProspectImport db={db} />);
    chooseFile(get<HTMLInputElement>(view.root, '[data-testid="import-file"]'), 'linkscout-prospects.csv', csv, 'text/csv');

    await waitFor(() => get(view!.root, '[data-testid="import-preview"]'));
    expect(text(view.root, 'import-valid')).toBe('2 prospects to import');
    expect(text(view.root, 'import-existing')).toContain('1 of them already saved');
    expect(text(view.root, 'import-duplicates')).toContain('1 duplicate inside the file');
    expect(await db.prospects.count()).toBe(1);

    click(get(view.root, '[data-testid="import-confirm"]'));
    await waitFor(() => expect(text(view!.root, 'import-result')).toContain('1 added'));
    expect(await db.prospects.count()).toBe(2);
  });

  it('lists the rows it will skip, by row number', async () => {
    db = openDb(`import-test-${++dbCount}`);
    const csv = prospectsToCsv([prospect('https://ok.example.com/', 'Fine')]).replace('https://ok.example.com/', 'not a url');
    view = mount(<ProspectImport db={db} />);
    chooseFile(get<HTMLInputElement>(view.root, '[data-testid="import-file"]'), 'broken.csv', csv, 'text/csv');
    await waitFor(() => get(view!.root, '[data-testid="import-error-list"]'));
    expect(text(view.root, 'import-error-list')).toContain('Row 2');
    expect(get<HTMLButtonElement>(view.root, '[data-testid="import-confirm"]').disabled).toBe(true);
  });
});

describe('importing authority', () => {
  const CSV = 'Domain,DR,Organic traffic\nhttps://www.example.com/,55,1200\nnot a domain,3,4\nother.org,20,80\n';

  it('maps the columns it guessed, previews the rows and the errors, then replaces the import', async () => {
    db = openDb(`authority-test-${++dbCount}`);
    view = mount(<AuthorityImport db={db} />);
    await waitFor(() => expect(text(view!.root, 'authority-current')).toContain('unknown'));
    chooseFile(get<HTMLInputElement>(view.root, '[data-testid="authority-file"]'), 'ahrefs-export.csv', CSV, 'text/csv');

    await waitFor(() => get(view!.root, '[data-testid="authority-preview"]'));
    expect(get<HTMLSelectElement>(view.root, '[data-testid="authority-domain-column"]').value).toBe('Domain');
    const ticked = [...view.root.querySelectorAll<HTMLInputElement>('[data-testid="authority-metric"]')].filter((c) => c.checked).map((c) => c.dataset.column);
    expect(ticked).toEqual(['DR', 'Organic traffic']);
    expect(text(view.root, 'authority-preview')).toContain('example.com');
    expect(text(view.root, 'authority-errors')).toContain('Row 3');
    expect(await authorityCount(db)).toBe(0);

    click(get(view.root, '[data-testid="authority-import"]'));
    await waitFor(async () => expect(await authorityImportItem.getValue()).toMatchObject({ fileName: 'ahrefs-export.csv', rows: 2, metrics: ['DR', 'Organic traffic'] }));
    expect(await authorityCount(db)).toBe(2);
    await waitFor(() => expect(text(view!.root, 'authority-current')).toContain('ahrefs-export.csv'));
  });

  it('removes the import after a confirmation: authority becomes unknown', async () => {
    db = openDb(`authority-test-${++dbCount}`);
    view = mount(<AuthorityImport db={db} />);
    chooseFile(get<HTMLInputElement>(view.root, '[data-testid="authority-file"]'), 'moz.csv', CSV, 'text/csv');
    await waitFor(() => get(view!.root, '[data-testid="authority-preview"]'));
    click(get(view.root, '[data-testid="authority-import"]'));
    await waitFor(() => get(view!.root, '[data-testid="authority-remove"]'));

    click(get(view.root, '[data-testid="authority-remove"]'));
    expect(await authorityCount(db)).toBe(2); // nothing removed before the confirmation
    click(get(view.root, '[data-testid="authority-remove-confirm"]'));
    await waitFor(async () => expect(await authorityImportItem.getValue()).toBeNull());
    expect(await authorityCount(db)).toBe(0);
    await waitFor(() => expect(text(view!.root, 'authority-current')).toContain('unknown'));
  });
});
