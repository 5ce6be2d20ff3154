/**
 * DOM reads that a page cannot clobber.
 *
 * `Document` and `HTMLFormElement` are [LegacyOverrideBuiltIns]: a named element shadows their
 * own members. `<form name="x"><input name="getAttribute"></form>` makes `form.getAttribute` an
 * input element, and `<form name="querySelectorAll">` does the same to `document` wherever the
 * browser exposes document's named properties (main world, some engines' content scripts; Chromium
 * hides them from isolated worlds, but not a form's). ASP.NET pages wrap the whole page in one
 * form, so every walk over a page's elements meets one.
 *
 * Each read here takes the member from the object's prototype chain (never the object itself,
 * where the named properties live) and calls it on the object. The chain is looked up, not a
 * global `Element.prototype`, so the same code runs on a browser page, a same-origin frame of
 * another realm, happy-dom and linkedom. Members found on no prototype (engines that keep them
 * as instance fields, and so have no named properties either) are read directly.
 */

type Getter = (this: object) => unknown;
type Method = (this: object, ...args: never[]) => unknown;

/** Per member name: for each immediate prototype, what the chain above it holds. */
function resolver<T extends Getter | Method>(name: string, pick: (d: PropertyDescriptor) => T | undefined): (obj: object) => T | null {
  const byProto = new WeakMap<object, T | null>();
  // Walks over a page meet the same few prototypes in runs (an element, its text, the next
  // element): a two-entry cache skips the map for most reads.
  let protoA: object | null = null;
  let foundA: T | null = null;
  let protoB: object | null = null;
  let foundB: T | null = null;
  return (obj) => {
    const proto = Object.getPrototypeOf(obj) as object | null;
    if (proto === null) return null;
    if (proto === protoA) return foundA;
    if (proto === protoB) return foundB;
    let found = byProto.get(proto);
    if (found === undefined) {
      found = null;
      for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) {
        const d = Object.getOwnPropertyDescriptor(p, name);
        if (d) {
          found = pick(d) ?? null;
          break;
        }
      }
      byProto.set(proto, found);
    }
    protoB = protoA;
    foundB = foundA;
    protoA = proto;
    foundA = found;
    return found;
  };
}

/** A read of attribute `name` through its prototype getter. */
function getter<T>(name: string): (obj: object) => T {
  const resolve = resolver<Getter>(name, (d) => d.get as Getter | undefined);
  return (obj) => {
    const get = resolve(obj);
    return (get ? get.call(obj) : (obj as Record<string, unknown>)[name]) as T;
  };
}

/**
 * A call of method `name` through its prototype function. At most three arguments, passed as
 * they are (WebIDL reads an undefined optional argument as a missing one); no rest array keeps
 * it cheap in the walks over every element.
 */
function method<A extends [unknown?, unknown?, unknown?], R>(name: string): (obj: object, ...args: A) => R {
  const resolve = resolver<Method>(name, (d) => (typeof d.value === 'function' ? (d.value as Method) : undefined));
  const call = (obj: object, a?: unknown, b?: unknown, c?: unknown): unknown => {
    const fn = resolve(obj) ?? (obj as Record<string, unknown>)[name];
    if (typeof fn !== 'function') throw new TypeError(`${name} is not available on this node`);
    return (fn as (this: object, ...args: unknown[]) => unknown).call(obj, a, b, c);
  };
  return call as (obj: object, ...args: A) => R;
}

// ---- Document ---------------------------------------------------------------------------
// Each reader below is marked pure: the minifier then drops those a bundle never calls (the
// content script's size is budgeted); unmarked, it keeps every call that builds one.

export const docBody: (doc: Document) => HTMLElement | null = /* @__PURE__ */ getter('body');
export const docElement: (doc: Document) => HTMLElement | null = /* @__PURE__ */ getter('documentElement');
export const docUrl: (doc: Document) => string = /* @__PURE__ */ getter('URL');
export const docContentType: (doc: Document) => string = /* @__PURE__ */ getter('contentType');
export const docView: (doc: Document) => Window | null = /* @__PURE__ */ getter('defaultView');
export const createTreeWalker: (doc: Document, root: Node, whatToShow?: number) => TreeWalker = /* @__PURE__ */ method('createTreeWalker');
export const createElement: (doc: Document, tag: string) => HTMLElement = /* @__PURE__ */ method('createElement');
export const createDocumentFragment: (doc: Document) => DocumentFragment = /* @__PURE__ */ method('createDocumentFragment');
/** A new range in `doc` (`<img name="createRange">` shadows the method in the page's world). */
export const createRange: (doc: Document) => Range = /* @__PURE__ */ method('createRange');

