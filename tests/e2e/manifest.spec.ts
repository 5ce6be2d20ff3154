import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR, ROOT } from '../../scripts/lib/extension-browser';
import { expect, test } from './fixtures';

// Least privilege, pinned: any widening of what the extension may touch must change this test.
test('the built manifest asks for activeTab, scripting, storage and contextMenus, and no host access until auto-scan asks for it', () => {
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  expect(manifest.manifest_version).toBe(3);
  // contextMenus: "Save page as Linkscout prospect"; choosing it grants activeTab like the button.
  expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage', 'contextMenus']);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_permissions ?? []).toEqual([]);
  // The one widening: web pages, asked for only when the user switches auto-scan on (options page;
  // utils/settings/auto-scan.ts asks for exactly these).
  expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  // The content script is injected on a click, or registered at run time for auto-scan: never declared for sites.
  expect((manifest.content_scripts as unknown[] | undefined) ?? []).toEqual([]);
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
});

test('the Firefox build asks for the same, host access among its optional permissions, and says it collects no data', () => {
  const file = path.join(ROOT, '.output/firefox-mv2/manifest.json');
  if (!existsSync(file)) throw new Error('No Firefox build: run npm run build:firefox first (npm test does).');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  expect(manifest.manifest_version).toBe(2);
  expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage', 'contextMenus']);
  // MV2 has no optional_host_permissions: web pages are optional permissions, asked for by auto-scan.
  expect(manifest.optional_permissions).toEqual(['http://*/*', 'https://*/*']);
  expect((manifest.content_scripts as unknown[] | undefined) ?? []).toEqual([]);
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
  // A fixed id (storage survives reinstalls; AMO signs it) and Firefox's data consent: nothing collected.
  expect(manifest.browser_specific_settings).toEqual({ gecko: { id: 'linkscout@linkscout-extension', data_collection_permissions: { required: ['none'] } } });
});
