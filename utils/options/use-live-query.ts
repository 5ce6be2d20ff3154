import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { describeStorageError } from '../prospects/storage-health';

export type Live<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; message: string };

/**
 * The result of a Dexie query, kept current: Dexie re-runs it whenever a table it read changes,
 * in this page or in any other extension page or the background (Dexie relays writes between
 * them over a BroadcastChannel), so prospects saved from the popup appear while the page is open.
 * The previous value stays shown while a new query runs.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): Live<T> {
  const [live, setLive] = useState<Live<T>>({ state: 'loading' });
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (value) => setLive({ state: 'ready', value }),
      error: (err: unknown) => setLive({ state: 'failed', message: describeStorageError(err) }),
    });
    return () => sub.unsubscribe();
    // The caller names what the query depends on, as with useEffect.
  }, deps);
  return live;
}
