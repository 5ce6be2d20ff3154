import { foldWhitespace } from './text';
import { closest, parentEl, textOf } from './dom-safe';

const BLOCK = 'p, li, td, th, dd, dt, blockquote, figcaption, h1, h2, h3, h4, h5, h6, pre, article, section, div';

/**
 * A reader of the text around links: about `size` characters with the link's own text in
 * the middle, read from the nearest block so a sentence over inline tags stays whole.
 * Block texts are cached, so a thousand links in one block fold its text once.
 */
export function createContextReader(size = 200): (link: Element, linkText: string) => string {
  const blockText = new Map<Element, string>();
  return (link, linkText) => {
    const parent = parentEl(link);
    const block = parent ? (closest(parent, BLOCK) ?? parent) : null;
    let text = block ? blockText.get(block) : undefined;
    if (text === undefined) {
      text = foldWhitespace((block ? textOf(block) : null) ?? linkText);
      if (block) blockText.set(block, text);
    }
    if (text.length <= size) return text;
    const at = linkText ? text.indexOf(linkText) : -1;
    const centre = at >= 0 ? at + linkText.length / 2 : 0;
    const end = Math.min(text.length, Math.max(0, Math.round(centre - size / 2)) + size);
    const start = Math.max(0, end - size);
    return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
  };
}
