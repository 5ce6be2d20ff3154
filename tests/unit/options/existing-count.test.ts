import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { countExisting } from '@/utils/options/existing-count';
import { openDb, type LinkscoutDb } from '@/utils/prospects/db';
import { saveProspect } from '@/utils/prospects/save';

let db: LinkscoutDb | null = null;
afterEach(() => db?.close());

const snapshot = { checkedAt: '2025-03-01T10:00:00.000Z', toMySites: [], toCompetitors: [] };
const save = (url: string) =>
  saveProspect(db!, { url, title: url, pageType: 'article', verdict: 'weak', score: 30, reasons: [], contacts: { emails: [], contactPages: [], socialProfiles: [], author: null }, snapshot });

describe('how many prospects of an import are already saved', () => {
  it('counts saved pages however their URL is written, once each, and ignores non-web URLs', async () => {
    db = openDb('existing-count-test');
    await save('https://saved.example.com/a');
    await save('https://saved.example.com/b');
    const urls = ['https://saved.example.com/a', 'HTTPS://SAVED.example.com/a', 'https://saved.example.com/b', 'https://new.example.com/', 'mailto:x@y.z'];
    expect(await countExisting(db, urls)).toBe(2);
  });

  it('answers for more URLs than one look-up chunk holds', async () => {
    db = openDb('existing-count-test-big');
    await save('https://saved.example.com/last');
    const urls = [...Array.from({ length: 4500 }, (_, i) => `https://new${i}.example.com/`), 'https://saved.example.com/last'];
    expect(await countExisting(db, urls)).toBe(1);
  });
});
