import { describe, expect, it } from 'vitest';
import { readSettingsFile, settingsChanges, settingsFileName, settingsToJson } from '@/utils/options/settings-transfer';
import type { Settings } from '@/utils/settings/types';

const acme = { name: 'Acme', aliases: ['ACME Corp'], domains: ['acme.com'], products: [], people: [] };
const rival = { name: 'Rival', aliases: [], domains: ['rival.io'], products: ['Rival Pro'], people: [] };
const settings: Settings = { mySites: ['acme.com'], competitors: ['rival.io'], topics: ['rockets'], brands: [acme], competitorBrands: [rival] };

const fileWith = (patch: Record<string, unknown>) =>
  JSON.stringify({ format: 'linkscout-settings', version: 1, exportedAt: '2025-05-01T10:00:00.000Z', settings: { ...settings, ...patch } });

describe('a settings file', () => {
  it('reads back exactly what was exported', () => {
    const r = readSettingsFile(settingsToJson(settings, new Date('2025-05-01T10:00:00Z')));
    expect(r).toEqual({ ok: true, settings, exportedAt: '2025-05-01T10:00:00.000Z' });
  });

  it('leaves out fields a settings file does not carry', () => {
    const withExtra = { ...settings, somethingLocal: 1 } as Settings;
    expect(Object.keys(JSON.parse(settingsToJson(withExtra, new Date())).settings)).toEqual(['mySites', 'competitors', 'topics', 'brands', 'competitorBrands']);
  });

  it('is named for the local day it was exported', () => expect(settingsFileName(new Date(2025, 4, 7, 23, 30))).toBe('linkscout-settings-2025-05-07.json'));

  it('stores hand-edited entries as the options page would (sites, duplicates, spacing)', () => {
    const r = readSettingsFile(fileWith({ mySites: ['https://www.Acme.com/blog', 'acme.com'], topics: ['  rocket   parts ', '', 'Rocket Parts'] }));
    expect(r).toMatchObject({ ok: true, settings: { mySites: ['acme.com'], topics: ['rocket parts'] } });
  });

  it('tolerates a byte-order mark written by a text editor', () => expect(readSettingsFile(`\uFEFF${fileWith({})}`).ok).toBe(true));

  it('imports back whole a file whose brands share an alias (exported before the editor refused that)', () => {
    const sharing = { name: 'Acme Two', aliases: ['acme corp'], domains: [], products: [], people: [] };
    expect(readSettingsFile(fileWith({ brands: [acme, sharing] }))).toMatchObject({ ok: true, settings: { brands: [acme, sharing] } });
  });
});

describe('a bad settings file is refused whole, with the reason', () => {
  const refusal = (text: string) => {
    const r = readSettingsFile(text);
    if (r.ok) throw new Error('accepted');
    return r;
  };

  it('text that is not JSON', () => expect(refusal('mySites: acme.com').error).toContain('not JSON'));
  it('a prospects backup chosen by mistake', () => expect(refusal(JSON.stringify({ format: 'linkscout-backup', version: 1, prospects: [] })).error).toContain('prospects backup'));
  it('some other JSON', () => expect(refusal(JSON.stringify({ mySites: ['acme.com'] })).error).toContain('not a Linkscout settings file'));
  it('a file from a newer version', () => expect(refusal(JSON.stringify({ format: 'linkscout-settings', version: 2, settings })).error).toContain('newer Linkscout'));

  it('one bad domain among good ones: where it is and why', () => {
    const r = refusal(fileWith({ competitors: ['rival.io', 'javascript:alert(1)'] }));
    expect(r.error).toBe('Nothing was imported: the file has a bad entry.');
    expect(r.details).toEqual(['Competitors, entry 2: “javascript:alert(1)” is not a web address (only http and https)']);
  });

  it('a missing list and a list of the wrong type, each reported', () => {
    const { topics: _dropped, ...rest } = settings;
    const r = refusal(JSON.stringify({ format: 'linkscout-settings', version: 1, settings: { ...rest, mySites: 'acme.com' } }));
    expect(r.details).toEqual(expect.arrayContaining(['My sites: “acme.com” is not a list', 'Topics: is missing']));
  });

  it('a brand that the editor would refuse, named by its position and name', () => {
    const r = refusal(fileWith({ brands: [acme, { ...acme, name: 'Acme Two', aliases: [], domains: ['not a site'] }] }));
    expect(r.details).toEqual(['Your brands: brand 2 (“Acme Two”), domains: “not a site” is not a domain or a web address.']);
  });



  it('a file with no settings in it', () =>
    expect(refusal(JSON.stringify({ format: 'linkscout-settings', version: 1 })).details).toEqual(['settings: is missing']));

  it('a brand missing a field', () => {
    const r = refusal(fileWith({ competitorBrands: [{ name: 'Rival', aliases: [] }] }));
    expect(r.details).toContain('Competitor brands, entry 1, domains: is missing');
  });

  it('the same brand name in both lists', () => {
    const r = refusal(fileWith({ competitorBrands: [{ ...rival, name: 'ACME' }] }));
    expect(r.details).toEqual(['Competitor brands: “ACME” is also one of your brands']);
  });
});

describe('what an import would change', () => {
  it('lists entries added and removed per field, and brands whose details differ', () => {
    const next: Settings = {
      ...settings,
      mySites: ['acme.com', 'acme.co.uk'],
      topics: [],
      brands: [{ ...acme, aliases: ['Acme Inc.'] }],
      competitorBrands: [{ ...rival, name: 'Other' }],
    };
    expect(settingsChanges(settings, next)).toEqual([
      { field: 'mySites', label: 'My sites', added: ['acme.co.uk'], removed: [], changed: [] },
      { field: 'topics', label: 'Topics', added: [], removed: ['rockets'], changed: [] },
      { field: 'brands', label: 'Your brands', added: [], removed: [], changed: ['Acme'] },
      { field: 'competitorBrands', label: 'Competitor brands', added: ['Other'], removed: ['Rival'], changed: [] },
    ]);
  });

  it('is empty when the file holds the settings already there', () => expect(settingsChanges(settings, structuredClone(settings))).toEqual([]));
});