const adoptedGetter = /* @__PURE__ */ resolver<Getter>('adoptedStyleSheets', (d) => d.get as Getter | undefined);
const adoptedSetter = /* @__PURE__ */ resolver<Method>('adoptedStyleSheets', (d) => d.set as Method | undefined);

/** The document's adopted stylesheets, or null where the engine has none (a named element is not a list of sheets). */
export function adoptedSheets(doc: Document): CSSStyleSheet[] | null {
  const get = adoptedGetter(doc);
  const sheets = get ? get.call(doc) : (doc as unknown as Record<string, unknown>).adoptedStyleSheets;
  return Array.isArray(sheets) ? (sheets as CSSStyleSheet[]) : null;
}

/** Replace the document's adopted stylesheets, through the prototype's setter where there is one. */
export function setAdoptedSheets(doc: Document, sheets: CSSStyleSheet[]): void {
  const set = adoptedSetter(doc) as ((this: object, value: CSSStyleSheet[]) => void) | null;
  if (set) set.call(doc, sheets);
  else (doc as unknown as { adoptedStyleSheets: CSSStyleSheet[] }).adoptedStyleSheets = sheets;
}

/**
 * The window a document is shown in. For the script's own document that is the script's own
 * global, found without reading the document at all (test DOMs, too, stand their global in for
 * `defaultView`); for any other document, a same-origin frame's, its `defaultView`.
 */
export function docWindow(doc: Document): Window | null {
  return (globalThis as { document?: Document }).document === doc ? (globalThis as unknown as Window) : docView(doc);
}

/** The element text walks start from: the body, or the root element of a document without one. */
export function docRoot(doc: Document): Element | null {
  return docBody(doc) ?? docElement(doc);
}

// ---- Any parent node: Document, Element, ShadowRoot --------------------------------------

const querySelectorAll: (root: ParentNode, selector: string) => NodeListOf<Element> = /* @__PURE__ */ method('querySelectorAll');
const querySelector: (root: ParentNode, selector: string) => Element | null = /* @__PURE__ */ method('querySelector');

/** Every element under `root` that matches, in document order. */
export function queryAll(root: ParentNode, selector: string): Element[] {
  return Array.from(querySelectorAll(root, selector));
}

/**
 * The same as a list read on demand: an element's JavaScript wrapper is made when it is first
 * read (microseconds each in an extension's world), so a walk over a list of 100,000 can be
 * sliced, where `queryAll` makes them all at once.
 */
export function queryList(root: ParentNode, selector: string): ArrayLike<Element> {
  return querySelectorAll(root, selector);
}

/** The first element under `root` that matches, or null. */
export const query: (root: ParentNode, selector: string) => Element | null = querySelector;
export const elementById: (doc: Document, id: string) => Element | null = /* @__PURE__ */ method('getElementById');

// ---- Nodes ------------------------------------------------------------------------------

export const nodeType: (node: Node) => number = /* @__PURE__ */ getter('nodeType');
export const nodeValue: (node: Node) => string | null = /* @__PURE__ */ getter('nodeValue');
export const textOf: (node: Node) => string | null = /* @__PURE__ */ getter('textContent');
export const parentEl: (node: Node) => Element | null = /* @__PURE__ */ getter('parentElement');
/** The parent of any kind: an element, a document fragment (a shadow root) or the document. */
export const parentNode: (node: Node) => ParentNode | null = /* @__PURE__ */ getter('parentNode');
export const childNodes: (node: Node) => NodeListOf<ChildNode> = /* @__PURE__ */ getter('childNodes');
export const firstChild: (node: Node) => ChildNode | null = /* @__PURE__ */ getter('firstChild');
export const lastChild: (node: Node) => ChildNode | null = /* @__PURE__ */ getter('lastChild');
export const previousSibling: (node: Node) => ChildNode | null = /* @__PURE__ */ getter('previousSibling');
export const nextSibling: (node: Node) => ChildNode | null = /* @__PURE__ */ getter('nextSibling');
export const previousElementOf: (el: Element) => Element | null = /* @__PURE__ */ getter('previousElementSibling');
export const isConnected: (node: Node) => boolean = /* @__PURE__ */ getter('isConnected');
export const ownerDocument: (node: Node) => Document | null = /* @__PURE__ */ getter('ownerDocument');
export const rootNode: (node: Node) => Node = /* @__PURE__ */ method('getRootNode');
export const contains: (node: Node, other: Node | null) => boolean = /* @__PURE__ */ method('contains');
export const comparePosition: (node: Node, other: Node) => number = /* @__PURE__ */ method('compareDocumentPosition');
/** Whether `a` comes before `b` in document order (an ancestor comes before what it holds). */
export const precedes = (a: Node, b: Node): boolean => (comparePosition(a, b) & 4) /* FOLLOWING */ !== 0;

