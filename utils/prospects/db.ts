import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { AuthorityRecord } from '../settings/types';
import { changeLogMiddleware, type ChangeRecord } from './change-log';
import type { ProspectRecord, SnapshotRecord } from './records';
import { declareVersions } from './schema';

/**
 * Linkscout's IndexedDB database: prospects (lean rows), their link snapshots, the imported
 * authority table, and the log of which prospects changed. Opened only by the background and
 * extension pages, never by a content script (a page's origin must not see it). Versions:
 * schema.ts.
 */
export class LinkscoutDb extends Dexie {
  prospects!: EntityTable<ProspectRecord, 'id'>;
  snapshots!: EntityTable<SnapshotRecord, 'id'>;
  authority!: EntityTable<AuthorityRecord, 'domain'>;
  /** Which prospects each write touched (change-log.ts), for the dashboard's listing. */
  changes!: EntityTable<ChangeRecord, 'seq'>;

  /** `options` lets tests hand in fake-indexeddb. */
  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    declareVersions(this);
    this.use(changeLogMiddleware);
  }
}

const instances = new Map<string, LinkscoutDb>();

/**
 * The one instance per database name in this context: Dexie relays its writes to live queries
 * by instance, and several connections to one database would each block the others' upgrades.
 * An instance someone closed is replaced, since a closed Dexie stays closed.
 */
export function openDb(name = 'linkscout'): LinkscoutDb {
  const existing = instances.get(name);
  if (existing && !existing.hasBeenClosed()) return existing;
  const db = new LinkscoutDb(name);
  instances.set(name, db);
  return db;
}
