import { describe, expect, it } from 'vitest';
import { domainFromInput, parseDomainList } from '@/utils/options/domain-list';

const domainOf = (input: string) => {
  const r = domainFromInput(input);
  return 'domain' in r ? r.domain : `rejected: ${r.reason}`;
};

describe('a domain typed in the settings', () => {
  it('keeps a plain registrable domain as it is, lower-cased', () => expect(domainOf('Example.COM')).toBe('example.com'));
  it('reads a full URL down to its site', () => expect(domainOf('https://www.blog.example.co.uk/path?q=1#top')).toBe('example.co.uk'));
  it('reads a host with a port', () => expect(domainOf('shop.example.com:8080')).toBe('example.com'));
  it('keeps sites on a shared host apart (private suffixes)', () => expect(domainOf('alice.github.io')).toBe('alice.github.io'));
  it('stores an internationalised domain as punycode, like the URLs it is compared with', () => expect(domainOf('https://bücher.de/')).toBe('xn--bcher-kva.de'));
  it('keeps a domain whose ending is not in the suffix list (new or reserved TLDs)', () => expect(domainOf('https://www.linkscout.example/')).toBe('linkscout.example'));
  it('drops a trailing dot', () => expect(domainOf('example.com.')).toBe('example.com'));

  it.each([
    ['a word without a dot', 'mysite', 'has no dot'],
    ['words with spaces', 'my site.com', 'is not a domain or a web address'],
    ['an ftp address', 'ftp://files.example.com/', 'is not a web address'],
    ['a mailto link', 'mailto:me@example.com', 'is not a web address'],
    ['an IP address', 'http://192.168.1.10/', 'is an IP address'],
    ['a bare public suffix', 'co.uk', 'only a domain ending'],
  ])('rejects %s with a reason', (_case, input, reason) => expect(domainOf(input)).toContain(reason));
});

describe('a list of domains', () => {
  it('splits on lines and commas, drops duplicates after reading each to its site, keeps typed order', () => {
    const r = parseDomainList('b.example.org\nhttps://www.a.example.com/x, a.example.com ,example.com\n\n');
    expect(r.domains).toEqual(['example.org', 'example.com']);
    expect(r.rejected).toEqual([]);
  });
  it('reads a line with spaces as one bad entry, not as several words', () =>
    expect(parseDomainList('not a site').rejected).toEqual([{ input: 'not a site', reason: 'is not a domain or a web address' }]));
  it('says which entries were shortened to their site', () => {
    const r = parseDomainList('example.com\nhttps://blog.example.net/post');
    expect(r.rewritten).toEqual([{ input: 'https://blog.example.net/post', domain: 'example.net' }]);
  });
  it('lists every rejected entry while keeping the good ones', () => {
    const r = parseDomainList('good.com\nnonsense\njavascript:alert(1)');
    expect(r.domains).toEqual(['good.com']);
    expect(r.rejected.map((x) => x.input)).toEqual(['nonsense', 'javascript:alert(1)']);
  });
  it('is empty for blank text', () => expect(parseDomainList('  \n , ')).toEqual({ domains: [], rewritten: [], rejected: [] }));
});
