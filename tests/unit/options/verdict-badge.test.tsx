import { afterEach, describe, expect, it } from 'vitest';
import { VerdictBadge } from '@/components/options/VerdictBadge';
import { mount } from './render';

let view: ReturnType<typeof mount> | null = null;
afterEach(() => {
  view?.cleanup();
  view = null;
});

describe('the verdict badge', () => {
  it('shows the verdict and score of a judged page', () => {
    view = mount(<VerdictBadge verdict="strong" score={82} judged />);
    expect(view.root.textContent).toMatch(/Strong.*82/);
  });

  it('says "Not judged yet" for a page imported from a list, not a made-up verdict and score', () => {
    view = mount(<VerdictBadge verdict="worth-a-look" score={0} judged={false} />);
    expect(view.root.textContent).toBe('Not judged yet');
  });
});
