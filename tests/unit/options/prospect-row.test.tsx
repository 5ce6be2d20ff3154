import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProspectRowView } from '@/components/options/ProspectRowView';
import { SAVE_PAUSE_MS } from '@/utils/options/use-draft-field';
import type { ProspectRow } from '@/utils/prospects/types';
import { blur, get, mount, press, typeInto } from './render';

const row = (over: Partial<ProspectRow> = {}): ProspectRow => ({
  id: 7,
  url: 'https://blog.example.com/best-tools',
  domain: 'example.com',
  title: 'Best tools',
  pageType: 'resource',
  verdict: 'strong',
  score: 82,
  reasons: ['Resource page'],
  status: 'new',
  notes: 'wrote once',
  tags: ['tools', 'q4'],
  contacts: { emails: [], contactPages: [], socialProfiles: [], author: null },
  firstSeen: '2025-01-02T10:00:00.000Z',
  lastChecked: '2025-02-03T10:00:00.000Z',
  updatedAt: '2025-02-03T10:00:00.000Z',
  ...over,
});

let view: ReturnType<typeof mount> | null = null;
afterEach(() => view?.cleanup());

function show(r: ProspectRow, onEdit = vi.fn()) {
  view = mount(
    <ProspectRowView
      row={r}
      index={0}
      top={0}
      selected={false}
      open={false}
      tabbable
      onToggle={() => {}}
      onOpen={() => {}}
      onEdit={onEdit}
      onKeyDown={() => {}}
      onFocus={() => {}}
    />,
  );
  return { root: view.root, onEdit };
}

