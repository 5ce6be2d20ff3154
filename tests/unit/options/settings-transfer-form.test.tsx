import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SettingsTransfer } from '@/components/options/SettingsTransfer';
import { settingsItem } from '@/utils/settings/store';
import type { Settings } from '@/utils/settings/types';
import { click, get, mount, waitFor } from './render';

let view: ReturnType<typeof mount> | null = null;
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  view?.cleanup();
  view = null;
});

const acme = { name: 'Acme', aliases: [], domains: ['acme.com'], products: [], people: [] };
const current: Settings = { mySites: ['acme.com'], competitors: [], topics: ['rockets'], brands: [acme], competitorBrands: [] };

function chooseFile(input: HTMLInputElement, name: string, text: string) {
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const text = (id: string) => get(view!.root, `[data-testid="${id}"]`).textContent ?? '';

describe('exporting settings', () => {
  it('downloads the settings as a dated JSON file that holds them', async () => {
    await settingsItem.setValue(current);
    let saved: { name: string; blob: Blob } | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved = { name: '', blob: blob as Blob };
      return 'blob:settings';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (saved) saved.name = this.download;
    });
    view = mount(<SettingsTransfer />);
    click(get(view.root, '[data-testid="settings-export"]'));
    await waitFor(() => expect(saved?.name).toMatch(/^linkscout-settings-\d{4}-\d\d-\d\d\.json$/));
    const doc = JSON.parse(await saved!.blob.text());
    expect(doc).toMatchObject({ format: 'linkscout-settings', version: 1, settings: current });
  });
});

describe('importing settings', () => {
  const file = (settings: Partial<Settings>) => JSON.stringify({ format: 'linkscout-settings', version: 1, settings: { ...current, ...settings } });

  it('previews what would change, replaces nothing until confirmed, then replaces the settings', async () => {
    await settingsItem.setValue(current);
    view = mount(<SettingsTransfer />);
    const rival = { name: 'Rival', aliases: [], domains: ['rival.io'], products: [], people: [] };
    chooseFile(get<HTMLInputElement>(view.root, '[data-testid="settings-import-file"]'), 'from-laptop.json', file({ topics: ['rocket parts'], competitorBrands: [rival] }));

    await waitFor(() => get(view!.root, '[data-testid="settings-import-preview"]'));
    expect(text('settings-import-change-topics')).toBe('Topics: + rocket parts · − rockets');
    expect(text('settings-import-change-competitorBrands')).toContain('+ Rival');
    expect(view.root.querySelector('[data-testid="settings-import-change-mySites"]')).toBeNull();
    expect(await settingsItem.getValue()).toEqual(current);

    click(get(view.root, '[data-testid="settings-import-confirm"]'));
    await waitFor(() => expect(text('settings-import-result')).toContain('2 settings replaced'));
    expect(await settingsItem.getValue()).toEqual({ ...current, topics: ['rocket parts'], competitorBrands: [rival] });
  });

  it('refuses a bad file with the reason and the entry, and changes nothing', async () => {
    await settingsItem.setValue(current);
    view = mount(<SettingsTransfer />);
    chooseFile(get<HTMLInputElement>(view.root, '[data-testid="settings-import-file"]'), 'edited.json', file({ mySites: ['acme.com', 'localhost'], topics: [] }));
    await waitFor(() => get(view!.root, '[data-testid="settings-import-result"]'));
    const result = get(view.root, '[data-testid="settings-import-result"]');
    expect(result.getAttribute('role')).toBe('alert');
    expect(result.textContent).toContain('Nothing was imported');
    expect(result.textContent).toContain('My sites, entry 2: “localhost” has no dot');
    expect(result.textContent).toContain('Your settings are unchanged.');
    expect(view.root.querySelector('[data-testid="settings-import-confirm"]')).toBeNull();
    expect(await settingsItem.getValue()).toEqual(current);
  });

  it('refuses a file far too large to be settings without reading it', async () => {
    await settingsItem.setValue(current);
    view = mount(<SettingsTransfer />);
    const arrayBuffer = vi.spyOn(File.prototype, 'arrayBuffer');
    chooseFile(get<HTMLInputElement>(view.root, '[data-testid="settings-import-file"]'), 'video.json', 'x'.repeat(3 * 1024 * 1024));
    await waitFor(() => expect(text('settings-import-result')).toContain('far too large'));
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(await settingsItem.getValue()).toEqual(current);
  });

  it('says when a file holds the settings already there, and offers nothing to confirm', async () => {
    await settingsItem.setValue(current);
    view = mount(<SettingsTransfer />);
    chooseFile(get<HTMLInputElement>(view.root, '[data-testid="settings-import-file"]'), 'same.json', file({}));
    await waitFor(() => expect(text('settings-import-preview')).toContain('holds the settings you already have'));
    expect(get<HTMLButtonElement>(view.root, '[data-testid="settings-import-confirm"]').disabled).toBe(true);
  });
});
