import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import tailwindcss from '@tailwindcss/vite';

// Least privilege: the analysis runs only on a click (activeTab + scripting).
// Broader host access is optional: asked for only when the user switches auto-scan on
// (options page), and given back when they switch it off.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ manifestVersion }) => ({
    name: 'Linkscout',
    description:
      'See every link on a page, where it sits and whether it counts. Local-first: nothing leaves your browser.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    // Auto-scan's access to web pages (utils/settings/auto-scan.ts): MV2 (Firefox) lists it among optional permissions.
    ...(manifestVersion === 2
      ? { optional_permissions: ['http://*/*', 'https://*/*'] }
      : { optional_host_permissions: ['http://*/*', 'https://*/*'] }),
  }),
  vite: () => ({
    plugins: [preact(), tailwindcss()],
  }),
});
