/**
 * The page's text in reading order, as a reader gets it: text nodes, with block boundaries
 * (a term never spans two paragraphs) and separators (an image between two words), through
 * open shadow roots (slotted children at their slot) and same-origin iframes.
 */
import { assignedNodesOf, attr, childNodes, docRoot, nodeType, query, shadowRootOf, tagOf } from '../analysis/dom-safe';
import { isOverlayHost } from '../page/overlay-tag';

/*
 * Every DOM read goes through dom-safe.ts: an ASP.NET page wraps its text in one form, whose
 * inputs (`<input name="childNodes">`) shadow the form's own members, in content scripts too.
 */

/** A document the walk reads: the page, or a same-origin iframe inside it. */
export interface Frame {
  doc: Document;
  /** The iframe element in the parent frame; null for the page itself. */
  element: Element | null;
  parent: Frame | null;
}

export type WalkEvent =
  | { kind: 'text'; node: Text; frame: Frame }
  | { kind: 'break' }
  | { kind: 'separator' };

/** Never page text: code, fallback content, and form fields (their value is the user's input). */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link',
  'textarea', 'input', 'select', 'option', 'optgroup', 'datalist',
  'svg', 'math', 'canvas', 'object', 'embed', 'video', 'audio', 'img', 'picture', 'frameset', 'frame',
]);
/** Of those, the ones drawn as a box between words: they end a word like a space does. */
const SEPARATING = new Set(['textarea', 'input', 'select', 'svg', 'math', 'canvas', 'object', 'embed', 'video', 'audio', 'img', 'picture', 'iframe', 'br']);

/** Elements laid out as blocks by default: a term does not continue across them. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'search', 'section', 'summary',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'button', 'marquee',
]);

type Item = { node: Node; frame: Frame } | { end: true };
const END: Item = { end: true };

/**
 * Text being edited is left out: a contenteditable region is the user's draft (a CMS
 * editor, a comment box), not what the page publishes, and it changes under the ranges.
 */
function isEditable(el: Element): boolean {
  const v = attr(el, 'contenteditable');
  return v !== null && v.toLowerCase() !== 'false';
}

/** A same-origin iframe's document, or null (cross-origin frames throw or return null). */
function frameDocument(el: Element): Document | null {
  try {
    const doc = (el as HTMLIFrameElement).contentDocument;
    return doc && docRoot(doc) ? doc : null;
  } catch {
    return null;
  }
}

type Slot = Element & { assignedNodes(opts?: { flatten?: boolean }): Node[] };

/**
 * `onScope` hears of each open shadow root and same-origin frame document the walk enters, as
 * it enters it (a live page watches them: their changes do not reach the document's observer).
 */
export function* walkText(doc: Document, onScope?: (scope: ShadowRoot | Document) => void): Generator<WalkEvent> {
  const top: Frame = { doc, element: null, parent: null };
  const root = docRoot(doc);
  if (!root) return;
  const stack: Item[] = [{ node: root, frame: top }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('end' in item) {
      yield { kind: 'break' };
      continue;
    }
    const { node, frame } = item;
    const type = nodeType(node);
    if (type === 3) {
      if ((node as Text).data.length > 0) yield { kind: 'text', node: node as Text, frame };
      continue;
    }
    if (type !== 1) continue;
    const el = node as Element;
    const tag = tagOf(el);
    if (tag === 'iframe') {
      const inner = frameDocument(el);
      const body = inner ? docRoot(inner) : null;
      yield { kind: 'break' };
      if (inner && body) {
        onScope?.(inner);
        stack.push(END);
        stack.push({ node: body, frame: { doc: inner, element: el, parent: frame } });
      }
      continue;
    }
    if (SKIP.has(tag) || isEditable(el) || isOverlayHost(el)) {
      if (SEPARATING.has(tag)) yield { kind: 'separator' };
      continue;
    }
    if (tag === 'br') {
      yield { kind: 'separator' };
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      yield { kind: 'break' };
      stack.push(END);
    }
    for (const child of childrenOf(el, onScope).reverse()) stack.push({ node: child, frame });
  }
}

/** What is drawn inside an element: its shadow tree when it has one, a slot's assigned nodes. */
function childrenOf(el: Element, onScope?: (scope: ShadowRoot) => void): Node[] {
  const assigned = tagOf(el) === 'slot' ? assignedNodesOf(el) : undefined;
  if (assigned?.length) return assigned;
  const shadow = shadowRootOf(el);
  if (shadow) {
    onScope?.(shadow);
    const inner = Array.from(childNodes(shadow));
    // Without slot support (old engines), the light children are read after the shadow tree.
    const slot = query(shadow, 'slot') as Slot | null;
    const slotted = typeof slot?.assignedNodes === 'function';
    return slotted || !slot ? inner : inner.concat(Array.from(childNodes(el)));
  }
  return Array.from(childNodes(el));
}
