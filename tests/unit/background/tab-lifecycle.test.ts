import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { recallReport, rememberReport } from '@/utils/background/report-cache';
import { forgetTabsAsTheyChange } from '@/utils/background/tab-lifecycle';
import type { InspectResult } from '@/utils/messaging/protocol';
import type { ScoredReport } from '@/utils/scoring/types';

const report = (url: string): InspectResult => ({ ok: true, report: { page: { url }, links: [] } as unknown as ScoredReport });
type Tab = Parameters<Parameters<typeof fakeBrowser.tabs.onUpdated.addListener>[0]>[2];
const tab = (url: string) => ({ id: 4, url }) as Tab;

describe('what the background keeps for a tab, as the tab changes', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    forgetTabsAsTheyChange();
  });

  it('keeps the report across a jump within the page (#section), and forgets it for another page or a reload', async () => {
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'loading', url: 'https://blog.example/post' }, tab('https://blog.example/post'));
    const kept = report('https://blog.example/post');
    await rememberReport(4, kept);

    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'loading', url: 'https://blog.example/post#comments' }, tab('https://blog.example/post#comments'));
    expect(await recallReport(4)).toBe(kept);

    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'loading' }, tab('https://blog.example/post#comments'));
    expect(await recallReport(4)).toBeNull();

    await rememberReport(4, report('https://blog.example/post'));
    await fakeBrowser.tabs.onUpdated.trigger(4, { url: 'https://blog.example/next' }, tab('https://blog.example/next'));
    expect(await recallReport(4)).toBeNull();
  });

  it('keeps the report when the page rids its address of tracking parameters, not when a parameter of its own goes', async () => {
    const opened = 'https://blog.example/list?page=2&utm_source=news&srsltid=AfmBOo';
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'loading', url: opened }, tab(opened));
    const kept = report(opened);
    await rememberReport(4, kept);

    await fakeBrowser.tabs.onUpdated.trigger(4, { url: 'https://blog.example/list?page=2' }, tab('https://blog.example/list?page=2'));
    expect(await recallReport(4)).toBe(kept);

    await fakeBrowser.tabs.onUpdated.trigger(4, { url: 'https://blog.example/list' }, tab('https://blog.example/list'));
    expect(await recallReport(4)).toBeNull();
  });

  it('forgets the report when a link adds tracking parameters to the page’s address (a new load of it)', async () => {
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'loading', url: 'https://blog.example/post' }, tab('https://blog.example/post'));
    await rememberReport(4, report('https://blog.example/post'));
    const tracked = 'https://blog.example/post?utm_source=header';
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'loading', url: tracked }, tab(tracked));
    expect(await recallReport(4)).toBeNull();
  });
});
