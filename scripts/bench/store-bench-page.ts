import { Dexie, liveQuery } from 'dexie';
import { iterateProspects, importProspects } from '../../utils/prospects/bulk-io';
import { prospectCsvChunks } from '../../utils/prospects/csv-export';
import { LinkscoutDb } from '../../utils/prospects/db';
import { deleteProspects, restoreProspects, setStatuses, undoStatuses, type StatusUndo } from '../../utils/prospects/edit';
import { getRows, queryProspectIds } from '../../utils/prospects/query';
import type { ProspectStatus } from '../../utils/prospects/types';
import { benchImportRow, benchProspect, QUERY_SHAPES, type QueryShape } from './prospect-generator';

/**
 * The benchmark's side inside the extension page: bundled into one script (prospects-store.ts)
 * and evaluated in chrome-extension://…/options.html, so the real store modules run on the
 * extension origin's IndexedDB. Each step is one call from Node and reports its own timing;
 * test data is generated before the clock starts.
 */

/** Its own database: the user's `linkscout` database is never opened. */
const DB_NAME = 'linkscout-bench';

export interface StepResult {
  ms: number;
  /** What the step did, to print beside the time (rows matched, counts…). */
  detail: string;
}

export interface BenchApi {
  reset(): Promise<void>;
  insert(n: number): Promise<StepResult>;
  query(shape: string): Promise<StepResult>;
  queryLive(shape: string): Promise<StepResult>;
  firstScreen(shape: string): Promise<StepResult>;
  openDashboard(shape: string): Promise<StepResult>;
  getRows(n: number): Promise<StepResult>;
  setStatuses(fraction: number, status: ProspectStatus): Promise<StepResult>;
  undoStatuses(): Promise<StepResult>;
  deleteProspects(n: number): Promise<StepResult>;
  restoreProspects(): Promise<StepResult>;
  exportPass(): Promise<StepResult>;
  exportCsv(): Promise<StepResult>;
  importMixed(n: number): Promise<StepResult>;
  counts(): Promise<string>;
  close(): Promise<void>;
}

let db: LinkscoutDb | null = null;
let lastUndo: StatusUndo | null = null;
let lastDeleted: Awaited<ReturnType<typeof deleteProspects>> | null = null;

function current(): LinkscoutDb {
  if (!db) throw new Error('Call reset() first.');
  return db;
}

function shape(name: string): QueryShape {
  const s = QUERY_SHAPES[name];
  if (!s) throw new Error(`No query shape "${name}".`);
  return s;
}

async function timed(fn: () => Promise<string>): Promise<StepResult> {
  const start = performance.now();
  const detail = await fn();
  return { ms: performance.now() - start, detail };
}

/** `n` ids spread evenly over every stored id. */
async function spreadIds(n: number): Promise<number[]> {
  const all = await current().prospects.toCollection().primaryKeys();
  if (n >= all.length) return all;
  const step = all.length / n;
  return Array.from({ length: n }, (_, i) => all[Math.floor(i * step)] as number);
}

let storedCount = 0;

const api: BenchApi = {
  async reset() {
    db?.close();
    await Dexie.delete(DB_NAME);
    db = new LinkscoutDb(DB_NAME);
    await db.open();
    storedCount = 0;
  },
  async insert(n) {
    const rows = Array.from({ length: n }, (_, i) => benchProspect(i));
    const result = await timed(async () => {
      const c = await importProspects(current(), rows);
      return `added ${c.added}`;
    });
    storedCount = n;
    return result;
  },
  query(name) {
    const { filter, sort } = shape(name);
    return timed(async () => `${(await queryProspectIds(current(), filter, sort)).length} ids`);
  },
  queryLive(name) {
    // As the dashboard asks: inside liveQuery, whose first value is the query's answer.
    const { filter, sort } = shape(name);
    return timed(
      () =>
        new Promise<string>((resolve, reject) => {
          const sub = liveQuery(() => queryProspectIds(current(), filter, sort)).subscribe({
            next: (ids) => {
              sub.unsubscribe();
              resolve(`${ids.length} ids`);
            },
            error: reject,
          });
        }),
    );
  },
  firstScreen(name) {
    const { filter, sort } = shape(name);
    return timed(async () => {
      const ids = await queryProspectIds(current(), filter, sort);
      const rows = await getRows(current(), ids.slice(0, 50));
      return `${ids.length} ids, ${rows.length} rows`;
    });
  },
  async openDashboard(name) {
    // A new connection, as a newly opened dashboard has: nothing is held in memory yet.
    current().close();
    db = new LinkscoutDb(DB_NAME);
    await db.open();
    return api.firstScreen(name);
  },
  async getRows(n) {
    // A screen in the middle of the list, as when scrolling.
    const all = await queryProspectIds(current(), {}, { key: 'lastChecked', dir: 'desc' });
    const mid = Math.floor(all.length / 2);
    const ids = all.slice(mid, mid + n);
    return timed(async () => `${(await getRows(current(), ids)).length} rows`);
  },
  async setStatuses(fraction, status) {
    const ids = await spreadIds(Math.round(storedCount * fraction));
    return timed(async () => {
      lastUndo = await setStatuses(current(), ids, status);
      return `${ids.length} asked, ${lastUndo.previous.length} changed`;
    });
  },
  undoStatuses() {
    return timed(async () => {
      if (!lastUndo) throw new Error('Nothing to undo.');
      await undoStatuses(current(), lastUndo);
      return `${lastUndo.previous.length} put back`;
    });
  },
  async deleteProspects(n) {
    const ids = await spreadIds(n);
    return timed(async () => {
      lastDeleted = await deleteProspects(current(), ids);
      return `${lastDeleted.prospects.length} rows, ${lastDeleted.snapshots.length} snapshots`;
    });
  },
  restoreProspects() {
    return timed(async () => {
      if (!lastDeleted) throw new Error('Nothing to restore.');
      await restoreProspects(current(), lastDeleted);
      return `${lastDeleted.prospects.length} rows`;
    });
  },
  exportPass() {
    return timed(async () => {
      let rows = 0;
      let snapshots = 0;
      for await (const batch of iterateProspects(current())) {
        rows += batch.length;
        for (const p of batch) snapshots += p.snapshots.length;
      }
      return `${rows} rows, ${snapshots} snapshots`;
    });
  },
  exportCsv() {
    // What "Export CSV" does short of making the Blob: every chunk of text, its size summed.
    return timed(async () => {
      let chars = 0;
      for await (const chunk of prospectCsvChunks(iterateProspects(current()))) chars += chunk.length;
      return `${(chars / 1e6).toFixed(1)} M chars`;
    });
  },
  async importMixed(n) {
    const rows = Array.from({ length: n }, (_, k) => benchImportRow(k, storedCount));
    return timed(async () => {
      const c = await importProspects(current(), rows);
      return `added ${c.added}, merged ${c.merged}, unchanged ${c.unchanged}`;
    });
  },
  async counts() {
    const d = current();
    return `${await d.prospects.count()} prospects, ${await d.snapshots.count()} snapshots`;
  },
  async close() {
    db?.close();
    await Dexie.delete(DB_NAME);
    db = null;
  },
};

(globalThis as unknown as { linkscoutBench: BenchApi }).linkscoutBench = api;
