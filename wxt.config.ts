import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import tailwindcss from '@tailwindcss/vite';

// Least privilege: the analysis runs only on a click (activeTab + scripting).
// Broader host access is optional and requested later, on a click.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Linkscout',
    description:
      'See every link on a page, where it sits and whether it counts. Local-first: nothing leaves your browser.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
  },
  vite: () => ({
    plugins: [preact(), tailwindcss()],
  }),
});
