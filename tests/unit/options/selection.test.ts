import { describe, expect, it } from 'vitest';
import { NO_SELECTION, pruneSelection, selectAll, selectedInOrder, selectionState, toggleOne, toggleRange } from '@/utils/options/selection';

const order = [50, 40, 30, 20, 10]; // ids as shown, e.g. newest first
const ids = (s: { ids: ReadonlySet<number> }) => [...s.ids].sort((a, b) => a - b);

describe('row selection', () => {
  it('a click flips one row', () => {
    const one = toggleOne(NO_SELECTION, 30);
    expect(ids(one)).toEqual([30]);
    expect(ids(toggleOne(one, 30))).toEqual([]);
  });

  it('a shift-click selects every row shown between the last click and this one, either direction', () => {
    const s = toggleRange(toggleOne(NO_SELECTION, 40), order, 10);
    expect(ids(s)).toEqual([10, 20, 30, 40]);
    const up = toggleRange(toggleOne(NO_SELECTION, 10), order, 40);
    expect(ids(up)).toEqual([10, 20, 30, 40]);
  });

  it('a shift-click on a selected row clears the range', () => {
    const all = selectAll(order);
    const anchored = toggleOne(toggleOne(all, 50), 50); // click 50 twice: still selected, anchor 50
    expect(ids(toggleRange(anchored, order, 30))).toEqual([10, 20]);
  });

  it('a shift-click without an earlier click is a plain click', () => expect(ids(toggleRange(NO_SELECTION, order, 20))).toEqual([20]));

  it('a shift-click whose anchor was filtered away is a plain click', () => {
    const s = toggleOne(NO_SELECTION, 99);
    expect(ids(toggleRange(s, order, 20))).toEqual([20, 99]);
  });

  it('forgets rows no longer shown, so a bulk action never touches a hidden row', () => {
    const s = pruneSelection(selectAll([50, 40, 7]), order);
    expect(ids(s)).toEqual([40, 50]);
  });

  it('keeps the same object when nothing was pruned (no needless re-render)', () => {
    const s = toggleOne(NO_SELECTION, 40);
    expect(pruneSelection(s, order)).toBe(s);
  });

  it('tells the header checkbox whether all, some or none are selected', () => {
    expect(selectionState(NO_SELECTION, 5)).toBe('none');
    expect(selectionState(toggleOne(NO_SELECTION, 10), 5)).toBe('some');
    expect(selectionState(selectAll(order), 5)).toBe('all');
  });

  it('lists the selected ids in the order shown', () => expect(selectedInOrder(selectAll([10, 50, 30]), order)).toEqual([50, 30, 10]));
});
