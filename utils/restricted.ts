/**
 * Pages no extension may script, by URL, with the words the popup shows. Chromium and Firefox
 * refuse injection there anyway; naming them lets the popup explain instead of failing.
 */
const RESTRICTED: Array<[RegExp, string]> = [
  [/^(chrome|edge|brave|opera|vivaldi|about|chrome-untrusted|devtools|view-source|chrome-search):/i, 'This is a browser page: browsers do not let extensions read it.'],
  [/^(chrome|moz|safari-web)-extension:/i, 'This is an extension page: extensions cannot read each other’s pages.'],
  [/^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org)/i, 'This is an extension store page: browsers do not let extensions read it.'],
  [/^(data|blob|javascript):/i, 'This page has no address extensions may read.'],
];

/** Why this URL can't be inspected, or null when it can be tried. */
export function restrictedReason(url: string | undefined): string | null {
  if (!url) return null;
  for (const [re, why] of RESTRICTED) if (re.test(url)) return why;
  return null;
}

/** Classify a `scripting.executeScript` failure for the user. */
export function injectionFailure(message: string, url: string | undefined): { kind: 'restricted' | 'no-access' | 'inject-failed'; message: string } {
  if (/gallery|webstore|chrome:\/\/|cannot be scripted|extensions gallery/i.test(message)) {
    return { kind: 'restricted', message: 'This page is protected by the browser: extensions cannot read it.' };
  }
  if (url?.startsWith('file:')) {
    return {
      kind: 'no-access',
      message: 'Local files need “Allow access to file URLs” switched on for Linkscout in the browser’s extension settings.',
    };
  }
  if (/permission|cannot access|Missing host permission/i.test(message)) {
    return { kind: 'no-access', message: 'Linkscout has no access to this tab. Click the Linkscout button while on the page to grant it.' };
  }
  if (/frame|error page|No tab/i.test(message)) {
    return { kind: 'inject-failed', message: 'The page could not be read: it may be an error page or still loading. Reload it and try again.' };
  }
  return { kind: 'inject-failed', message: `The page could not be read: ${message}` };
}
