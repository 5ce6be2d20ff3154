import { liveQuery } from 'dexie';
import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import type { LinkscoutDb } from '../prospects/db';
import { getRows } from '../prospects/query';
import { describeStorageError } from '../prospects/storage-health';
import type { ProspectRow } from '../prospects/types';
import { rowWindow } from './row-window';

/** Past this many cached rows, only those in view are kept (a long scroll must not hold the whole table). */
const CACHE_LIMIT = 3000;

/**
 * The rows for the ids in view, fetched with `getRows` and cached by id. The fetch is a Dexie
 * live query, so a row edited here, in the popup or by the background is fetched again.
 */
export function useVisibleRows(db: LinkscoutDb, ids: readonly number[], first: number, last: number) {
  const cache = useRef(new Map<number, ProspectRow>());
  const [, rerender] = useReducer((x: number) => x + 1, 0);
  const [error, setError] = useState<string | null>(null);
  const { start, end } = rowWindow(first, last, ids.length);

  useEffect(() => {
    const wanted = ids.slice(start, end);
    if (wanted.length === 0) return;
    const sub = liveQuery(() => getRows(db, wanted)).subscribe({
      next: (rows) => {
        const rowsCache = cache.current;
        if (rowsCache.size > CACHE_LIMIT) rowsCache.clear();
        for (const id of wanted) rowsCache.delete(id);
        for (const row of rows) rowsCache.set(row.id, row);
        setError(null);
        rerender(undefined);
      },
      error: (err: unknown) => setError(describeStorageError(err)),
    });
    return () => sub.unsubscribe();
  }, [db, ids, start, end]);

  return { rowOf: (id: number): ProspectRow | undefined => cache.current.get(id), error };
}
