import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CHANNEL_KEY } from '@/utils/page/content-lifecycle';

describe('the content scripts’ arrival channel, made by the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('is made once, however many injections ask for it at once, and the content scripts then find it', async () => {
    const { pageChannelReady } = await import('@/utils/background/page-channel');
    const { arrivalEvent } = await import('@/utils/page/content-lifecycle');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await Promise.all([pageChannelReady(), pageChannelReady(), pageChannelReady()]);
    expect(set).toHaveBeenCalledTimes(1);
    const stored = (await fakeBrowser.storage.local.get(CHANNEL_KEY))[CHANNEL_KEY];
    expect(stored).toMatch(/^[0-9a-f]{32}$/);
    // Two tabs' copies starting together both read it: they share the one name.
    const [a, b] = await Promise.all([arrivalEvent(fakeBrowser.storage.local), arrivalEvent(fakeBrowser.storage.local)]);
    expect(a).toBe(`linkscout-${stored}`);
    expect(b).toBe(a);
    expect(set).toHaveBeenCalledTimes(1);
  });

  it('keeps the channel a reload left in storage', async () => {
    await fakeBrowser.storage.local.set({ [CHANNEL_KEY]: '0123456789abcdef0123456789abcdef' });
    const { pageChannelReady } = await import('@/utils/background/page-channel');
    await pageChannelReady();
    expect((await fakeBrowser.storage.local.get(CHANNEL_KEY))[CHANNEL_KEY]).toBe('0123456789abcdef0123456789abcdef');
  });
});
