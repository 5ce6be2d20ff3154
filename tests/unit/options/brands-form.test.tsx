import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BrandsForm } from '@/components/options/BrandsForm';
import { settingsItem } from '@/utils/settings/store';
import { DEFAULT_SETTINGS, type Brand } from '@/utils/settings/types';
import { click, get, mount, settle, typeInto, waitFor } from './render';

let view: ReturnType<typeof mount> | null = null;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  view?.cleanup();
  view = null;
});

const acme: Brand = { name: 'Acme', aliases: ['ACME Corp'], domains: ['acme.com'], products: [], people: [] };
const rival: Brand = { name: 'Rival', aliases: [], domains: ['rival.io'], products: [], people: [] };

async function open() {
  view = mount(<BrandsForm />);
  await settle();
  const root = get(view.root, '[data-testid="brands-form"]');
  const field = (name: string) => get<HTMLInputElement | HTMLTextAreaElement>(root, `[data-testid="brand-${name}"]`);
  return {
    root,
    field,
    press: async (testId: string, within: ParentNode = root) => {
      click(get(within, `[data-testid="${testId}"]`));
      await settle();
    },
    names: (list: 'brands' | 'competitorBrands') =>
      Array.from(root.querySelectorAll(`[data-testid="brand-group-${list}"] [data-testid="brand-item-name"]`)).map((n) => n.textContent),
  };
}

