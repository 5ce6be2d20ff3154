import { describe, expect, it } from 'vitest';
import { rowWindow } from '@/utils/options/row-window';

describe('the rows fetched for the rows in view', () => {
  it('cover the rows in view with whole blocks', () => expect(rowWindow(62, 90, 100_000, 50)).toEqual({ start: 50, end: 100 }));
  it('span two blocks when the view straddles a boundary', () => expect(rowWindow(45, 70, 100_000, 50)).toEqual({ start: 0, end: 100 }));
  it('stay put while scrolling inside a block (no new query)', () => expect(rowWindow(51, 60, 1000, 50)).toEqual(rowWindow(55, 99, 1000, 50)));
  it('stop at the end of the list', () => expect(rowWindow(120, 130, 123, 50)).toEqual({ start: 100, end: 123 }));
  it('are nothing for an empty list or an empty view', () => {
    expect(rowWindow(0, 10, 0)).toEqual({ start: 0, end: 0 });
    expect(rowWindow(0, -1, 10)).toEqual({ start: 0, end: 0 });
  });
});
