import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { prepareOverlay } from '@/utils/background/prepare-overlay';
import { PAGE_CHANGED } from '@/utils/messaging/protocol';

/** The page the popup's list is of. */
const INSPECTED = 'https://blog.example/post';
/** The scripts injected into the tab, in order. */
let injected: string[];
let tabUrl: string | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  injected = [];
  tabUrl = 'https://blog.example/post';
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id) => ({ id, url: tabUrl }) as Awaited<ReturnType<typeof fakeBrowser.tabs.get>>);
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection) => {
    injected.push(...('files' in injection ? (injection.files ?? []) : []));
    return [];
  });
});

describe('the popup asking for the overlay before a highlight or a flash', () => {
  it('injects the overlay script alone: never a new content script into a page the popup’s list is not of', async () => {
    expect(await prepareOverlay(3, INSPECTED)).toEqual({ ok: true });
    expect(injected).toEqual(['/page-overlay.js']);
  });

  it('a browser page: refused in the popup’s words, nothing injected', async () => {
    tabUrl = 'chrome://settings/';
    expect(await prepareOverlay(3, tabUrl)).toMatchObject({ ok: false, message: expect.stringMatching(/browser/i) });
    expect(injected).toEqual([]);
  });

  it('a page the scripts cannot be injected into says why', async () => {
    vi.mocked(fakeBrowser.scripting.executeScript).mockRejectedValue(new Error('Cannot access contents of the page.'));
    expect(await prepareOverlay(3, INSPECTED)).toEqual({ ok: false, message: 'Linkscout has no access to this tab. Click the Linkscout button while on the page to grant it.' });
  });

  it('a tab that moved on to a page that refuses: the page changed, not why the new page refuses', async () => {
    tabUrl = 'chrome://newtab/';
    expect(await prepareOverlay(3, INSPECTED)).toEqual({ ok: false, message: PAGE_CHANGED });
    tabUrl = 'https://other.example/';
    vi.mocked(fakeBrowser.scripting.executeScript).mockRejectedValue(new Error('Cannot access contents of the page.'));
    expect(await prepareOverlay(3, INSPECTED)).toEqual({ ok: false, message: PAGE_CHANGED });
    // A jump within the page is the same page: its own reason.
    tabUrl = `${INSPECTED}#comments`;
    expect(await prepareOverlay(3, INSPECTED)).toMatchObject({ ok: false, message: expect.stringMatching(/no access/) });
  });

  it('a tab that is gone says so', async () => {
    vi.mocked(fakeBrowser.tabs.get).mockRejectedValue(new Error('No tab with id: 3.'));
    expect(await prepareOverlay(3, INSPECTED)).toEqual({ ok: false, message: 'That tab is gone.' });
    expect(injected).toEqual([]);
  });
});
