import { describe, expect, it } from 'vitest';
import { ariaSort, cleanFilter, DEFAULT_SORT, isFiltering, nextSort, toggleValue } from '@/utils/options/query-state';

describe('sorting by a header', () => {
  it('starts newest first', () => expect(DEFAULT_SORT).toEqual({ key: 'lastChecked', dir: 'desc' }));
  it('a second click on the same header flips the direction', () => expect(nextSort({ key: 'score', dir: 'desc' }, 'score')).toEqual({ key: 'score', dir: 'asc' }));
  it('another header starts A to Z for text and highest first for numbers and dates', () => {
    expect(nextSort(DEFAULT_SORT, 'title')).toEqual({ key: 'title', dir: 'asc' });
    expect(nextSort(DEFAULT_SORT, 'domain')).toEqual({ key: 'domain', dir: 'asc' });
    expect(nextSort({ key: 'title', dir: 'asc' }, 'score')).toEqual({ key: 'score', dir: 'desc' });
    expect(nextSort({ key: 'title', dir: 'asc' }, 'firstSeen')).toEqual({ key: 'firstSeen', dir: 'desc' });
  });
  it('marks only the sorted header for screen readers', () => {
    expect(ariaSort({ key: 'title', dir: 'asc' }, 'title')).toBe('ascending');
    expect(ariaSort({ key: 'title', dir: 'desc' }, 'title')).toBe('descending');
    expect(ariaSort({ key: 'title', dir: 'asc' }, 'domain')).toBe('none');
  });
});

describe('filters', () => {
  it('a chip toggles its value in and out', () => {
    expect(toggleValue(undefined, 'won')).toEqual(['won']);
    expect(toggleValue(['new', 'won'], 'won')).toEqual(['new']);
  });
  it('sends the query no empty choices and no blank text', () =>
    expect(cleanFilter({ status: [], pageType: ['forum'], verdict: [], tag: '  ', domain: ' Example.COM ', text: '  guest posts ' })).toEqual({
      pageType: ['forum'],
      domain: 'example.com',
      text: 'guest posts',
    }));
  it('knows when nothing is filtered', () => {
    expect(isFiltering({ status: [], text: '  ' })).toBe(false);
    expect(isFiltering({ tag: 'x' })).toBe(true);
  });
});
