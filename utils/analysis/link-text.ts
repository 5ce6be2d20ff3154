import { childElementCount, lastChild, nodeType, nodeValue, previousSibling, tagOf, textOf } from './dom-safe';

/** Elements whose content a reader does not see as text (an SVG icon's `title` is its alt). */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript', 'title']);
/** Elements that start a line: their words stay apart from the words around them. */
const LINE = /^(br|p|div|li|h[1-6]|dt|dd|td|th|figcaption|blockquote)$/;
/** Nodes read inside one link at most; past them its plain `textContent` stands. */
const MAX_NODES = 2000;

/**
 * A link's text as a reader sees it: a card's title and excerpt, or lines split by `<br>`, keep
 * their words apart ("Best shoes Our guide", not "Best shoesOur guide"); style sheets, scripts
 * and SVG titles are no text. Read until it holds more than `max` characters (links.ts folds
 * and clips what it keeps).
 */
export function linkText(el: Element, max: number): string {
  if (childElementCount(el) === 0) return textOf(el) ?? '';
  let out = '';
  let nodes = 0;
  const stack: Array<Node | ' '> = [el];
  while (stack.length > 0 && out.length <= max) {
    const node = stack.pop()!;
    if (node === ' ') out += ' ';
    else if (++nodes > MAX_NODES) return textOf(el) ?? '';
    else if (nodeType(node) === 3) out += nodeValue(node) ?? '';
    else if (nodeType(node) === 1 && !NOT_TEXT.has(tagOf(node as Element))) {
      const line = node !== el && LINE.test(tagOf(node as Element));
      if (line) stack.push(' ');
      for (let c = lastChild(node); c; c = previousSibling(c)) stack.push(c);
      if (line) out += ' ';
    }
  }
  return out;
}
