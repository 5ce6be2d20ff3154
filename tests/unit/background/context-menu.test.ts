import { describe, expect, it } from 'vitest';
import { menuFeedback } from '@/utils/background/context-menu';
import type { ProspectRow } from '@/utils/prospects/types';

const row = { id: 3, url: 'https://blog.example.com/resources', status: 'contacted' } as ProspectRow;

describe('saving from the page’s context menu answers on the toolbar button', () => {
  it('a first save: a tick, and the title says it was saved', () => {
    expect(menuFeedback({ ok: true, prospect: { ...row, status: 'new' }, created: true })).toEqual({
      text: '✓',
      color: '#15803d',
      title: 'Linkscout: saved as a prospect',
    });
  });
  it('a page saved before: a tick, and its status, so the user knows nothing was duplicated', () => {
    expect(menuFeedback({ ok: true, prospect: row, created: false }).title).toBe('Linkscout: already saved (status: contacted), visit added');
  });
  it('a failure: an exclamation mark, and the reason in the title', () => {
    const f = menuFeedback({ ok: false, error: 'Your browser’s storage for Linkscout is full.' });
    expect(f.text).toBe('!');
    expect(f.title).toBe('Linkscout: not saved. Your browser’s storage for Linkscout is full.');
  });
});
