import { describe, expect, it } from 'vitest';
import { isSameSite, registrableDomain } from '@/utils/site';
import { isWebUrl } from '@/utils/urls';

describe('registrable domains (public suffix list)', () => {
  it('treats www. and blog. as the same site', () => {
    expect(isSameSite('www.x.com', 'x.com')).toBe(true);
    expect(isSameSite('blog.x.com', 'www.x.com')).toBe(true);
  });
  it('keeps private suffixes apart: a.github.io is not b.github.io', () => {
    expect(isSameSite('a.github.io', 'b.github.io')).toBe(false);
    expect(registrableDomain('docs.a.github.io')).toBe('a.github.io');
  });
  it('knows multi-part public suffixes', () => {
    expect(registrableDomain('shop.example.co.uk')).toBe('example.co.uk');
    expect(isSameSite('example.co.uk', 'other.co.uk')).toBe(false);
  });
  it('falls back to the host for IPs and single labels', () => {
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
    expect(isSameSite('localhost', 'localhost')).toBe(true);
    expect(isSameSite('', 'x.com')).toBe(false);
  });
  it('lets only http(s) URLs become links in our UI', () => {
    expect(isWebUrl('https://x.com/')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('data:text/html,x')).toBe(false);
    expect(isWebUrl(null)).toBe(false);
  });
});
