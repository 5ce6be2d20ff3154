import { describe, expect, it } from 'vitest';
import { readCanonical } from '@/utils/analysis/canonical';

const read = (html: string, base = 'https://site.example/dir/page?utm_source=x') =>
  readCanonical(new DOMParser().parseFromString(html, 'text/html'), base);

describe('the canonical as search engines read it', () => {
  it('takes the head’s, resolved against the base', () => {
    expect(read('<head><link rel="canonical" href="/dir/page"></head><body><p>x</p></body>')).toEqual({
      canonical: 'https://site.example/dir/page',
      canonicalIgnored: null,
    });
  });

  it('REL in capitals among other tokens is one', () => {
    expect(read('<head><link rel="Alternate CANONICAL" href="https://site.example/a"></head>').canonical).toBe('https://site.example/a');
  });

  it('is null without one', () => {
    expect(read('<head><title>t</title></head><body><p>x</p></body>')).toEqual({ canonical: null, canonicalIgnored: null });
  });

  it('two different addresses in the head: search engines ignore both', () => {
    expect(read('<head><link rel="canonical" href="/a"><link rel="canonical" href="/b"></head>')).toEqual({
      canonical: 'https://site.example/a',
      canonicalIgnored: 'conflicting',
    });
  });

  it('the same address twice (or with another fragment) is one canonical', () => {
    expect(read('<head><link rel="canonical" href="/a"><link rel="canonical" href="https://site.example/a#top"></head>').canonicalIgnored).toBeNull();
  });

  it('one written in the body is ignored; one in the head wins over one in the body', () => {
    // After text, the parser leaves a <link> in the body.
    expect(read('<head></head><body><p>Text first.</p><link rel="canonical" href="/body"></body>')).toEqual({
      canonical: 'https://site.example/body',
      canonicalIgnored: 'outside-head',
    });
    expect(read('<head><link rel="canonical" href="/head"></head><body><p>Text.</p><link rel="canonical" href="/body"></body>')).toEqual({
      canonical: 'https://site.example/head',
      canonicalIgnored: null,
    });
  });

  it('one that is no web address is ignored, not taken for another page', () => {
    // A port out of range does not parse; javascript: and data: name no page to index.
    for (const href of ['https://site.example:99999/a', 'javascript:void(0)', 'data:text/html,x']) {
      expect(read(`<head><link rel="canonical" href="${href}"></head>`).canonicalIgnored, href).toBe('invalid');
    }
    expect(read('<head><link rel="canonical" href="https://site.example:99999/a"></head>').canonical).toBe('https://site.example:99999/a');
    // Different addresses in the head stay "conflicting" whatever they hold.
    expect(read('<head><link rel="canonical" href="javascript:x"><link rel="canonical" href="/b"></head>').canonicalIgnored).toBe('conflicting');
  });
});
