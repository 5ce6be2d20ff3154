import { describe, expect, it } from 'vitest';
import { injectionFailure, restrictedReason } from '@/utils/restricted';

describe('pages no extension may read', () => {
  it.each(['chrome://settings', 'about:blank', 'edge://flags', 'chrome-extension://abc/popup.html', 'https://chromewebstore.google.com/detail/x', 'https://chrome.google.com/webstore/category', 'https://addons.mozilla.org/en-US/firefox/', 'view-source:https://x.com'])(
    '%s is restricted',
    (url) => expect(restrictedReason(url)).toMatch(/browser|extension|store|address/),
  );
  it.each(['https://example.com/', 'http://127.0.0.1:8080/x', 'file:///tmp/a.html'])('%s can be tried', (url) => {
    expect(restrictedReason(url)).toBeNull();
  });
  it('explains injection failures in words', () => {
    expect(injectionFailure('Cannot access contents of the page. Extension manifest must request permission', 'https://x.com').kind).toBe('no-access');
    expect(injectionFailure('The extensions gallery cannot be scripted.', 'https://chromewebstore.google.com').kind).toBe('restricted');
    expect(injectionFailure('Cannot access contents of url "file:///a.html"', 'file:///a.html').message).toMatch(/file URLs/);
    expect(injectionFailure('Frame with ID 0 is showing error page', 'https://x.com').kind).toBe('inject-failed');
  });
});
