import { describe, expect, it } from 'vitest';
import { brandToFields, EMPTY_BRAND_FIELDS, parseBrandFields, type BrandFields } from '@/utils/options/brand-list';
import type { Brand } from '@/utils/settings/types';

const fields = (f: Partial<BrandFields>): BrandFields => ({ ...EMPTY_BRAND_FIELDS, ...f });
const acme: Brand = { name: 'Acme', aliases: ['ACME Corp'], domains: ['acme.com'], products: ['Acme Rocket'], people: ['Jane Doe'] };

describe('a brand typed in the editor', () => {
  it('keeps each line as one entry, so a legal name with a comma stays whole', () => {
    const r = parseBrandFields(fields({ name: ' Acme ', aliases: 'ACME, Inc.\nAcme Corp\n\n', products: 'Acme Rocket', people: 'Jane Doe' }));
    expect(r).toMatchObject({ ok: true, brand: { name: 'Acme', aliases: ['ACME, Inc.', 'Acme Corp'], products: ['Acme Rocket'], people: ['Jane Doe'], domains: [] } });
  });

  it('stores domains as their registrable site and says which were shortened', () => {
    const r = parseBrandFields(fields({ name: 'Acme', domains: 'https://www.shop.acme.co.uk/sale\nACME.com\nacme.com' }));
    if (!r.ok) throw new Error('refused');
    expect(r.brand.domains).toEqual(['acme.co.uk', 'acme.com']);
    expect(r.rewritten).toEqual([
      { input: 'https://www.shop.acme.co.uk/sale', domain: 'acme.co.uk' },
    ]);
  });

  it('drops a term written twice in any case or in two fields, keeping where it was first written', () => {
    const r = parseBrandFields(fields({ name: 'Acme', aliases: 'acme\nAcme  Corp\nACME CORP', products: 'Acme Corp\nRocket', people: 'rocket\nJane Doe' }));
    if (!r.ok) throw new Error('refused');
    expect(r.brand).toEqual({ name: 'Acme', aliases: ['Acme Corp'], domains: [], products: ['Rocket'], people: ['Jane Doe'] });
  });

  it('needs a name', () => {
    const r = parseBrandFields(fields({ name: '   ', aliases: 'Acme Corp' }));
    expect(r).toEqual({ ok: false, errors: { name: ['A brand needs a name.'] } });
  });

  it('names every bad entry under its own field and saves none of the brand', () => {
    const r = parseBrandFields(fields({ name: 'Acme', aliases: 'A', domains: 'acme.com\nnot a site\nco.uk', people: 'x'.repeat(201) }));
    if (r.ok) throw new Error('accepted');
    expect(r.errors.name).toBeUndefined();
    expect(r.errors.aliases).toEqual(['“A” is too short: a single character would match almost everywhere.']);
    expect(r.errors.domains).toEqual(['“not a site” is not a domain or a web address.', '“co.uk” is only a domain ending, not a site.']);
    expect(r.errors.people?.[0]).toContain('is longer than 200 characters');
  });

  it('refuses a name another brand already has, whatever its case', () => {
    const r = parseBrandFields(fields({ name: 'ACME' }), [acme]);
    expect(r).toEqual({ ok: false, errors: { name: ['Another brand is already called “ACME”.'] } });
  });

  it('refuses a name, alias, product or person another brand already lists, accents and case aside (a mention would count for that brand only)', () => {
    const r = parseBrandFields(fields({ name: 'Acmé Corp', aliases: 'Rocketry', products: 'acme rocket', people: 'Jane Doe' }), [acme]);
    expect(r).toEqual({
      ok: false,
      errors: {
        name: ['“Acmé Corp” is already a name of the brand “Acme”.'],
        products: ['“acme rocket” is already a name of the brand “Acme”: each name counts for one brand.'],
        people: ['“Jane Doe” is already a name of the brand “Acme”: each name counts for one brand.'],
      },
    });
  });

  it('round-trips a saved brand through the editor fields unchanged', () => {
    const r = parseBrandFields(brandToFields(acme));
    expect(r).toEqual({ ok: true, brand: acme, rewritten: [] });
  });
});
