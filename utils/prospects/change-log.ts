import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';

/**
 * Which prospects each write touched, in the `changes` table, written in the same transaction
 * as the write itself. The dashboard's in-memory listing (listing.ts) reads the entries after the
 * last one it applied and re-reads only those rows, so a cache in one page stays exact whatever
 * wrote (the background saving a visit, another tab, an import). Every write to `prospects`
 * goes through this middleware, so no write path can forget to log.
 */

export interface ChangeRecord {
  /** Position in the log (auto-increment). 0 holds the floor record instead of a change. */
  seq: number;
  /** Prospect ids written or deleted; null when any row may have changed (a clear). */
  ids: number[] | null;
  /** Floor record only: entries below this were pruned. */
  prunedBelow?: number;
}

/** Entries kept: a listing more than this many writes behind is rebuilt instead of patched. */
export const CHANGES_KEPT = 1000;
/** Pruning runs once per this many entries (a range delete; cheap, but no need every time). */
const PRUNE_EVERY = 100;
export const FLOOR_KEY = 0;

const LOGGED_TABLE = 'prospects';
const LOG_TABLE = 'changes';

/** Past this many ids an entry just says "anything may have changed": a reader reloads all rows anyway. */
const MAX_IDS_PER_ENTRY = 1000;

function idsOf(req: DBCoreMutateRequest, results: unknown[] | undefined): number[] | null {
  if (req.type === 'deleteRange') return null;
  const keys: unknown[] = req.type === 'delete' ? req.keys : (results ?? req.keys ?? []);
  // Bounded, so a log of a thousand bulk changes of 100k rows each stays small.
  if (keys.length > MAX_IDS_PER_ENTRY) return null;
  return keys.filter((k): k is number => typeof k === 'number');
}

/** Upgrades write rows before any listing exists (and, for old versions, before the log does). */
function canLog(trans: DBCoreTransaction): boolean {
  const idb = trans as unknown as IDBTransaction;
  return idb.mode === 'readwrite' && idb.objectStoreNames.contains(LOG_TABLE);
}

async function append(log: DBCoreTable, trans: DBCoreTransaction, ids: number[] | null): Promise<void> {
  const { results } = await log.mutate({ type: 'add', trans, values: [{ ids }] });
  const seq = results?.[0];
  if (typeof seq !== 'number' || seq % PRUNE_EVERY !== 0 || seq <= CHANGES_KEPT) return;
  const below = seq - CHANGES_KEPT;
  const range = { type: 2, lower: FLOOR_KEY, lowerOpen: true, upper: below, upperOpen: true } as unknown as DBCoreKeyRange;
  await log.mutate({ type: 'deleteRange', trans, range });
  await log.mutate({ type: 'put', trans, values: [{ seq: FLOOR_KEY, ids: null, prunedBelow: below }] });
}

export const changeLogMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'LinkscoutChangeLog',
  create: (down) => ({
    // A write to prospects must be able to write its log entry in the same transaction.
    transaction: (stores, mode, options) =>
      down.transaction(
        mode === 'readwrite' && stores.includes(LOGGED_TABLE) && !stores.includes(LOG_TABLE) && down.schema.tables.some((t) => t.name === LOG_TABLE)
          ? [...stores, LOG_TABLE]
          : stores,
        mode,
        options,
      ),
    table: (name) => {
      const table = down.table(name);
      if (name !== LOGGED_TABLE) return table;
      return {
        ...table,
        mutate: async (req) => {
          const res = await table.mutate(req);
          if (canLog(req.trans)) await append(down.table(LOG_TABLE), req.trans, idsOf(req, res.results));
          return res;
        },
      };
    },
  }),
};