describe('the brands settings', () => {
  it('adds a brand from the fields, one entry per line, and shows it saved', async () => {
    const f = await open();
    await f.press('brand-add');
    typeInto(f.field('name'), 'Acme');
    typeInto(f.field('aliases'), 'ACME, Inc.\nAcme Corp');
    typeInto(f.field('domains'), 'https://www.acme.com/about');
    typeInto(f.field('products'), 'Acme Rocket');
    typeInto(f.field('people'), 'Jane Doe');
    await f.press('brand-save');
    expect((await settingsItem.getValue()).brands).toEqual([
      { name: 'Acme', aliases: ['ACME, Inc.', 'Acme Corp'], domains: ['acme.com'], products: ['Acme Rocket'], people: ['Jane Doe'] },
    ]);
    expect(f.names('brands')).toEqual(['Acme']);
    expect(f.root.querySelector('[data-testid="brand-editor"]')).toBeNull();
    expect(get(f.root, '[data-testid="brand-feedback"]').textContent).toContain('Saved Acme.');
    expect(get(f.root, '[data-testid="brand-feedback"]').textContent).toContain('was stored as its site acme.com');
  });

  it('adds a competitor brand to its own list and leaves sites, competitors and topics as they were', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, mySites: ['acme.com'], competitors: ['rival.io'], topics: ['rockets'], brands: [acme] });
    const f = await open();
    await f.press('competitor-brand-add');
    typeInto(f.field('name'), 'Rival');
    typeInto(f.field('domains'), 'rival.io');
    await f.press('brand-save');
    expect(await settingsItem.getValue()).toEqual({ mySites: ['acme.com'], competitors: ['rival.io'], topics: ['rockets'], brands: [acme], competitorBrands: [rival] });
    expect(f.names('competitorBrands')).toEqual(['Rival']);
  });

  it('shows each problem under its field and saves nothing', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, competitorBrands: [rival] });
    const f = await open();
    await f.press('brand-add');
    typeInto(f.field('name'), 'rival');
    typeInto(f.field('domains'), 'acme.com\nnot a site');
    await f.press('brand-save');
    expect(get(f.root, '[data-testid="brand-name-error"]').textContent).toBe('Another brand is already called “rival”.');
    expect(get(f.root, '[data-testid="brand-domains-error"]').textContent).toBe('“not a site” is not a domain or a web address.');
    expect(f.field('domains').getAttribute('aria-invalid')).toBe('true');
    expect((await settingsItem.getValue()).brands).toEqual([]);

    typeInto(f.field('name'), 'Acme');
    expect(f.root.querySelector('[data-testid="brand-name-error"]')).toBeNull();
    expect(f.root.querySelector('[data-testid="brand-domains-error"]')).not.toBeNull();
  });

  it('edits a brand in place, renaming it without adding a second one', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, brands: [acme, { ...rival, name: 'Beta' }] });
    const f = await open();
    await f.press('brand-edit', f.root.querySelectorAll('[data-testid="brand-item"]')[0]!);
    expect(f.field('name').value).toBe('Acme');
    expect(f.field('aliases').value).toBe('ACME Corp');
    typeInto(f.field('name'), 'Acme Labs');
    await f.press('brand-save');
    expect((await settingsItem.getValue()).brands.map((b) => b.name)).toEqual(['Acme Labs', 'Beta']);
  });

  it('removes a brand at once, and Undo puts it back where it was', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, brands: [acme, { ...rival, name: 'Beta' }] });
    const f = await open();
    await f.press('brand-remove', f.root.querySelectorAll('[data-testid="brand-item"]')[0]!);
    expect((await settingsItem.getValue()).brands.map((b) => b.name)).toEqual(['Beta']);
    expect(f.names('brands')).toEqual(['Beta']);
    await f.press('brand-undo');
    expect((await settingsItem.getValue()).brands).toEqual([acme, { ...rival, name: 'Beta' }]);
  });

  it('offers the sites already set up as the first brand’s sites', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, mySites: ['acme.com', 'acme.co.uk'] });
    const f = await open();
    await f.press('brand-add');
    expect(f.field('domains').value).toBe('acme.com\nacme.co.uk');
  });

  it('shows brands changed by another page (an import) without reloading', async () => {
    const f = await open();
    expect(f.names('brands')).toEqual([]);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, brands: [acme] });
    await settle();
    expect(f.names('brands')).toEqual(['Acme']);
  });

  it('keeps settings written by an older version that had no brands', async () => {
    await fakeBrowser.storage.local.set({ settings: { mySites: ['acme.com'], competitors: [], topics: [], futureField: 1 } });
    const f = await open();
    await f.press('brand-add');
    typeInto(f.field('name'), 'Acme');
    await f.press('brand-save');
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({
      settings: { mySites: ['acme.com'], competitors: [], topics: [], futureField: 1, brands: [{ ...acme, aliases: [] }], competitorBrands: [] },
    });
  });

  it('moves the focus into a new brand, to the first field in error, and back to Add brand after Save, Cancel and Remove', async () => {
    const f = await open();
    const focused = () => (document.activeElement as HTMLElement | null)?.dataset.testid;
    const add = () => get(f.root, '[data-testid="brand-add"]');
    add().focus();
    await f.press('brand-add');
    expect(focused()).toBe('brand-name');
    get(f.root, '[data-testid="brand-cancel"]').focus();
    await f.press('brand-cancel');
    await waitFor(() => expect(focused()).toBe('brand-add'));

    await f.press('brand-add');
    typeInto(f.field('name'), 'Acme');
    typeInto(f.field('domains'), 'not a site');
    get(f.root, '[data-testid="brand-save"]').focus();
    await f.press('brand-save');
    expect(focused()).toBe('brand-domains');
    expect(get(f.root, '#brand-brands-domains-errors').getAttribute('aria-live')).toBe('polite');
    typeInto(f.field('domains'), 'acme.com');
    get(f.root, '[data-testid="brand-save"]').focus();
    await f.press('brand-save');
    await waitFor(() => expect(focused()).toBe('brand-add'));

    get(f.root, '[data-testid="brand-remove"]').focus();
    await f.press('brand-remove');
    expect(f.names('brands')).toEqual([]);
    await waitFor(() => expect(focused()).toBe('brand-add'));
  });

  it('renders names from storage as text, never as markup', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, brands: [{ ...acme, name: '<img src=x onerror=alert(1)>' }] });
    const f = await open();
    expect(f.names('brands')).toEqual(['<img src=x onerror=alert(1)>']);
    expect(f.root.querySelector('img')).toBeNull();
  });
});