const assignedSlotGetter = /* @__PURE__ */ resolver<Getter>('assignedSlot', (d) => d.get as Getter | undefined);
/**
 * The slot a light-DOM node is drawn in (null when none), or undefined where no prototype has
 * `assignedSlot` (happy-dom, linkedom): then the host's slots must be asked. Not read off the
 * node itself: `<input name="assignedSlot">` makes it a form's member.
 */
export function assignedSlotOf(node: Node): HTMLSlotElement | null | undefined {
  const get = assignedSlotGetter(node);
  return get ? ((get.call(node) as HTMLSlotElement | null) ?? null) : undefined;
}

// ---- Elements ---------------------------------------------------------------------------

export const tagOf: (el: Element) => string = /* @__PURE__ */ getter('localName');
export const namespaceOf: (el: Element) => string | null = /* @__PURE__ */ getter('namespaceURI');
export const attr: (el: Element, name: string) => string | null = /* @__PURE__ */ method('getAttribute');
export const attrNS: (el: Element, ns: string | null, name: string) => string | null = /* @__PURE__ */ method('getAttributeNS');
export const hasAttr: (el: Element, name: string) => boolean = /* @__PURE__ */ method('hasAttribute');
/** The names of the element's attributes. */
export const attrNames: (el: Element) => string[] = /* @__PURE__ */ method('getAttributeNames');
/** Whether the element has any attribute at all (most of a page's elements have none to read). */
export const hasAttrs: (el: Element) => boolean = /* @__PURE__ */ method('hasAttributes');
export const closest: (el: Element, selector: string) => Element | null = /* @__PURE__ */ method('closest');
export const matches: (el: Element, selector: string) => boolean = /* @__PURE__ */ method('matches');
export const childElementCount: (el: Element) => number = /* @__PURE__ */ getter('childElementCount');
export const shadowRootOf: (el: Element) => ShadowRoot | null = /* @__PURE__ */ getter('shadowRoot');
export const boundingRect: (el: Element) => DOMRect = /* @__PURE__ */ method('getBoundingClientRect');
/**
 * Scroll an element into view. Looked up on each call, not once per prototype: it runs once per
 * click, and a replaced `Element.prototype.scrollIntoView` (a test's spy) is then the one called.
 */
export function scrollIntoView(el: Element, opts?: ScrollIntoViewOptions): void {
  for (let p = Object.getPrototypeOf(el) as object | null; p; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, 'scrollIntoView');
    if (d) {
      if (typeof d.value === 'function') (d.value as (this: Element, o?: ScrollIntoViewOptions) => void).call(el, opts);
      return;
    }
  }
}
export const clientRects: (el: Element) => DOMRectList = /* @__PURE__ */ method('getClientRects');
export const scrollWidth: (el: Element) => number = /* @__PURE__ */ getter('scrollWidth');
export const scrollHeight: (el: Element) => number = /* @__PURE__ */ getter('scrollHeight');
/** The inline style declaration (`form.style` can be an input named "style"); undefined where the engine has none. */
export const inlineStyle: (el: Element) => CSSStyleDeclaration | undefined = /* @__PURE__ */ getter('style');

type VisibilityOptions = { visibilityProperty?: boolean; opacityProperty?: boolean };
/** Also under the names Chrome 105–120 and Firefox 106–121 know (`checkOpacity`, `checkVisibilityCSS`). */
type AllVisibilityOptions = VisibilityOptions & { checkOpacity?: boolean; checkVisibilityCSS?: boolean };
type VisibilityCheck = (opts?: AllVisibilityOptions) => boolean;
const checkVisibilityOf = /* @__PURE__ */ resolverFor<VisibilityCheck>('checkVisibility');
/** The browser's own visibility test, or null where it has none (older engines, test DOMs). */
export function checkVisibility(el: Element, opts: AllVisibilityOptions): boolean | null {
  const fn = checkVisibilityOf(el);
  return fn ? Boolean(fn.call(el, opts)) : null;
}

