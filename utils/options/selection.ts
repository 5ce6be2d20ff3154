/** The selected prospect ids, and the row a shift-click extends from. */
export interface Selection {
  ids: ReadonlySet<number>;
  anchor: number | null;
}

export const NO_SELECTION: Selection = { ids: new Set(), anchor: null };

/** A plain click on a row's checkbox: flip that row; it becomes the anchor of a later shift-click. */
export function toggleOne(sel: Selection, id: number): Selection {
  const ids = new Set(sel.ids);
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: id };
}

/**
 * A shift-click: every row between the anchor and this one (in the order shown) takes the
 * clicked row's new state, as in a mail client. Without an anchor in view it is a plain click.
 */
export function toggleRange(sel: Selection, order: readonly number[], id: number): Selection {
  const to = order.indexOf(id);
  const from = sel.anchor === null ? -1 : order.indexOf(sel.anchor);
  if (from < 0 || to < 0) return toggleOne(sel, id);
  const select = !sel.ids.has(id);
  const ids = new Set(sel.ids);
  for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
    const rowId = order[i]!;
    if (select) ids.add(rowId);
    else ids.delete(rowId);
  }
  return { ids, anchor: id };
}

export function selectAll(order: readonly number[]): Selection {
  return { ids: new Set(order), anchor: null };
}

/** Keep only rows still shown (after a filter change or a deletion), so bulk actions never touch hidden rows. */
export function pruneSelection(sel: Selection, order: readonly number[]): Selection {
  if (sel.ids.size === 0) return sel;
  const shown = new Set(order);
  let changed = false;
  const ids = new Set<number>();
  for (const id of sel.ids) {
    if (shown.has(id)) ids.add(id);
    else changed = true;
  }
  const anchor = sel.anchor !== null && shown.has(sel.anchor) ? sel.anchor : null;
  return changed || anchor !== sel.anchor ? { ids, anchor } : sel;
}

/** The header checkbox: all, some or none of the matching rows selected. */
export function selectionState(sel: Selection, matching: number): 'all' | 'some' | 'none' {
  if (sel.ids.size === 0 || matching === 0) return 'none';
  return sel.ids.size >= matching ? 'all' : 'some';
}

/** Selected ids in the order shown (bulk actions report and undo in a stable order). */
export function selectedInOrder(sel: Selection, order: readonly number[]): number[] {
  return order.filter((id) => sel.ids.has(id));
}
