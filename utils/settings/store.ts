import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type AuthorityImportMeta, type Settings } from './types';

/**
 * The user's settings, in extension-local storage (small, read on every inspection). Authority
 * rows can be many thousands, so they live in IndexedDB (prospects/db.ts); only the import's
 * metadata is kept here.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export const authorityImportItem = storage.defineItem<AuthorityImportMeta | null>('local:authorityImport', {
  fallback: null,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  // Fields added later still get their defaults.
  return { ...DEFAULT_SETTINGS, ...stored };
}
