import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { badgeFromPage, forgetClickedTab, scanTabMentions } from '@/utils/background/scan-mentions';

const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

describe('a page’s script telling its new count (mentionsChanged)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await forgetClickedTab(5);
    // The user opened the popup on tab 5 (no brands set up: nothing is sent to the page).
    await scanTabMentions(5);
  });

  it('sets the badge of the tab the browser names as the sender, and of no other tab', async () => {
    expect(await badgeFromPage({ unlinked: 3 }, { tab: { id: 5 }, frameId: 0 })).toEqual({ badge: true });
    expect(await badge(5)).toBe('3');
    expect(await badge(6)).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: 5 })).toBe('Linkscout: 3 unlinked mentions of your brand');
  });

  it('a count that drops to zero clears the badge', async () => {
    await badgeFromPage({ unlinked: 3 }, { tab: { id: 5 }, frameId: 0 });
    await badgeFromPage({ unlinked: 0 }, { tab: { id: 5 }, frameId: 0 });
    expect(await badge(5)).toBe('');
  });

  it('still follows the page after the service worker restarted (what the user asked for is in session storage)', async () => {
    vi.resetModules();
    const restarted = await import('@/utils/background/scan-mentions');
    expect(await restarted.badgeFromPage({ unlinked: 4 }, { tab: { id: 5 }, frameId: 0 })).toEqual({ badge: true });
    expect(await badge(5)).toBe('4');
  });

  it('is ignored from a page the user never asked about while auto-scan is off (a watcher left over after switching it off)', async () => {
    await forgetClickedTab(5);
    expect(await badgeFromPage({ unlinked: 3 }, { tab: { id: 5 }, frameId: 0 })).toEqual({ badge: false });
    expect(await badge(5)).toBe('');
  });

  it('is ignored from a frame inside the page, or from a sender without a tab', async () => {
    expect(await badgeFromPage({ unlinked: 3 }, { tab: { id: 5 }, frameId: 4 })).toEqual({ badge: false });
    expect(await badgeFromPage({ unlinked: 3 }, { frameId: 0 })).toEqual({ badge: false });
    expect(await badgeFromPage({ unlinked: 3 }, { tab: { id: -1 }, frameId: 0 })).toEqual({ badge: false });
    expect(await badge(5)).toBe('');
  });
});
