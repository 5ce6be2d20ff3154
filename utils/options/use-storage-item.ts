import { useEffect, useState } from 'preact/hooks';

/** What this hook needs of a WXT storage item. */
export interface WatchableItem<T> {
  getValue(): Promise<T>;
  watch(cb: (value: T) => void): () => void;
}

/** A WXT storage item's value, kept current when another page (or this one) changes it; undefined while loading. */
export function useStorageItem<T>(item: WatchableItem<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const unwatch = item.watch((v) => setValue(v));
    void item.getValue().then((v) => live && setValue(v));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
