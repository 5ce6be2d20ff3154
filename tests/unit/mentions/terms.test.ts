import { describe, expect, it } from 'vitest';
import { scanMentions } from '@/utils/mentions/scan-document';
import { bareDomain, buildTerms } from '@/utils/mentions/terms';
import { brand } from './brands';

describe('buildTerms', () => {
  it('lists every name of a brand with its kind, brand and owner', () => {
    const terms = buildTerms({
      brands: [brand('Acme', { aliases: ['ACME Corp'], domains: ['acme.com'], products: ['Acme Rocket'], people: ['Jane Doe'] })],
      competitorBrands: [brand('Rival', { domains: ['rival.io'] })],
    });
    expect(terms).toEqual([
      { text: 'Acme', brand: 'Acme', owner: 'brand', kind: 'name' },
      { text: 'ACME Corp', brand: 'Acme', owner: 'brand', kind: 'alias' },
      { text: 'acme.com', brand: 'Acme', owner: 'brand', kind: 'domain' },
      { text: 'www.acme.com', brand: 'Acme', owner: 'brand', kind: 'domain' },
      { text: 'Acme Rocket', brand: 'Acme', owner: 'brand', kind: 'product' },
      { text: 'Jane Doe', brand: 'Acme', owner: 'brand', kind: 'person' },
      { text: 'Rival', brand: 'Rival', owner: 'competitor', kind: 'name' },
      { text: 'rival.io', brand: 'Rival', owner: 'competitor', kind: 'domain' },
      { text: 'www.rival.io', brand: 'Rival', owner: 'competitor', kind: 'domain' },
    ]);
  });

  it('writes domains the way text does, whatever the user pasted', () => {
    const terms = buildTerms({ brands: [brand('Acme', { domains: ['https://WWW.Acme.com/pricing?x=1', 'shop.acme.com:8080', 'not a domain'] })], competitorBrands: [] });
    expect(terms.filter((t) => t.kind === 'domain').map((t) => t.text)).toEqual(['acme.com', 'www.acme.com', 'shop.acme.com', 'www.shop.acme.com']);
  });

  it('leaves out blank, one-letter and repeated (after folding) names', () => {
    const terms = buildTerms({ brands: [brand('Nestlé', { aliases: ['', '  ', 'N', 'NESTLE', 'nestle '] })], competitorBrands: [] });
    expect(terms.map((t) => t.text)).toEqual(['Nestlé']);
  });

  it('a domain also typed as the name or an alias is listed once, as a domain, so links to it are the brand’s own', () => {
    const terms = buildTerms({ brands: [brand('Booking.com', { aliases: ['www.booking.com'], domains: ['booking.com'] })], competitorBrands: [] });
    expect(terms.map((t) => [t.text, t.kind])).toEqual([
      ['Booking.com', 'domain'],
      ['www.booking.com', 'domain'],
    ]);
    const doc = new DOMParser().parseFromString('<p>Book on <a href="https://www.booking.com/hotel">Booking.com</a> today.</p>', 'text/html');
    expect(scanMentions(doc, terms).scan.mentions.map((m) => m.state)).toEqual(['linked-to-you']);
  });

  it('names a brand without a name after its first domain', () => {
    const terms = buildTerms({ brands: [brand(' ', { domains: ['acme.com'] })], competitorBrands: [] });
    expect(terms.map((t) => [t.text, t.brand])).toEqual([['acme.com', 'acme.com'], ['www.acme.com', 'acme.com']]);
  });
});

describe('bareDomain', () => {
  it.each([
    ['acme.com', 'acme.com'],
    ['https://www.acme.com/', 'acme.com'],
    ['Blog.Acme.co.uk.', 'blog.acme.co.uk'],
    ['acme', ''],
    ['two words.com', ''],
  ])('%s → %s', (input, out) => expect(bareDomain(input)).toBe(out));
});
