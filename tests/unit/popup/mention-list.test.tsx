import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MentionList } from '@/components/MentionList';
import type { Mention } from '@/utils/mentions/types';
import { act } from 'preact/test-utils';
import { click, get, mount, press } from '../options/render';

let view: ReturnType<typeof mount> | null = null;
afterEach(() => {
  view?.cleanup();
  view = null;
});

function mention(index: number, over: Partial<Mention> = {}): Mention {
  return {
    index,
    term: 'Acme',
    brand: 'Acme',
    owner: 'brand',
    kind: 'name',
    matched: 'Acme',
    context: `…we tried Acme for the launch (${index})…`,
    placement: 'content',
    state: 'unlinked',
    linkHref: null,
    linkHost: null,
    visible: true,
    ...over,
  };
}
const linked = (host: string) => ({ linkHref: `https://${host}/`, linkHost: host });

const rows = () => Array.from(view!.root.querySelectorAll<HTMLElement>('[data-testid="mention-row"]'));
const order = () => rows().map((r) => `${r.dataset.index}:${r.dataset.state}`);
const chip = (state: string) => get<HTMLButtonElement>(view!.root, `[data-testid="mention-filter-${state}"]`);

describe('the mentions list', () => {
  const page = [
    mention(0, { state: 'linked-to-you', ...linked('acme.com') }),
    mention(1, { state: 'linked-elsewhere', ...linked('news.example') }),
    mention(2),
    mention(3, { visible: false }),
    mention(4),
    mention(5, { state: 'linked-elsewhere', ...linked('blog.example') }),
  ];

  it('puts unlinked mentions first, then linked elsewhere, then linked to you; hidden ones after the visible ones of their state', () => {
    view = mount(<MentionList mentions={page} selected={null} onPick={() => {}} />);
    expect(order()).toEqual(['2:unlinked', '4:unlinked', '3:unlinked', '1:linked-elsewhere', '5:linked-elsewhere', '0:linked-to-you']);
  });

  it('counts visible mentions per state on the chips, says how many are hidden, and filters by state', () => {
    view = mount(<MentionList mentions={page} selected={null} onPick={() => {}} />);
    expect(chip('unlinked').textContent).toBe('Unlinked 2 (+1 hidden)');
    expect(chip('linked-elsewhere').textContent).toBe('Linked elsewhere 2');
    expect(chip('linked-to-you').textContent).toBe('Linked to you 1');
    click(chip('linked-elsewhere'));
    expect(order()).toEqual(['1:linked-elsewhere', '5:linked-elsewhere']);
    expect(chip('linked-elsewhere').getAttribute('aria-pressed')).toBe('true');
    click(chip('linked-elsewhere'));
    expect(rows()).toHaveLength(6);
  });

  it('says so when a state has no mentions', () => {
    view = mount(<MentionList mentions={[mention(0)]} selected={null} onPick={() => {}} />);
    click(chip('linked-to-you'));
    expect(rows()).toHaveLength(0);
    expect(get(view.root, '[data-testid="mention-list"]').textContent).toBe('No linked to you mentions on this page.');
  });

  it('shows what was matched, whose brand, its state, where it sits, where it links and its context', () => {
    const m = mention(7, {
      matched: 'RIVAL’s',
      brand: 'Rival',
      owner: 'competitor',
      state: 'linked-to-you',
      placement: 'sidebar',
      context: 'Compare it with RIVAL’s offer',
      ...linked('rival.io'),
    });
    view = mount(<MentionList mentions={[m]} selected={null} onPick={() => {}} />);
    const row = get(view.root, '[data-testid="mention-row"]');
    const part = (id: string) => get(row, `[data-testid="${id}"]`).textContent;
    expect(part('mention-matched')).toBe('RIVAL’s');
    expect(part('mention-brand')).toBe('Rival');
    expect(part('mention-competitor')).toBe('competitor');
    expect(part('mention-state')).toBe('Linked to their site');
    expect(part('mention-placement')).toBe('Sidebar');
    expect(part('mention-link-host')).toBe('→ rival.io');
    expect(get(row, 'mark').textContent).toBe('RIVAL’s');
    expect(row.querySelector('[data-testid="mention-hidden"]')).toBeNull();
  });

  it('marks hidden mentions as hidden and your own brand without a competitor tag', () => {
    view = mount(<MentionList mentions={[mention(0, { visible: false })]} selected={null} onPick={() => {}} />);
    const row = get(view.root, '[data-testid="mention-row"]');
    expect(get(row, '[data-testid="mention-hidden"]').textContent).toBe('hidden on the page');
    expect(row.querySelector('[data-testid="mention-competitor"]')).toBeNull();
    expect(get(row, '[data-testid="mention-state"]').textContent).toBe('Unlinked');
  });

  it('hands the picked mention to the popup and marks the selected one', () => {
    const onPick = vi.fn();
    view = mount(<MentionList mentions={page} selected={4} onPick={onPick} />);
    const row4 = rows().find((r) => r.dataset.index === '4')!;
    expect(row4.getAttribute('aria-current')).toBe('true');
    expect(rows().filter((r) => r.getAttribute('aria-current') === 'true')).toHaveLength(1);
    click(rows().find((r) => r.dataset.index === '1')!);
    expect(onPick).toHaveBeenCalledWith(page[1]);
  });

  it('is one tab stop, a list named Mentions, not a second Brand mentions region; arrows move between rows', () => {
    view = mount(<MentionList mentions={page} selected={null} onPick={() => {}} />);
    expect(view.root.querySelector('[aria-label="Brand mentions"]')).toBeNull();
    expect(get(view.root, '[data-testid="mention-list"]').getAttribute('aria-label')).toBe('Mentions');
    expect(rows().filter((r) => r.tabIndex === 0)).toEqual([rows()[0]]);
    act(() => rows()[0]!.focus());
    press(document.activeElement!, 'ArrowDown');
    expect(document.activeElement).toBe(rows()[1]);
    press(document.activeElement!, 'End');
    expect(document.activeElement).toBe(rows()[5]);
    expect(rows().filter((r) => r.tabIndex === 0)).toEqual([rows()[5]]);
  });

  it('renders hostile page text as text and never makes a link of it', () => {
    const hostile = mention(0, {
      matched: '<b>Acme</b>',
      context: '<img src=x onerror="alert(1)"> <script>alert(2)</script> <b>Acme</b>',
      state: 'linked-elsewhere',
      linkHref: 'https://evil.example/',
      linkHost: '<i>evil</i>',
    });
    view = mount(<MentionList mentions={[hostile]} selected={null} onPick={() => {}} />);
    const list = get(view.root, '[data-testid="mention-list"]');
    expect(list.querySelector('img, script, b, i, a')).toBeNull();
    expect(get(list, '[data-testid="mention-context"]').textContent).toBe(hostile.context);
    expect(get(list, '[data-testid="mention-link-host"]').textContent).toBe('→ <i>evil</i>');
  });
});

