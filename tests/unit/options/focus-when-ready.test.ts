import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { focusWhenReady } from '@/utils/options/focus-when-ready';

const el = (id: string) => document.getElementById(id)!;
const settle = () => new Promise((r) => setTimeout(r, 10));

beforeEach(() => {
  document.body.innerHTML = '<button id="pressed">Delete</button><input id="filter"><button id="undo">Undo</button>';
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('handing the focus on after an action', () => {
  it('the control pressed went away: the focus goes to the one that replaces it', async () => {
    el('pressed').focus();
    el('pressed').remove();
    focusWhenReady(() => el('undo'));
    await settle();
    expect(document.activeElement).toBe(el('undo'));
  });

  it('asked after an await with where the focus was when the user acted: moved only if it is still there', async () => {
    el('pressed').focus();
    const from = document.activeElement;
    // The action takes a moment; meanwhile the user starts typing in the filter box.
    el('filter').focus();
    focusWhenReady(() => el('undo'), from);
    await settle();
    expect(document.activeElement).toBe(el('filter'));
  });

  it('an element that comes a render later takes the focus when it comes', async () => {
    el('pressed').focus();
    const from = document.activeElement;
    el('pressed').remove();
    focusWhenReady(() => document.getElementById('result'), from);
    await settle();
    document.body.append(Object.assign(document.createElement('button'), { id: 'result' }));
    await settle();
    expect(document.activeElement).toBe(el('result'));
  });
});
