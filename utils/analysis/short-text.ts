/**
 * The text of a small element, read without reading a big one: bylines and date elements are a
 * few words, but a hostile page can give hundreds of them a megabyte each. Reading stops past
 * `max` characters or `maxNodes` nodes (whitespace between tags counts), where textContent
 * would copy the whole subtree.
 */
import { lastChild, nodeType, nodeValue, parentEl, previousSibling } from './dom-safe';

export function shortText(el: Element, max: number, maxNodes = 200): string | null {
  let out = '';
  let nodes = 0;
  const stack: Node[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (++nodes > maxNodes) return null;
    const type = nodeType(node);
    if (type === 3) {
      out += nodeValue(node) ?? '';
      if (out.length > max) return null;
    } else if (type === 1) {
      for (let c = lastChild(node); c; c = previousSibling(c)) stack.push(c);
    }
  }
  return out;
}

/**
 * The last `chars` characters of the parent's text before `own` (the element's text, as read
 * with shortText): a label written beside the element rather than in it ("Updated <span>…</span>",
 * "Reviewed by <a>…</a>"). Empty when there is none, or the parent holds more than `parentChars`.
 * An element with no text yet (a `<time>` the page's scripts fill in) is taken to end its parent's.
 */
export function textBefore(el: Element, own: string, chars = 40, parentChars = 500): string {
  const parent = parentEl(el);
  const around = parent ? (shortText(parent, parentChars) ?? '') : '';
  const at = own.trim() ? around.indexOf(own) : around.length;
  return at > 0 ? around.slice(Math.max(0, at - chars), at) : '';
}
