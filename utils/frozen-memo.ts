/**
 * Results with reasons, made once per key and frozen, so that links alike share one: a page of
 * 50,000 links then keeps a few hundred reason lists, not one per link. Frozen because they are
 * shared: a change to one would change them all.
 */
export function frozenMemo<T extends { reasons: readonly unknown[] }>(): (key: string, make: () => T) => T {
  const made = new Map<string, T>();
  return (key, make) => {
    let hit = made.get(key);
    if (!hit) {
      hit = make();
      // Reasons may be tuples (placement's codes), shared too.
      for (const r of hit.reasons) Object.freeze(r);
      Object.freeze(hit.reasons);
      made.set(key, Object.freeze(hit));
    }
    return hit;
  };
}
