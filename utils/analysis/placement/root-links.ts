/**
 * The links of the main content with their text, read once for the detectors that judge links
 * by their neighbours (template controls, duplicate picture links).
 */
import { queryList, textOf } from '../dom-safe';
import type { PageStats } from './stats';

export interface RootLinks {
  /** Every `a[href]` in the main content as drawn (shadow trees included), in document order. */
  elements: Element[];
  /** The head of each one's text (enough to tell a stock control: see TEXT_KEPT), same order. */
  texts: string[];
  /** Whether each one has any text of its own. */
  hasText: boolean[];
}

/** Characters of a link's text kept: past TEMPLATE_MAX_CHARS (500) a text is no stock control. */
const TEXT_KEPT = 501;

/** Links read between two yields (a listing's main content can hold tens of thousands). */
const SLICE = 1000;

/** The links of the main content (element `root` of the stats), from the placement walk. */
export function* rootLinkSteps(stats: PageStats, root: number): Generator<void, RootLinks> {
  const out: RootLinks = { elements: [], texts: [], hasText: [] };
  if (root < 0) return out;
  const last = stats.last[root]!;
  for (let j = root; j <= last; j++) {
    if (!stats.isLink[j]) continue;
    if (out.elements.length % SLICE === SLICE - 1) yield;
    add(out, stats.elements[j]!);
  }
  return out;
}

/** The links under an element, light DOM only (a detector used on its own: tests, scripts). */
export function linksUnder(root: Element | null): RootLinks {
  const out: RootLinks = { elements: [], texts: [], hasText: [] };
  const list = root ? queryList(root, 'a[href]') : [];
  for (let i = 0; i < list.length; i++) add(out, list[i]!);
  return out;
}

function add(out: RootLinks, el: Element): void {
  const text = textOf(el) ?? '';
  out.elements.push(el);
  out.texts.push(text.length > TEXT_KEPT ? text.slice(0, TEXT_KEPT) : text);
  out.hasText.push(/[^\s\u00a0\u200b]/.test(text));
}
