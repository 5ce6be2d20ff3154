import { afterEach, describe, expect, it } from 'vitest';
import { HighlightToggle } from '@/components/HighlightToggle';
import { get, mount } from '../options/render';

let view: ReturnType<typeof mount> | null = null;
afterEach(() => {
  view?.cleanup();
  view = null;
});

describe('the link highlight toggle', () => {
  it('on: a legend with the count of each kind', () => {
    view = mount(<HighlightToggle on counts={{ followed: 3, nofollow: 1, sponsored: 0, ugc: 2, hidden: 4 }} onToggle={() => undefined} />);
    expect(get(view.root, '[data-testid="legend-followed"]').textContent).toContain('3');
    expect(get(view.root, '[data-testid="legend-hidden"]').textContent).toContain('4');
    expect(get(view.root, '[data-testid="highlight-note"]').textContent).toBe('');
  });

  it('announces the note: its live region is there, empty, before the page fails to answer', () => {
    view = mount(<HighlightToggle on={false} counts={null} onToggle={() => undefined} />);
    const region = get(view.root, '[role="status"]');
    expect(region.textContent).toBe('');
    view.rerender(<HighlightToggle on={false} counts={null} note="The page did not answer: reload it and open Linkscout again." onToggle={() => undefined} />);
    expect(get(view.root, '[role="status"]')).toBe(region);
    expect(region.textContent).toMatch(/reload it/);
  });

  it('with a note (the page did not answer): unchecked, no legend, the note shown', () => {
    view = mount(<HighlightToggle on={false} counts={null} note="The page did not answer: reload it and open Linkscout again." onToggle={() => undefined} />);
    expect(get<HTMLInputElement>(view.root, '[data-testid="highlight-toggle"]').checked).toBe(false);
    expect(view.root.querySelector('[data-testid="legend-followed"]')).toBeNull();
    expect(get(view.root, '[data-testid="highlight-note"]').textContent).toMatch(/reload it/);
  });
});
