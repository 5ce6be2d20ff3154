import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UNDO_MS, UndoSlot } from '@/utils/options/undo-slot';

describe('the undo offer after a bulk action', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('stays about ten seconds, then goes', () => {
    const slot = new UndoSlot();
    slot.put({ message: '3 prospects deleted', undo: async () => {} });
    vi.advanceTimersByTime(UNDO_MS - 1);
    expect(slot.current?.message).toBe('3 prospects deleted');
    vi.advanceTimersByTime(1);
    expect(slot.current).toBeNull();
    expect(UNDO_MS).toBe(10_000);
  });

  it('undoes once: a double click does not restore twice', async () => {
    const slot = new UndoSlot();
    const undo = vi.fn(async () => {});
    slot.put({ message: 'deleted', undo });
    expect(await slot.undo()).toBe(true);
    expect(await slot.undo()).toBe(false);
    expect(undo).toHaveBeenCalledTimes(1);
  });

  it('offers only the newest action, with a fresh ten seconds', () => {
    const slot = new UndoSlot();
    const first = vi.fn(async () => {});
    slot.put({ message: 'first', undo: first });
    vi.advanceTimersByTime(UNDO_MS - 100);
    slot.put({ message: 'second', undo: async () => {} });
    vi.advanceTimersByTime(200);
    expect(slot.current?.message).toBe('second');
    expect(first).not.toHaveBeenCalled();
  });

  it('cannot be undone after it expired', async () => {
    const slot = new UndoSlot(1000);
    const undo = vi.fn(async () => {});
    slot.put({ message: 'x', undo });
    vi.advanceTimersByTime(1000);
    expect(await slot.undo()).toBe(false);
    expect(undo).not.toHaveBeenCalled();
  });

  it('stays while the pointer is on it or the focus in it, then gets its full time again', () => {
    const slot = new UndoSlot(1000);
    slot.put({ message: '3 prospects deleted', undo: async () => {} });
    vi.advanceTimersByTime(900);
    slot.hold('focus', true);
    slot.hold('hover', true);
    vi.advanceTimersByTime(60_000);
    expect(slot.current?.message).toBe('3 prospects deleted');
    slot.hold('focus', false);
    vi.advanceTimersByTime(60_000); // the pointer is still on it
    expect(slot.current).not.toBeNull();
    slot.hold('hover', false);
    vi.advanceTimersByTime(999);
    expect(slot.current).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(slot.current).toBeNull();
  });

  it('keeps a newer offer that came while it was held, and forgets the hold once dismissed', () => {
    const slot = new UndoSlot(1000);
    slot.put({ message: 'first', undo: async () => {} });
    slot.hold('focus', true);
    slot.put({ message: 'second', undo: async () => {} });
    vi.advanceTimersByTime(5000);
    expect(slot.current?.message).toBe('second');
    slot.dismiss();
    // The toast left with the focus in it: no blur comes, and the next offer runs out as usual.
    slot.put({ message: 'third', undo: async () => {} });
    vi.advanceTimersByTime(1000);
    expect(slot.current).toBeNull();
  });

  it('tells its listener when the offer comes and goes', () => {
    const slot = new UndoSlot(500);
    const seen: (string | null)[] = [];
    slot.subscribe((o) => seen.push(o?.message ?? null));
    slot.put({ message: 'marked Won', undo: async () => {} });
    vi.advanceTimersByTime(500);
    expect(seen).toEqual(['marked Won', null]);
  });
});
