import { describe, expect, it } from 'vitest';
import { ownParams, pageAddressOf } from '@/utils/urls';

describe('tracking parameters', () => {
  it.each([
    ['no query', '', []],
    ['a bare ?', '?', []],
    ['empty pairs', '?&&', []],
    ['only tracking', '?utm_source=a&srsltid=b&gclid=c', []],
    ['escaped or capitalised names', '?utm%5Fsource=a&UTM_MEDIUM=b&utm_campaign&utm_%0Ax=1', []],
    ['real parameters kept in order, repeats too', '?b=2&utm_source=x&a=1&b=3', ['b=2', 'a=1', 'b=3']],
    ['a name that only looks like one', '?utm+source=a&source=b&ref=c', ['utm+source=a', 'source=b', 'ref=c']],
    ['a malformed escape kept as written', '?q=%E0%A4&fbclid=1', ['q=%E0%A4']],
  ])('keeps the parameters of the page itself: %s', (_case, search, own) => {
    expect(ownParams(search)).toEqual(own);
  });

  it('gives the page an address opens, without its fragment and tracking parameters', () => {
    expect(pageAddressOf('https://a.example/p?utm_source=x#specs')).toBe('https://a.example/p');
    expect(pageAddressOf('https://a.example/list?page=2&srsltid=Af#top')).toBe('https://a.example/list?page=2');
    expect(pageAddressOf('https://a.example/p#frag?utm_source=x')).toBe('https://a.example/p');
    expect(pageAddressOf('https://A.example/p/')).toBe('https://A.example/p/');
    expect(pageAddressOf('not a url?utm_source=1')).toBe('not a url');
  });
});
