import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

type PermissionsListener = Parameters<typeof fakeBrowser.permissions.onAdded.addListener>[0];
type Script = Parameters<typeof fakeBrowser.scripting.registerContentScripts>[0][number];

/**
 * The two browser APIs WXT's fake browser leaves out, in memory: optional host permissions
 * (granted and taken back as a user does in the browser, with their events) and registered
 * content scripts (a duplicate id is refused, as Chrome does).
 */
export function fakeHostAccess() {
  const granted = new Set<string>();
  const onAdded = new Set<PermissionsListener>();
  const onRemoved = new Set<PermissionsListener>();
  const scripts = new Map<string, Script>();

  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async (p) => (p.origins ?? []).every((o) => granted.has(o)));
  vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation((l) => void onAdded.add(l));
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation((l) => void onRemoved.add(l));
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async (filter?: { ids?: string[] }) =>
    [...scripts.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
  );
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (list) => {
    for (const s of list) {
      if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      scripts.set(s.id, s);
    }
  });
  vi.spyOn(fakeBrowser.scripting, 'updateContentScripts').mockImplementation(async (list) => {
    for (const s of list) {
      const kept = scripts.get(s.id);
      if (!kept) throw new Error(`No script with ID '${s.id}'`);
      scripts.set(s.id, { ...kept, ...s });
    }
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter?: { ids?: string[] }) => {
    for (const id of filter?.ids ?? [...scripts.keys()]) scripts.delete(id);
  });

  return {
    scripts,
    grant(origins: string[]) {
      origins.forEach((o) => granted.add(o));
      onAdded.forEach((l) => l({ origins }));
    },
    revoke(origins: string[]) {
      origins.forEach((o) => granted.delete(o));
      onRemoved.forEach((l) => l({ origins }));
    },
  };
}