describe('a prospect row', () => {
  it('links an http(s) page in a new tab without giving it this page', () => {
    const { root } = show(row());
    const a = get<HTMLAnchorElement>(root, 'a');
    expect(a.getAttribute('href')).toBe('https://blog.example.com/best-tools');
    expect(a.target).toBe('_blank');
    expect(a.rel).toBe('noopener noreferrer');
    expect(get(root, '[data-testid="prospect-row"]').dataset.url).toBe('https://blog.example.com/best-tools');
  });

  it('shows markup in a title or notes from a hostile page as text, never as elements', () => {
    const evil = '<img src=x onerror="alert(1)"><b>bold</b>';
    const { root } = show(row({ title: evil, notes: evil, tags: ['<script>x</script>'] }));
    expect(root.querySelector('img, b, script')).toBeNull();
    expect(root.textContent).toContain(evil);
    expect(get<HTMLTextAreaElement>(root, '[data-testid="notes-input"]').value).toBe(evil);
  });

  it('never makes a javascript: or data: address clickable', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<h1>x</h1>']) {
      const { root } = show(row({ url }));
      expect(root.querySelector('a')).toBeNull();
      expect(root.textContent).toContain(url);
      view!.cleanup();
      view = null;
    }
  });

  it('changes the status from its select', () => {
    const { root, onEdit } = show(row());
    const select = get<HTMLSelectElement>(root, '[data-testid="status-select"]');
    expect(select.value).toBe('new');
    select.value = 'contacted';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onEdit).toHaveBeenCalledWith({ status: 'contacted' });
  });

  it('saves notes when the field loses focus, and only when they changed', () => {
    const { root, onEdit } = show(row());
    const notes = get<HTMLTextAreaElement>(root, '[data-testid="notes-input"]');
    notes.focus();
    blur(notes);
    expect(onEdit).not.toHaveBeenCalled();
    typeInto(notes, 'wrote twice');
    blur(notes);
    expect(onEdit).toHaveBeenCalledWith({ notes: 'wrote twice' });
  });

  it('saves notes and tags being typed when the tab is hidden, reloaded or closed (no blur comes then), once', async () => {
    const { root, onEdit } = show(row());
    typeInto(get<HTMLTextAreaElement>(root, '[data-testid="notes-input"]'), 'called Bob, he said yes');
    // Reload and close fire pagehide.
    window.dispatchEvent(new Event('pagehide'));
    expect(onEdit.mock.calls).toEqual([[{ notes: 'called Bob, he said yes' }]]);
    view!.cleanup();

    const other = show(row());
    typeInto(get<HTMLInputElement>(other.root, '[data-testid="tags-input"]'), 'tools, q4, hot');
    // Hiding the tab (switching away, minimising, closing) fires visibilitychange first.
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    visibility.mockRestore();
    expect(other.onEdit.mock.calls).toEqual([[{ tags: ['tools', 'q4', 'hot'] }]]);
  });

  it('saves what is typed once typing pauses, without waiting for the field to lose focus', () => {
    vi.useFakeTimers();
    try {
      const { root, onEdit } = show(row());
      const notes = get<HTMLTextAreaElement>(root, '[data-testid="notes-input"]');
      typeInto(notes, 'called');
      vi.advanceTimersByTime(SAVE_PAUSE_MS / 2);
      typeInto(notes, 'called Bob');
      vi.advanceTimersByTime(SAVE_PAUSE_MS - 1);
      expect(onEdit).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(onEdit.mock.calls).toEqual([[{ notes: 'called Bob' }]]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('Escape after a pause saved the draft puts the notes from before the edit back, and saves them', () => {
    vi.useFakeTimers();
    try {
      const { root, onEdit } = show(row());
      const notes = get<HTMLTextAreaElement>(root, '[data-testid="notes-input"]');
      typeInto(notes, 'oops');
      vi.advanceTimersByTime(SAVE_PAUSE_MS);
      expect(onEdit).toHaveBeenLastCalledWith({ notes: 'oops' });
      press(notes, 'Escape');
      expect(notes.value).toBe('wrote once');
      // The row's value is still the saved draft until the store answers: it is written back.
      expect(onEdit).toHaveBeenLastCalledWith({ notes: 'wrote once' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('Escape on tags puts back the tags from before the edit, and saves nothing', () => {
    const { root, onEdit } = show(row());
    const tags = get<HTMLInputElement>(root, '[data-testid="tags-input"]');
    typeInto(tags, 'tools, q4, oops');
    press(tags, 'Escape');
    expect(tags.value).toBe('tools, q4');
    tags.focus();
    blur(tags);
    expect(onEdit).not.toHaveBeenCalled();
  });

  it('a field only focused, not typed in, writes nothing back, and shows a change made elsewhere after it', () => {
    const { root, onEdit } = show(row());
    const notes = get<HTMLTextAreaElement>(root, '[data-testid="notes-input"]');
    act(() => notes.focus());
    // Another tab changes the notes while this field has focus.
    view!.rerender(
      <ProspectRowView row={row({ notes: 'changed in another tab' })} index={0} top={0} selected={false} open={false} tabbable onToggle={() => {}} onOpen={() => {}} onEdit={onEdit} onKeyDown={() => {}} onFocus={() => {}} />,
    );
    // Nothing typed: leaving asks nothing, saves nothing.
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(false);
    blur(notes);
    expect(onEdit).not.toHaveBeenCalled();
    expect(notes.value).toBe('changed in another tab');
  });

  it('asks before the page is left within a pause of typing, and starts the save', () => {
    const { root, onEdit } = show(row());
    typeInto(get<HTMLTextAreaElement>(root, '[data-testid="notes-input"]'), 'half a thought');
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(true);
    expect(onEdit).toHaveBeenCalledWith({ notes: 'half a thought' });
  });

  it('saves nothing on leaving when nothing is being typed', () => {
    const { onEdit } = show(row());
    const leaving = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(leaving);
    expect(leaving.defaultPrevented).toBe(false);
    window.dispatchEvent(new Event('pagehide'));
    view?.cleanup();
    view = null;
    expect(onEdit).not.toHaveBeenCalled();
  });

  it('saves notes on Ctrl+Enter and keeps a plain Enter as a new line', () => {
    const { root, onEdit } = show(row());
    const notes = get<HTMLTextAreaElement>(root, '[data-testid="notes-input"]');
    typeInto(notes, 'line one');
    press(notes, 'Enter');
    expect(onEdit).not.toHaveBeenCalled();
    press(notes, 'Enter', { ctrlKey: true });
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(onEdit).toHaveBeenCalledWith({ notes: 'line one' });
  });

  it('puts the notes back on Escape without saving', () => {
    const { root, onEdit } = show(row());
    const notes = get<HTMLTextAreaElement>(root, '[data-testid="notes-input"]');
    typeInto(notes, 'oops');
    press(notes, 'Escape');
    expect(onEdit).not.toHaveBeenCalled();
    expect(notes.value).toBe('wrote once');
  });

  it('saves tags typed comma separated on Enter, cleaned up', () => {
    const { root, onEdit } = show(row());
    const tags = get<HTMLInputElement>(root, '[data-testid="tags-input"]');
    expect(tags.value).toBe('tools, q4');
    typeInto(tags, 'tools,  guest post , Tools,');
    press(tags, 'Enter');
    expect(onEdit).toHaveBeenCalledWith({ tags: ['tools', 'guest post'] });
    expect(tags.value).toBe('tools, guest post');
  });

  it('keeps the focus in the field after Enter in tags and Escape in notes, and saves what is typed next', () => {
    const { root, onEdit } = show(row());
    const tags = get<HTMLInputElement>(root, '[data-testid="tags-input"]');
    typeInto(tags, 'tools, hot');
    press(tags, 'Enter');
    expect(document.activeElement).toBe(tags);
    expect(onEdit).toHaveBeenLastCalledWith({ tags: ['tools', 'hot'] });
    const notes = get<HTMLTextAreaElement>(root, '[data-testid="notes-input"]');
    typeInto(notes, 'oops');
    press(notes, 'Escape');
    expect(document.activeElement).toBe(notes);
    expect(notes.value).toBe('wrote once');
    // Still editing: what is typed after Escape is saved as before.
    typeInto(notes, 'wrote twice');
    blur(notes);
    expect(onEdit).toHaveBeenLastCalledWith({ notes: 'wrote twice' });
  });

  it('does not write tags that only differ in spacing', () => {
    const { root, onEdit } = show(row());
    const tags = get<HTMLInputElement>(root, '[data-testid="tags-input"]');
    typeInto(tags, 'tools,q4 ');
    blur(tags);
    expect(onEdit).not.toHaveBeenCalled();
  });
});
