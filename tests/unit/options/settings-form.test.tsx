import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SettingsForm } from '@/components/options/SettingsForm';
import { settingsItem } from '@/utils/settings/store';
import { get, mount, settle, typeInto } from './render';

let view: ReturnType<typeof mount> | null = null;
beforeEach(() => fakeBrowser.reset());
afterEach(() => view?.cleanup());

async function open() {
  view = mount(<SettingsForm />);
  await settle();
  const root = view.root;
  return {
    root,
    field: (id: string) => get<HTMLTextAreaElement>(root, `[data-testid="${id}"]`),
    save: async () => {
      get<HTMLButtonElement>(root, '[data-testid="settings-save"]').click();
      await settle();
    },
  };
}

describe('the settings form', () => {
  it('stores the registrable domain of whatever was typed and shows what it stored', async () => {
    const f = await open();
    typeInto(f.field('settings-my-sites'), 'https://www.Blog.Example.com/about\nexample.com');
    typeInto(f.field('settings-competitors'), 'rival.co.uk, shop.other.io');
    typeInto(f.field('settings-topics'), 'link building\nSEO tools, seo tools');
    await f.save();
    expect(await settingsItem.getValue()).toEqual({ mySites: ['example.com'], competitors: ['rival.co.uk', 'other.io'], topics: ['link building', 'SEO tools'], brands: [], competitorBrands: [] });
    expect(f.field('settings-my-sites').value).toBe('example.com');
    expect(get(f.root, '[data-testid="settings-my-sites-stored"]').textContent).toContain('example.com');
    expect(get(f.root, '[data-testid="settings-feedback"]').textContent).toBe('Saved.');
    expect(f.root.textContent).toContain('was stored as its site');
  });

  it('refuses garbage with a message naming the entry, and saves nothing', async () => {
    await settingsItem.setValue({ mySites: ['kept.com'], competitors: [], topics: [], brands: [], competitorBrands: [] });
    const f = await open();
    expect(f.field('settings-my-sites').value).toBe('kept.com');
    typeInto(f.field('settings-my-sites'), 'kept.com\nnot a site');
    await f.save();
    const alert = get(f.root, '[data-testid="settings-rejected"]');
    expect(alert.textContent).toContain('My sites: “not a site”');
    expect(alert.textContent).toContain('not a domain or a web address');
    expect((await settingsItem.getValue()).mySites).toEqual(['kept.com']);
    // The field in error says so, and points at the message; the others do not.
    expect(f.field('settings-my-sites').getAttribute('aria-invalid')).toBe('true');
    expect(f.field('settings-my-sites').getAttribute('aria-describedby')).toContain(alert.id);
    expect(f.field('settings-topics').hasAttribute('aria-invalid')).toBe(false);
  });

  it('keeps settings fields it does not edit', async () => {
    await fakeBrowser.storage.local.set({ settings: { mySites: [], competitors: [], topics: [], futureField: 1 } });
    const f = await open();
    typeInto(f.field('settings-topics'), 'outreach');
    await f.save();
    expect(await fakeBrowser.storage.local.get('settings')).toMatchObject({ settings: { mySites: [], competitors: [], topics: ['outreach'], futureField: 1 } });
  });

  it('shows settings changed elsewhere (a settings file imported on this page), so Save does not write the old ones back', async () => {
    await settingsItem.setValue({ mySites: ['old.com'], competitors: ['oldrival.com'], topics: ['old topic'], brands: [], competitorBrands: [] });
    const f = await open();
    expect(f.field('settings-my-sites').value).toBe('old.com');
    await settingsItem.setValue({ mySites: ['new.com'], competitors: ['newrival.com'], topics: ['new topic'], brands: [], competitorBrands: [] });
    await settle();
    expect(f.field('settings-my-sites').value).toBe('new.com');
    await f.save();
    expect(await settingsItem.getValue()).toMatchObject({ mySites: ['new.com'], competitors: ['newrival.com'], topics: ['new topic'] });
  });

  it('a box the user edited keeps its text when settings change elsewhere; the others follow the change', async () => {
    await settingsItem.setValue({ mySites: ['old.com'], competitors: ['oldrival.com'], topics: ['old topic'], brands: [], competitorBrands: [] });
    const f = await open();
    typeInto(f.field('settings-my-sites'), 'old.com\ntyped.com');
    await settingsItem.setValue({ mySites: ['new.com'], competitors: ['newrival.com'], topics: ['new topic'], brands: [], competitorBrands: [] });
    await settle();
    expect(f.field('settings-my-sites').value).toBe('old.com\ntyped.com');
    expect(f.field('settings-competitors').value).toBe('newrival.com');
    expect(f.field('settings-topics').value).toBe('new topic');
  });

  it('keeps what the user is typing when settings change elsewhere meanwhile', async () => {
    await settingsItem.setValue({ mySites: ['old.com'], competitors: [], topics: [], brands: [], competitorBrands: [] });
    const f = await open();
    typeInto(f.field('settings-my-sites'), 'old.com\ntyped.com');
    await settingsItem.setValue({ mySites: ['new.com'], competitors: [], topics: [], brands: [], competitorBrands: [] });
    await settle();
    expect(f.field('settings-my-sites').value).toBe('old.com\ntyped.com');
  });
});

