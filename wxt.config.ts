import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import tailwindcss from '@tailwindcss/vite';

/** The unlisted scripts that run in web pages (entrypoints/in-page.ts, page-mentions.ts, page-overlay.ts). */
const PAGE_SCRIPTS = ['in-page', 'page-mentions', 'page-overlay'];

// Least privilege: the analysis runs only on a click (activeTab + scripting).
// Broader host access is optional: asked for only when the user switches auto-scan on
// (options page), and given back when they switch it off.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Linkscout',
    description:
      'See every link on a page, where it sits and whether it counts. Local-first: nothing leaves your browser.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    // Auto-scan's access to web pages (utils/settings/auto-scan.ts): MV2 (Firefox) lists it among optional permissions.
    ...(manifestVersion === 2
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
    // Firefox only (Chromium warns about keys it does not know): a fixed add-on id, so storage and
    // IndexedDB survive reinstalls and AMO can sign it, and Firefox's built-in data consent saying
    // Linkscout collects nothing (every analysis stays in the browser).
    ...(browser === 'firefox' && {
      browser_specific_settings: { gecko: { id: 'linkscout@linkscout-extension', data_collection_permissions: { required: ['none'] } } },
    }),
  }),
  vite: () => ({
    plugins: [preact(), tailwindcss()],
  }),
  hooks: {
    // The page's scripts (the unlisted scripts in-page, page-mentions, page-overlay) go into inspected pages
    // and have a size budget (30 KB gzip): they use only runtime messaging and storage.local,
    // which Chrome MV3 and Firefox give natively, so they take WXT's plain `browser` (the global)
    // instead of the polyfill (about 3 KB gzip) the other pages use.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'unlisted-script' && PAGE_SCRIPTS.includes(e.name))) return;
      const alias = config.resolve?.alias;
      const rest = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...rest] };
      // The content script, injected into every inspected page and held to its budget, is
      // minified by terser: about 340 bytes gzip smaller than esbuild's output (the mention
      // script comes out larger by terser, so it keeps esbuild). `pure_getters`: no property
      // read in it is made for a side effect (the page's DOM is read through dom-safe.ts's calls,
      // and nothing reads a layout property only to force a layout), so terser may drop or
      // merge unused reads: 81 bytes. `hoist_funs` puts each scope's function declarations first,
      // as the language hoists them anyway; grouped, they compress about 470 bytes better. The
      // reports of 108 template pages are identical with and without either.
      if (entrypoints.every((e) => e.name === 'in-page')) {
        config.build = { ...config.build, minify: 'terser', terserOptions: { ecma: 2020, compress: { passes: 2, pure_getters: true, hoist_funs: true } } };
      }
    },
  },
});