/**
 * Options for `checkVisibility`, each under both of its names: an engine that knows only the
 * old ones ignores the new and would not test opacity or visibility at all. Made once, passed often.
 */
export function visibilityOptions(opacity: boolean, visibility: boolean): AllVisibilityOptions {
  return { opacityProperty: opacity, checkOpacity: opacity, visibilityProperty: visibility, checkVisibilityCSS: visibility };
}

function resolverFor<T extends (...args: never[]) => unknown>(name: string): (obj: object) => T | null {
  return resolver<Method>(name, (d) => (typeof d.value === 'function' ? (d.value as Method) : undefined)) as unknown as (obj: object) => T | null;
}

const assignedNodesMethod = /* @__PURE__ */ resolverFor<() => Node[]>('assignedNodes');
/** The nodes a slot draws (its light-DOM assignees), or undefined on an element that is no slot. */
export function assignedNodesOf(slot: Element): Node[] | undefined {
  const fn = assignedNodesMethod(slot);
  return fn ? fn.call(slot) : undefined;
}

/** The element a shadow root hangs from, or null for any other node. */
export function hostOf(root: Node): Element | null {
  return nodeType(root) === 11 && 'host' in root ? ((root as ShadowRoot).host ?? null) : null;
}

/** The parent element, crossing out of a shadow root to its host. */
export function composedParent(el: Element): Element | null {
  return parentEl(el) ?? hostOf(rootNode(el));
}

// ---- Shadow roots -----------------------------------------------------------------------

/** Which shadow root of an element the analysis may read, or null. */
export type ShadowRootReader = (el: Element) => ShadowRoot | null;

/** Elements that can host a shadow root (custom elements and the spec's list); others never do. */
const SHADOW_HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);

interface ExtensionDomApi {
  openOrClosedShadowRoot?: (el: HTMLElement) => ShadowRoot | null;
}

const firefoxOpenOrClosed = /* @__PURE__ */ resolverFor<() => ShadowRoot | null>('openOrClosedShadowRoot');

/**
 * A closed shadow root, where the browser gives extensions a way in: Chromium's
 * `chrome.dom.openOrClosedShadowRoot` (content scripts, Chrome 88+), Firefox's
 * `Element.openOrClosedShadowRoot()` (content scripts only). Elsewhere closed roots stay closed.
 *
 * The extension call costs microseconds (about 6 µs in Chromium), so it is made where a closed
 * root is to be expected: on custom elements, on body, main and article, and on the other
 * built-in hosts (div, span, p, ...) when they show nothing of their own, no child element and
 * no text (a shadow root's content is drawn instead of theirs). A div or p that has content of
 * its own and a closed root as well is not looked into (docs/report.md says so).
 */
export function closedShadowRoot(el: Element, tag = tagOf(el)): ShadowRoot | null {
  if (!tag.includes('-') && !ALWAYS_ASKED.has(tag) && !(SHADOW_HOSTS.has(tag) && showsNothing(el))) return null;
  const ff = firefoxOpenOrClosed(el);
  if (ff) return ff.call(el) ?? null;
  const dom = (globalThis as { chrome?: { dom?: ExtensionDomApi } }).chrome?.dom;
  if (typeof dom?.openOrClosedShadowRoot !== 'function') return null;
  try {
    return dom.openOrClosedShadowRoot(el as HTMLElement) ?? null;
  } catch {
    // Not an HTML element (an SVG or MathML one with a dash in its name): no shadow root.
    return null;
  }
}

/** Few on a page, and where a whole page or article would be drawn from a closed root. */
const ALWAYS_ASKED = new Set(['body', 'main', 'article']);

function showsNothing(el: Element): boolean {
  return childElementCount(el) === 0 && !(textOf(el) ?? '').trim();
}

/**
 * Open shadow roots, and closed ones where the browser lets extensions read them. Only custom
 * elements and the spec's list can host one, open or closed: the others are not asked at all.
 */
export const readableShadowRoot: ShadowRootReader = (el) => {
  const tag = tagOf(el);
  if (!tag.includes('-') && !SHADOW_HOSTS.has(tag)) return null;
  return shadowRootOf(el) ?? closedShadowRoot(el, tag);
};
