/**
 * The main text of a page drawn through a shadow root and a slot, with layout: a slot has no box
 * of its own (`display: contents`), and `checkVisibility()` calls such an element not visible,
 * though what it draws is. Its own file: the stubbed `checkVisibility` stays cached by dom-safe.ts.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Layout } from '@/utils/analysis/layout';
import { mainTextOf } from '@/utils/analysis/page-text';
import { shadowRootSteps } from '@/utils/analysis/shadow-roots';
import { runSteps } from '@/utils/analysis/steps';

const CONTENTS = new Set(['slot', 'x-contents']);

beforeAll(() => {
  // As Chromium answers: no box, not visible.
  Object.defineProperty(HTMLElement.prototype, 'checkVisibility', { configurable: true, value(this: Element) { return !CONTENTS.has(this.localName); } });
});
afterAll(() => {
  delete (HTMLElement.prototype as { checkVisibility?: unknown }).checkVisibility;
});

const layout: Layout = {
  rect: () => ({ top: 0, left: 0, width: 100, height: 20 }),
  contentRect: () => ({ top: 0, left: 0, width: 100, height: 20 }),
  style: (el) => ({ display: CONTENTS.has(el.localName) ? 'contents' : 'block', visibility: 'visible' }) as CSSStyleDeclaration,
  viewport: { width: 1280, height: 800 },
  page: { width: 1280, height: 4000 },
};

it('reads the text a slot draws, and the text inside a display: contents wrapper', () => {
  const doc = new DOMParser().parseFromString('<body><app-shell><p>Slotted words of the article.</p></app-shell><x-contents><p>Wrapped words.</p></x-contents></body>', 'text/html');
  doc.querySelector('app-shell')!.attachShadow({ mode: 'open' }).innerHTML = '<main><h1>Shadow title</h1><slot></slot></main>'; // test fixture markup, not page input
  const text = mainTextOf(doc.body, layout, undefined, runSteps(shadowRootSteps(doc)));
  expect(text).toBe('Shadow title Slotted words of the article. Wrapped words.');
});
