import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { LinkList } from '@/components/LinkList';
import type { ScoredLink } from '@/utils/scoring/types';
import { click, get, mount, press } from '../options/render';

const base = { element: 'a', scheme: 'https', target: null, placementReasons: [], hiddenBy: null, aboveFold: true, contentOrder: null, context: null, imageAlt: null, rel: [], internal: false, placement: 'content', visible: true, counts: { value: true, reasons: [] }, strength: { score: 50, reasons: [] } } as const;
const link = (index: number) => ({ ...base, index, text: `Site number ${index}`, rawHref: `https://site${index}.example/`, href: `https://site${index}.example/`, host: `site${index}.example` }) as unknown as ScoredLink;
const many = Array.from({ length: 5000 }, (_, i) => link(i));

let view: ReturnType<typeof mount> | null = null;
afterEach(() => {
  view?.cleanup();
  view = null;
});
beforeEach(() => {
  // happy-dom has no layout: give the list the popup's height so the virtualiser sees a viewport.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.dataset.testid === 'link-list' ? 288 : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return this.dataset.testid === 'link-list' ? 400 : 0;
  });
});

const list = () => get(view!.root, '[role="list"]');
const rows = () => Array.from(view!.root.querySelectorAll<HTMLElement>('[data-testid="link-row"]'));
const focused = () => document.activeElement as HTMLElement;
const itemOf = (row: Element) => row.closest('[role="listitem"]')!;

describe('the link list', () => {
  it('is a named list whose rows say their place among all the links, not just the rendered ones', () => {
    view = mount(<LinkList links={many} selected={null} onPick={() => {}} />);
    expect(list().getAttribute('aria-label')).toBe('Links');
    expect(rows().length).toBeLessThan(40);
    const first = itemOf(rows()[0]!);
    expect(first.getAttribute('aria-setsize')).toBe('5000');
    expect(first.getAttribute('aria-posinset')).toBe('1');
  });

  it('is one tab stop; arrows, Home/End and PageUp/PageDown move focus between rows', () => {
    view = mount(<LinkList links={many} selected={null} onPick={() => {}} />);
    expect(rows().filter((r) => r.tabIndex === 0).map((r) => r.dataset.index)).toEqual(['0']);
    act(() => rows()[0]!.focus());
    press(focused(), 'ArrowDown');
    expect(focused().dataset.index).toBe('1');
    press(focused(), 'PageDown');
    expect(focused().dataset.index).toBe('5'); // 288 px hold four 58 px rows
    press(focused(), 'ArrowUp');
    expect(focused().dataset.index).toBe('4');
    press(focused(), 'End');
    expect(focused().dataset.index).toBe('4999');
    expect(itemOf(focused()).getAttribute('aria-posinset')).toBe('5000');
    expect(rows().filter((r) => r.tabIndex === 0)).toEqual([focused()]);
    press(focused(), 'Home');
    expect(focused().dataset.index).toBe('0');
  });

  it('keeps the focused row (and its focus) while the list scrolls it out of view', () => {
    view = mount(<LinkList links={many} selected={null} onPick={() => {}} />);
    const row = rows()[2]!;
    act(() => row.focus());
    act(() => {
      list().scrollTop = 100_000;
      list().dispatchEvent(new Event('scroll'));
    });
    expect(rows().some((r) => Number(r.dataset.index) > 1500)).toBe(true);
    expect(row.isConnected).toBe(true);
    expect(focused()).toBe(row);
  });

  it('marks the picked row for assistive technology and hands a click to the popup', () => {
    const onPick = vi.fn();
    view = mount(<LinkList links={many.slice(0, 10)} selected={3} onPick={onPick} />);
    expect(rows().filter((r) => r.getAttribute('aria-current') === 'true').map((r) => r.dataset.index)).toEqual(['3']);
    click(rows()[5]!);
    expect(onPick).toHaveBeenCalledWith(many[5]);
  });
});