describe('a page with many mentions', () => {
  beforeEach(() => {
    // happy-dom has no layout: give the list the popup's height so the virtualiser sees a viewport.
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
      return this.dataset.testid === 'mention-list' ? 288 : 0;
    });
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
      return this.dataset.testid === 'mention-list' ? 400 : 0;
    });
  });

  it('keeps only the rows in view in the DOM, starting with the unlinked ones, and counts them all', () => {
    const many = Array.from({ length: 2000 }, (_, i) => mention(i, { state: i % 4 === 0 ? 'unlinked' : 'linked-elsewhere', ...(i % 4 ? linked('x.example') : {}) }));
    view = mount(<MentionList mentions={many} selected={null} onPick={() => {}} />);
    expect(get(view.root, '[data-testid="mention-list"]').dataset.virtual).toBe('true');
    expect(rows().length).toBeGreaterThan(0);
    expect(rows().length).toBeLessThan(40);
    expect(order().slice(0, 2)).toEqual(['0:unlinked', '4:unlinked']);
    expect(chip('unlinked').textContent).toBe('Unlinked 500');
    expect(chip('all').textContent).toBe('All 2000');
    // Each rendered row says where it sits among all of them.
    const item = rows()[0]!.closest('[role="listitem"]')!;
    expect(item.getAttribute('aria-setsize')).toBe('2000');
    expect(item.getAttribute('aria-posinset')).toBe('1');
  });
});
