import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { flashBadge, forgetBadge, setUnlinkedCount } from '@/utils/background/badge';

const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });
const SAVED = { text: '✓', color: '#15803d', title: 'Saved as a prospect' };
const FAILED = { text: '!', color: '#b91c1c', title: 'Not saved' };

// Each test has its own tab: the module keeps what it knows per tab, as a running worker does.
describe('the badge after a save from the context menu', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('shows the outcome for a few seconds, then the mention count again', async () => {
    await setUnlinkedCount(11, 3);
    await flashBadge(11, SAVED);
    expect(await badge(11)).toBe('✓');
    await vi.advanceTimersByTimeAsync(5000);
    expect(await badge(11)).toBe('3');
  });

  it('a count that arrives meanwhile (a re-scan, auto-scan as the page completes) waits: the outcome stays its few seconds', async () => {
    await flashBadge(12, FAILED);
    await setUnlinkedCount(12, 2);
    expect(await badge(12)).toBe('!');
    await vi.advanceTimersByTimeAsync(5000);
    expect(await badge(12)).toBe('2');
  });

  it('after a worker restart (no count known here) the badge the browser still shows comes back, not an empty one', async () => {
    await fakeBrowser.action.setBadgeText({ tabId: 13, text: '3' });
    await flashBadge(13, SAVED);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await badge(13)).toBe('3');
  });

  it('a second save within the few seconds gets its full time: the first save’s timer does not cut it short', async () => {
    await setUnlinkedCount(14, 1);
    await flashBadge(14, SAVED);
    await vi.advanceTimersByTimeAsync(4000);
    await flashBadge(14, FAILED);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await badge(14)).toBe('!');
    await vi.advanceTimersByTimeAsync(4000);
    expect(await badge(14)).toBe('1');
  });

  it('a second save while the first one’s ✓ shows, on a tab with no count known here, brings back what was before the first, not its ✓', async () => {
    await fakeBrowser.action.setBadgeText({ tabId: 30, text: '5' });
    await flashBadge(30, SAVED);
    await vi.advanceTimersByTimeAsync(1000);
    await flashBadge(30, FAILED);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await badge(30)).toBe('5');
  });

  it('a tab that moved to another page meanwhile gets no old page’s count back', async () => {
    await fakeBrowser.action.setBadgeText({ tabId: 15, text: '3' });
    await flashBadge(15, SAVED);
    forgetBadge(15);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await badge(15)).toBe('');
  });
});
