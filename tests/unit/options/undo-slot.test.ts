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

  it('tells its listener when the offer comes and goes', () => {
    const slot = new UndoSlot(500);
    const seen: (string | null)[] = [];
    slot.subscribe((o) => seen.push(o?.message ?? null));
    slot.put({ message: 'marked Won', undo: async () => {} });
    vi.advanceTimersByTime(500);
    expect(seen).toEqual(['marked Won', null]);
  });
});
