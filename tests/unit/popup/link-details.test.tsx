import { afterEach, describe, expect, it } from 'vitest';
import { LinkDetails } from '@/components/LinkDetails';
import type { ScoredLink } from '@/utils/scoring/types';
import { get, mount } from '../options/render';

const link = {
  index: 4, element: 'a', scheme: 'https', target: null, text: 'display none link', imageAlt: null, rawHref: 'https://x.example/', href: 'https://x.example/', host: 'x.example',
  rel: [], internal: false, placement: 'content', placementReasons: [], visible: false, hiddenBy: 'display', aboveFold: true, contentOrder: null, context: null,
  counts: { value: false, reasons: ['hidden (display)'] }, strength: { score: 10, reasons: [] },
} as unknown as ScoredLink;

let view: ReturnType<typeof mount> | null = null;
afterEach(() => {
  view?.cleanup();
  view = null;
});

describe('a link’s details', () => {
  it('announces the note on revealing it from a live region that was there before the note', () => {
    // The popup shows the details on the click and the note when the page answers.
    view = mount(<LinkDetails link={link} revealNote={null} />);
    const region = get(view.root, '[role="status"]');
    expect(region.textContent).toBe('');
    view.rerender(<LinkDetails link={link} revealNote="Hidden link: scrolled to where it sits, but there is nothing to see." />);
    expect(get(view.root, '[role="status"]')).toBe(region);
    expect(region.textContent).toBe('Hidden link: scrolled to where it sits, but there is nothing to see.');
  });
});
