import { describe, expect, it } from 'vitest';
import { createHrefResolver } from '@/utils/analysis/resolve-href';

const FIELDS = ['href', 'protocol', 'hostname', 'hash', 'origin', 'pathname', 'search'] as const;

function viaParser(raw: string, base: string) {
  try {
    const u = new URL(raw, base);
    return Object.fromEntries(FIELDS.map((f) => [f, u[f]]));
  } catch {
    return null;
  }
}

function viaResolver(raw: string, base: string) {
  const u = createHrefResolver(base)(raw);
  return u ? Object.fromEntries(FIELDS.map((f) => [f, u[f]])) : null;
}

describe('createHrefResolver', () => {
  it.each([
    'https://example.com/a/b?c=d&e=f',
    'http://example.com',
    'https://example.com?x',
    'https://example.com/?',
    '/page/12',
    '/?q=1',
    '/',
    'page.html',
    '../up',
    '//cdn.example.com/x',
    'https://EXAMPLE.com/',
    'HTTPS://example.com/',
    'https://example.com:443/x',
    'https://example.com:8080/x',
    'https://example.com/a/./b/../c',
    'https://example.com/%2e%2E/x',
    'https://example.com/.well-known/x',
    "https://example.com/it's?q='quoted'",
    'https://example.com/a b',
    'https://example.com/a|b^c',
    'https://example.com/ü',
    'https://bücher.example/',
    'https://xn--bcher-kva.example/',
    'https://xn--invalid/',
    'http://0x7f.1/',
    'http://127.0.0.1/',
    'http://1.2.3.04/',
    'http://123.com/',
    'https://user:pass@example.com/',
    'https://example.com/#top',
    'https://example.com/x#',
    'https://example.com./',
    'https://-bad-.example/',
    'https://under_score.example/',
    'https://example.com/%zz',
    'https://example.com\\path',
    'javascript:void(0)',
    'mailto:a@example.com',
    '',
    '?only=query',
    '#frag',
  ])('resolves %j exactly as the URL parser does', (raw) => {
    for (const base of ['https://www.site.example/dir/page?x=1', 'http://site.example:8080/dir/', 'https://other.example/base/', 'https://user:pw@site.example/x']) {
      expect(viaResolver(raw, base)).toEqual(viaParser(raw, base));
    }
  });

  it('agrees with the URL parser on random hrefs built from tricky pieces', () => {
    const schemes = ['https://', 'http://', 'HTTP://', '//', '/', '', 'ftp://'];
    const hosts = ['example.com', 'a.b-c.example', 'EX.com', '1.2.3.4', '0x10.1', 'xn--bcher-kva.example', 'ex_ample.com', 'a..b', 'localhost', '123.com', 'ex.com.'];
    const ports = ['', '', ':80', ':443', ':8080', ':'];
    const paths = ['', '/', '/a', '/a/b', '/./x', '/../x', '/%2e/x', '/%41', "/it's", '/a b', '/a|b', '/é', '/a;b=c', '/~u/@x:y', '/a\\b', '/a%'];
    const queries = ['', '?', '?a=1', "?q='x'", '?a b', '?é', '?a=1&b=/c?d', '?%zz'];
    const frags = ['', '', '#', '#x'];
    let seed = 11;
    const pick = <T>(xs: T[]): T => xs[(seed = (seed * 16807) % 2147483647) % xs.length]!;
    for (let n = 0; n < 3000; n++) {
      const scheme = pick(schemes);
      const raw = scheme.endsWith('//') ? `${scheme}${pick(hosts)}${pick(ports)}${pick(paths)}${pick(queries)}${pick(frags)}` : `${scheme}${pick(paths).slice(1)}${pick(queries)}${pick(frags)}`;
      const base = pick(['https://www.site.example/dir/page', 'http://site.example:8080/', 'https://xn--bcher-kva.example/x']);
      expect(viaResolver(raw, base), `${raw} against ${base}`).toEqual(viaParser(raw, base));
    }
  });

  it('answers the common forms without the URL parser', () => {
    const resolve = createHrefResolver('https://www.site.example/dir/page');
    for (const raw of ['https://example.com/a?b=c', '/page/12', 'http://sub.example.org']) {
      expect(resolve(raw)).not.toBeInstanceOf(URL);
    }
    expect(resolve('https://example.com/#x')).toBeInstanceOf(URL);
  });
});
