import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LinkscoutDb } from '@/utils/prospects/db';
import { ProspectError } from '@/utils/prospects/prospect-error';
import { describeStorageError, requestPersistence, storageUsage } from '@/utils/prospects/storage-health';
import { freshDb } from '../../fixtures/prospects/builders';

const dom = (name: string) => new DOMException('The operation failed', name);

const QUOTA = "Your browser's storage for Linkscout is full: nothing was saved and nothing stored was lost. Free space or export and delete old prospects.";
const UNAVAILABLE = "Linkscout can't use your browser's storage here: it may be a private window, or site data may be blocked in the browser's settings. Prospects can't be saved until storage is available.";

describe('describeStorageError: a sentence for every storage failure', () => {
  it('says the storage is full for a QuotaExceededError, however deeply Dexie wrapped it', () => {
    expect(describeStorageError(dom('QuotaExceededError'))).toBe(QUOTA);
    expect(describeStorageError(new Dexie.AbortError('Transaction aborted', dom('QuotaExceededError')))).toBe(QUOTA);
    const bulk = new Dexie.BulkError('2 of 500 operations failed', { 3: dom('QuotaExceededError'), 7: dom('QuotaExceededError') });
    expect(describeStorageError(new Dexie.AbortError('Transaction aborted', bulk))).toBe(QUOTA);
    expect(describeStorageError(new Error('write failed', { cause: dom('QuotaExceededError') }))).toBe(QUOTA);
  });

  it("says storage can't be used in a private window (Firefox InvalidStateError, others UnknownError)", () => {
    expect(describeStorageError(new Dexie.OpenFailedError(dom('InvalidStateError')))).toBe(UNAVAILABLE);
    expect(describeStorageError(new Dexie.OpenFailedError(dom('UnknownError')))).toBe(UNAVAILABLE);
  });

  it('says so when the browser has no IndexedDB at all', async () => {
    // No fake-indexeddb here: this test file's environment has no IndexedDB.
    const db = new LinkscoutDb('storage-health-no-idb');
    const err: unknown = await db.open().then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ name: 'MissingAPIError' });
    expect(describeStorageError(err)).toBe(UNAVAILABLE);
  });

  it('says the data is from a newer Linkscout on a VersionError', () => {
    expect(describeStorageError(new Dexie.OpenFailedError(dom('VersionError')))).toBe(
      'Your saved prospects were written by a newer version of Linkscout. Update the extension to open them; nothing was changed.',
    );
  });

  it("says to close Linkscout's other tabs when an upgrade is blocked by them", () => {
    expect(describeStorageError(new Event('blocked'))).toMatch(/another of its tabs or windows still has the old version open/);
  });

  it('says to reload when another tab upgraded the database', () => {
    expect(describeStorageError(new Dexie.VersionChangeError('Database version changed by other database connection'))).toMatch(/updated in another tab or window. Reload/);
  });

  it('says to reload after the database was closed', async () => {
    const db = freshDb('storage-health-closed');
    await db.open();
    db.close();
    const err: unknown = await db.prospects.count().catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'DatabaseClosedError' });
    expect(describeStorageError(err)).toMatch(/^Linkscout's storage was closed.*Reload this page/);
  });

  it("says the storage couldn't be opened for another open failure", () => {
    expect(describeStorageError(new Dexie.OpenFailedError(new Error('disk I/O')))).toMatch(/^Linkscout couldn't open its storage/);
  });

  it('names the cause of an aborted transaction, and says nothing was saved when there is none', () => {
    expect(describeStorageError(new Dexie.AbortError('Transaction aborted', dom('ConstraintError')))).toBe(
      'That page is already saved as a prospect; nothing was changed.',
    );
    expect(describeStorageError(new Dexie.AbortError('Transaction aborted'))).toBe(
      'The browser stopped the change before it was stored, so nothing was saved. Try again.',
    );
  });

  it("passes the data layer's own sentences through unchanged", () => {
    expect(describeStorageError(new ProspectError('Only web pages (http or https) can be saved as prospects.'))).toBe(
      'Only web pages (http or https) can be saved as prospects.',
    );
  });

  it('falls back to a general sentence with the detail for anything else', () => {
    expect(describeStorageError(new TypeError('x is undefined'))).toBe(
      "Linkscout couldn't read or write its storage (x is undefined). Try again; nothing stored was changed.",
    );
    expect(describeStorageError('nope')).toBe("Linkscout couldn't read or write its storage. Try again; nothing stored was changed.");
    expect(describeStorageError(null)).toBe("Linkscout couldn't read or write its storage. Try again; nothing stored was changed.");
  });

  it('survives an error that contains itself', () => {
    const loop: { name: string; message: string; inner?: unknown } = { name: 'Error', message: 'loop' };
    loop.inner = loop;
    expect(describeStorageError(loop)).toMatch(/\(loop\)/);
  });
});

describe('storageUsage and requestPersistence', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("reports the browser's estimate and whether storage is persisted", async () => {
    vi.stubGlobal('navigator', {
      storage: {
        estimate: () => Promise.resolve({ usage: 1_200_000, quota: 50_000_000 }),
        persisted: () => Promise.resolve(true),
        persist: () => Promise.resolve(true),
      },
    });
    expect(await storageUsage()).toEqual({ usage: 1_200_000, quota: 50_000_000, persisted: true });
    expect(await requestPersistence()).toBe(true);
  });

  it('reports nulls and false where the browser has no StorageManager', async () => {
    vi.stubGlobal('navigator', {});
    expect(await storageUsage()).toEqual({ usage: null, quota: null, persisted: null });
    expect(await requestPersistence()).toBe(false);
  });

  it('reports nulls when the browser refuses to tell (some private windows), and false when persistence is refused', async () => {
    vi.stubGlobal('navigator', {
      storage: {
        estimate: () => Promise.reject(dom('SecurityError')),
        persisted: () => Promise.reject(dom('SecurityError')),
        persist: () => Promise.reject(dom('SecurityError')),
      },
    });
    expect(await storageUsage()).toEqual({ usage: null, quota: null, persisted: null });
    expect(await requestPersistence()).toBe(false);
  });
});
