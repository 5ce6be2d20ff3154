import { afterEach, describe, expect, it } from 'vitest';
import { CanonicalLine } from '@/components/CanonicalLine';
import { mount } from '../options/render';
import type { CanonicalIgnored } from '@/utils/analysis/types';

let view: ReturnType<typeof mount> | null = null;
afterEach(() => {
  view?.cleanup();
  view = null;
});

const note = (page: { url: string; canonical: string | null; canonicalIgnored: CanonicalIgnored | null }) => {
  view?.cleanup();
  view = mount(<CanonicalLine page={page} />);
  return view.root.querySelector('[data-testid="canonical-note"]')?.textContent ?? null;
};

describe('the canonical line of the popup', () => {
  it('says nothing when the canonical is the page itself (a fragment aside) or there is none', () => {
    expect(note({ url: 'https://a.example/p', canonical: 'https://a.example/p', canonicalIgnored: null })).toBeNull();
    expect(note({ url: 'https://a.example/p#comments', canonical: 'https://a.example/p', canonicalIgnored: null })).toBeNull();
    expect(note({ url: 'https://a.example/p', canonical: null, canonicalIgnored: null })).toBeNull();
    // A canonical past 5,000 characters is clipped in the report: what is left is compared.
    const long = `https://a.example/app?state=${'a1'.repeat(3000)}`;
    expect(note({ url: long, canonical: `${long.slice(0, 4999)}…`, canonicalIgnored: null })).toBeNull();
    expect(note({ url: long, canonical: `https://a.example/other?state=${'a1'.repeat(2500)}…`, canonicalIgnored: null })).toContain('another page');
  });

  it('names another page’s canonical, as text', () => {
    const text = note({ url: 'https://a.example/p?page=2', canonical: 'https://a.example/p', canonicalIgnored: null });
    expect(text).toContain('Canonical is another page');
    expect(text).toContain('https://a.example/p');
    // A canonical that itself carries tracking parameters names another address.
    expect(note({ url: 'https://a.example/p', canonical: 'https://a.example/p?utm_source=feed', canonicalIgnored: null })).toContain('another page');
  });

  it('says nothing when the page was opened with tracking parameters its canonical leaves out', () => {
    expect(note({ url: 'https://a.example/p?utm_source=mail&utm_medium=email', canonical: 'https://a.example/p', canonicalIgnored: null })).toBeNull();
    expect(note({ url: 'https://a.example/p?srsltid=AfmBOoo3#specs', canonical: 'https://a.example/p', canonicalIgnored: null })).toBeNull();
    expect(note({ url: 'https://a.example/list?page=2&gclid=1', canonical: 'https://a.example/list?page=2', canonicalIgnored: null })).toBeNull();
    expect(note({ url: 'https://a.example/list?page=2&gclid=1', canonical: 'https://a.example/list', canonicalIgnored: null })).toContain('another page');
  });

  it('says when search engines ignore it, even when it names the page itself', () => {
    expect(note({ url: 'https://a.example/p', canonical: 'https://a.example/p', canonicalIgnored: 'conflicting' })).toContain('different canonicals');
    expect(note({ url: 'https://a.example/p', canonical: 'https://a.example/q', canonicalIgnored: 'outside-head' })).toContain('outside its <head>');
    expect(note({ url: 'https://a.example/p', canonical: 'javascript:void(0)', canonicalIgnored: 'invalid' })).toContain('not a web address');
  });
});
