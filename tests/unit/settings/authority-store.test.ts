import { describe, expect, it } from 'vitest';
import { authorityCount, lookupAuthority, replaceAuthority } from '@/utils/settings/authority-store';
import type { AuthorityImportMeta, AuthorityRecord } from '@/utils/settings/types';
import { freshDb } from '../../fixtures/prospects/builders';

const META: AuthorityImportMeta = { importedAt: '2025-05-01T08:00:00.000Z', fileName: 'ahrefs-export.csv', rows: 3, metrics: ['DR', 'Traffic'] };

const RECORDS: AuthorityRecord[] = [
  { domain: 'garden.example', metrics: { DR: 42, Traffic: 12500 } },
  { domain: 'shop.garden.example', metrics: { DR: 30, Traffic: 800 } },
  { domain: 'example.co.uk', metrics: { DR: 71, Traffic: 380000 } },
  { domain: 'xn--bcher-kva.example', metrics: { DR: 8, Traffic: 90 } },
];

describe('the authority table', () => {
  it('replaces the previous import entirely', async () => {
    const db = freshDb('authority-replace');
    await replaceAuthority(db, RECORDS);
    expect(await authorityCount(db)).toBe(4);
    await replaceAuthority(db, [{ domain: 'new.example', metrics: { DR: 1 } }]);
    expect(await authorityCount(db)).toBe(1);
    expect(await db.authority.get('garden.example')).toBeUndefined();
    await replaceAuthority(db, []);
    expect(await authorityCount(db)).toBe(0);
    db.close();
  });

  it('keeps the previous import whole when the new one cannot be written', async () => {
    const db = freshDb('authority-atomic');
    await replaceAuthority(db, RECORDS);
    // A value IndexedDB cannot store fails the write after the table was cleared in the same transaction.
    const broken = [{ domain: 'a.example', metrics: { DR: 5 } }, { domain: 'b.example', metrics: { DR: (() => 1) as unknown as number } }];
    const err: unknown = await replaceAuthority(db, broken).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'DataCloneError' });
    expect(await authorityCount(db)).toBe(4);
    expect(await db.authority.get('a.example')).toBeUndefined();
    db.close();
  });

  it('stores domains in lower case, as lookups ask for them', async () => {
    const db = freshDb('authority-case');
    await replaceAuthority(db, [{ domain: ' Garden.Example ', metrics: { DR: 42 } }]);
    expect(await lookupAuthority(db, 'garden.example', META)).toMatchObject({ known: true, metrics: { DR: 42 } });
    db.close();
  });
});

describe('lookupAuthority', () => {
  it("finds a page host's registrable domain, with where the numbers came from", async () => {
    const db = freshDb('authority-lookup');
    await replaceAuthority(db, RECORDS);
    expect(await lookupAuthority(db, 'www.garden.example', META)).toEqual({
      known: true,
      domain: 'garden.example',
      metrics: { DR: 42, Traffic: 12500 },
      importedAt: META.importedAt,
      source: 'ahrefs-export.csv',
    });
    expect(await lookupAuthority(db, 'blog.example.co.uk', META)).toMatchObject({ known: true, domain: 'example.co.uk' });
    db.close();
  });

  it('prefers a subdomain the import lists on its own', async () => {
    const db = freshDb('authority-subdomain');
    await replaceAuthority(db, RECORDS);
    expect(await lookupAuthority(db, 'SHOP.garden.example.', META)).toMatchObject({ known: true, domain: 'shop.garden.example', metrics: { DR: 30 } });
    // Its www. form is the same site (the import keeps subdomains without www.).
    expect(await lookupAuthority(db, 'www.shop.garden.example', META)).toMatchObject({ known: true, domain: 'shop.garden.example' });
    db.close();
  });

  it('finds an internationalised host written in Unicode', async () => {
    const db = freshDb('authority-idn');
    await replaceAuthority(db, RECORDS);
    expect(await lookupAuthority(db, 'www.bücher.example', META)).toMatchObject({ known: true, domain: 'xn--bcher-kva.example' });
    db.close();
  });

  it('says unknown, with the reason, when nothing was imported', async () => {
    const db = freshDb('authority-none');
    expect(await lookupAuthority(db, 'garden.example', null)).toEqual({ known: false, domain: 'garden.example', reason: 'no import yet' });
    db.close();
  });

  it('says unknown, naming the file, for a domain not in the import', async () => {
    const db = freshDb('authority-missing');
    await replaceAuthority(db, RECORDS);
    expect(await lookupAuthority(db, 'www.unlisted.example', META)).toEqual({
      known: false,
      domain: 'unlisted.example',
      reason: 'unlisted.example is not in your import (ahrefs-export.csv)',
    });
    db.close();
  });
});
