/**
 * The links of the main content with their text, read once for the detectors that judge links
 * by their neighbours (template controls, duplicate picture links).
 */
import { queryList, textOf } from '../dom-safe';

export interface RootLinks {
  /** Every `a[href]` under the main content, in document order. */
  elements: ArrayLike<Element>;
  /** Their text (textContent, unfolded), same order. */
  texts: string[];
}

/** Links read between two yields (a listing's main content can hold tens of thousands). */
const SLICE = 1000;

export function* rootLinkSteps(root: Element | null): Generator<void, RootLinks> {
  const elements = root ? queryList(root, 'a[href]') : [];
  const texts: string[] = new Array<string>(elements.length);
  for (let i = 0; i < elements.length; i++) {
    if (i % SLICE === SLICE - 1) yield;
    texts[i] = textOf(elements[i]!) ?? '';
  }
  return { elements, texts };
}
