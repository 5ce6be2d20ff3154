import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { saveTab } from '@/utils/background/save-tab';

describe('saving the page the popup shows', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves nothing when the tab has moved on to another page since the popup read it, and says why', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 1, url: 'https://shop.example/b' } as Awaited<ReturnType<typeof fakeBrowser.tabs.get>>);
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript');
    const r = await saveTab(1, 'page', 'https://shop.example/a');
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/moved on to another page.*nothing was saved/) });
    // The page the tab shows now is not read either: the user chose to save the other one.
    expect(inject).not.toHaveBeenCalled();
  });
});
