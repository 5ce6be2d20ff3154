import type { Dexie, Transaction } from 'dexie';
import { moveSnapshotsToTheirTable } from './schema-v2';
import { renormaliseAddresses } from './schema-v4';

/**
 * Every version of the database, oldest first. IndexedDB upgrades step by step from whatever
 * version a browser holds, so no version is ever removed or edited once released: a change is
 * one new entry here (its stores and, when rows must be rewritten, an upgrade) plus a fixture in
 * tests/fixtures/prospects/migrations/ that the migration test opens with the current code.
 *
 * History:
 * 1. Prospects with their snapshots inline; authority rows keyed by domain.
 * 2. Snapshots move to their own table, so the dashboard reads lean rows even at 100,000
 *    prospects; the multi-entry `words` index (text search) and `sortTitle` (title sort that
 *    ignores case and accents) are added, replacing the plain `title` index.
 * 3. The dashboard answers its queries from an in-memory listing (listing.ts) instead of the
 *    per-field indexes: measured in Chromium at 100,000 rows, reading one index in full took
 *    about 0.9 s and every index entry made each write slower (docs/performance.md). Only the
 *    unique `url` index stays; the `changes` log (change-log.ts) tells a listing which rows a
 *    write touched. Rows keep their `words` and `sortTitle` fields, now read by the listing, so
 *    no row is rewritten.
 * 4. Addresses are normalised again with more tracking parameters dropped (Google's `srsltid`…):
 *    rows that now share an address are merged (schema-v4.ts). No store changes.
 */
export interface SchemaVersion {
  version: number;
  /** Dexie store specs of the tables this version adds or changes (null deletes a table). */
  stores: Record<string, string | null>;
  /** Rewrites the rows written under the previous version. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      prospects: '++id, &url, domain, status, pageType, verdict, *tags, lastChecked, firstSeen, updatedAt, score, title',
      authority: 'domain',
    },
  },
  {
    version: 2,
    stores: {
      prospects:
        '++id, &url, domain, status, pageType, verdict, *tags, lastChecked, firstSeen, updatedAt, score, sortTitle, *words',
      snapshots: '++id, [prospectId+checkedAt]',
    },
    upgrade: moveSnapshotsToTheirTable,
  },
  {
    version: 3,
    stores: {
      prospects: '++id, &url',
      changes: '++seq',
    },
  },
  {
    version: 4,
    stores: {},
    upgrade: renormaliseAddresses,
  },
];

export const LATEST_VERSION: number = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 0;

/**
 * Declares the versions up to `upTo` on a Dexie instance. The app declares them all; the
 * migration test stops at an older one to build a database as that release left it.
 */
export function declareVersions(db: Dexie, upTo: number = LATEST_VERSION): void {
  for (const v of SCHEMA_VERSIONS) {
    if (v.version > upTo) break;
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}
