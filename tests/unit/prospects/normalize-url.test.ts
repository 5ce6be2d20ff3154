import { describe, expect, it } from 'vitest';
import { normalizeProspectUrl } from '@/utils/prospects/normalize-url';

describe('normalizeProspectUrl: one spelling per page', () => {
  it.each([
    ['scheme and host in capitals', 'HTTPS://Blog.Example.COM/Guide', 'https://blog.example.com/Guide'],
    ['default https port', 'https://example.com:443/a', 'https://example.com/a'],
    ['default http port', 'http://example.com:80/a', 'http://example.com/a'],
    ['fragment', 'https://example.com/a#comments', 'https://example.com/a'],
    ['trailing slash', 'https://example.com/resources/', 'https://example.com/resources'],
    ['several trailing slashes', 'https://example.com/resources//', 'https://example.com/resources'],
    ['utm parameters', 'https://example.com/a?utm_source=news&utm_medium=email&UTM_Campaign=x', 'https://example.com/a'],
    [
      'every other tracking parameter',
      'https://example.com/a?gclid=1&fbclid=2&mc_cid=3&mc_eid=4&yclid=5&msclkid=6&_ga=7&ref_src=twsrc&srsltid=AfmBOo&gbraid=8&wbraid=9&dclid=10&igshid=11&_hsenc=12&_hsmi=13&_gl=14',
      'https://example.com/a',
    ],
    ['tracking mixed with real parameters, sorted', 'https://example.com/list?page=2&utm_source=x&cat=tools', 'https://example.com/list?cat=tools&page=2'],
    ['escaped unreserved characters', 'https://example.com/%7Euser/caf%65-guide', 'https://example.com/~user/cafe-guide'],
    ['escaped reserved characters stay escaped, hex in capitals', 'https://example.com/a%2fb?q=a%26b', 'https://example.com/a%2Fb?q=a%26b'],
    ['empty query and empty pairs', 'https://example.com/a?&&', 'https://example.com/a'],
    ['user name and password', 'https://me:secret@example.com/a', 'https://example.com/a'],
  ])('drops what does not change the page: %s', (_case, input, expected) => {
    expect(normalizeProspectUrl(input)).toBe(expected);
  });

  it('gives the same address when normalised twice, escaped tracking names included', () => {
    for (const url of ['https://example.com/a?%75tm_a%=1&b=2', 'https://example.com/a?%73rsltid=x', 'https://example.com/a?q=%7E&utm_source=x']) {
      const once = normalizeProspectUrl(url)!;
      expect(normalizeProspectUrl(once)).toBe(once);
    }
    expect(normalizeProspectUrl('https://example.com/a?%73rsltid=x')).toBe('https://example.com/a');
  });

  it('keeps the slash of the root and the root with a query', () => {
    expect(normalizeProspectUrl('https://example.com')).toBe('https://example.com/');
    expect(normalizeProspectUrl('https://example.com/?b=1&a=2')).toBe('https://example.com/?a=2&b=1');
  });

  it('keeps www. (a different URL) and a port that is not the default', () => {
    expect(normalizeProspectUrl('https://www.example.com/a')).toBe('https://www.example.com/a');
    expect(normalizeProspectUrl('https://example.com/a')).not.toBe(normalizeProspectUrl('https://www.example.com/a'));
    expect(normalizeProspectUrl('http://example.com:8080/a')).toBe('http://example.com:8080/a');
  });

  it('keeps the order of a repeated parameter, which can matter to the page', () => {
    expect(normalizeProspectUrl('https://example.com/s?tag=b&q=x&tag=a')).toBe('https://example.com/s?q=x&tag=b&tag=a');
  });

  it('gives the same URL for every way the same page is written', () => {
    const forms = [
      'https://Example.com:443/guide/?utm_source=newsletter#top',
      'https://example.com/guide?fbclid=abc',
      'https://example.com/gu%69de',
      ' https://example.com/guide ',
    ];
    expect(new Set(forms.map(normalizeProspectUrl))).toEqual(new Set(['https://example.com/guide']));
  });

  it('writes internationalised hosts as punycode', () => {
    expect(normalizeProspectUrl('https://Bücher.example/')).toBe('https://xn--bcher-kva.example/');
  });

  it.each(['javascript:alert(1)', 'mailto:me@example.com', 'ftp://example.com/file', 'file:///etc/passwd', 'data:text/html,x', 'not a url', ''])(
    'refuses what is not an http(s) page: %s',
    (input) => {
      expect(normalizeProspectUrl(input)).toBeNull();
    },
  );
});
