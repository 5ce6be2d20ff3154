import { afterEach, describe, expect, it } from 'vitest';
import {
  adoptedSheets,
  assignedSlotOf,
  attr,
  closedShadowRoot,
  closest,
  composedParent,
  createRange,
  createTreeWalker,
  docBody,
  docContentType,
  docElement,
  docRoot,
  docUrl,
  docView,
  docWindow,
  hasAttr,
  nextSibling,
  parentEl,
  parentNode,
  query,
  queryAll,
  readableShadowRoot,
  scrollIntoView,
  setAdoptedSheets,
  tagOf,
  textOf,
} from '@/utils/analysis/dom-safe';

/**
 * Clobber members the way a browser does for [LegacyOverrideBuiltIns] interfaces (Document,
 * HTMLFormElement): a named element shows up as an own property of the object, shadowing the
 * prototype's member. happy-dom has no named properties, so the test puts them there itself.
 */
function clobber(target: object, names: string[], by: Element): void {
  for (const name of names) Object.defineProperty(target, name, { value: by, configurable: true });
}

function page(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

// One member at a time: happy-dom implements some members through others (its `body` getter
// reads `this.documentElement`), which a browser's native code never does.
const PAGE = '<html lang="en"><body><div id="outer"><form id="f" class="wide" hidden><input name="x"><p id="p">In the <a href="/in">form</a></p></form><span id="after"></span></div></body></html>';

describe('a clobbered document (<img name="body">, <form name="querySelectorAll"> …)', () => {
  const cases: Array<[string, (doc: Document) => unknown, (doc: Document) => unknown]> = [
    ['body', docBody, (d) => d.querySelector('body')],
    ['documentElement', docElement, (d) => d.querySelector('html')],
    ['URL', (d) => typeof docUrl(d), () => 'string'],
    ['contentType', docContentType, () => 'text/html'],
    ['defaultView', docView, (d) => d.defaultView],
    ['querySelectorAll', (d) => queryAll(d, 'a').map((a) => attr(a, 'href')), () => ['/in']],
    ['querySelector', (d) => query(d, '#p')?.id, () => 'p'],
    ['createTreeWalker', (d) => {
      const walker = createTreeWalker(d, d.querySelector('body')!, 4);
      const texts: string[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n.nodeValue ?? '');
      return texts;
    }, () => ['In the ', 'form']],
    // A new, empty range (happy-dom starts it in the window's document, not this one).
    ['createRange', (d) => {
      const range = createRange(d);
      return [typeof range.setStart, range.startOffset, range.collapsed];
    }, () => ['function', 0, true]],
  ];
  for (const [name, read, expected] of cases) {
    it(`reads ${name} from Document, not from <img name="${name}">`, () => {
      const doc = page(PAGE);
      const img = doc.createElement('img');
      const want = expected(doc);
      clobber(doc, [name], img);
      expect((doc as unknown as Record<string, unknown>)[name]).toBe(img);
      const got = read(doc);
      if (want !== null && typeof want === 'object' && !Array.isArray(want)) expect(got).toBe(want);
      else expect(got).toEqual(want);
    });
  }
  it('reads and replaces adoptedStyleSheets through Document, not <img name="adoptedStyleSheets">', () => {
    const doc = page(PAGE);
    const sheet = new CSSStyleSheet();
    clobber(doc, ['adoptedStyleSheets'], doc.createElement('img'));
    expect(adoptedSheets(doc)).toEqual([]);
    setAdoptedSheets(doc, [sheet]);
    expect(adoptedSheets(doc)).toEqual([sheet]);
    setAdoptedSheets(doc, []);
    expect(adoptedSheets(doc)).toEqual([]);
  });

  it('finds the window of the script’s own document, and of another one, past <img name="defaultView">', () => {
    const own = Object.getOwnPropertyDescriptor(document, 'defaultView');
    const other = page(PAGE);
    const otherView = other.defaultView;
    const img = document.createElement('img');
    try {
      clobber(document, ['defaultView'], img);
      clobber(other, ['defaultView'], img);
      expect(docWindow(document)).toBe(globalThis);
      expect(docWindow(other)).toBe(otherView);
      expect(docWindow(other)).not.toBe(img);
    } finally {
      if (own) Object.defineProperty(document, 'defaultView', own);
      else Reflect.deleteProperty(document, 'defaultView');
    }
  });

  it('finds the root element to walk while body and documentElement are both clobbered', () => {
    const doc = page(PAGE);
    const body = doc.body;
    clobber(doc, ['body'], doc.createElement('img'));
    expect(docRoot(doc)).toBe(body);
  });
});

describe('a clobbered form (<input name="getAttribute"> …)', () => {
  const cases: Array<[string, (form: Element) => unknown, unknown]> = [
    ['localName', tagOf, 'form'],
    ['getAttribute', (f) => attr(f, 'class'), 'wide'],
    ['hasAttribute', (f) => hasAttr(f, 'hidden'), true],
    ['parentElement', (f) => parentEl(f)?.id, 'outer'],
    ['textContent', textOf, 'In the form'],
    ['querySelectorAll', (f) => queryAll(f, 'a').length, 1],
    ['querySelector', (f) => query(f, 'p')?.id, 'p'],
    ['closest', (f) => closest(f, 'div')?.id, 'outer'],
    ['getRootNode', (f) => composedParent(f)?.id, 'outer'],
    ['parentNode', (f) => (parentNode(f) as Element | null)?.id, 'outer'],
    ['nextSibling', (f) => (nextSibling(f) as Element | null)?.id, 'after'],
    // No slot: null, or undefined where the engine has no assignedSlot at all, but never the input.
    ['assignedSlot', (f) => assignedSlotOf(f) ?? null, null],
    ['scrollIntoView', (f) => scrollIntoView(f, { block: 'center' }), undefined],
  ];
  for (const [name, read, want] of cases) {
    it(`reads ${name} from Element, not from <input name="${name}">`, () => {
      const doc = page(PAGE);
      const form = doc.getElementById('f')!;
      const input = doc.querySelector('input')!;
      clobber(form, [name], input);
      expect((form as unknown as Record<string, unknown>)[name]).toBe(input);
      expect(read(form)).toEqual(want);
    });
  }
});

describe('shadow roots', () => {
  type ChromeLike = { dom?: { openOrClosedShadowRoot?: (el: HTMLElement) => ShadowRoot | null } };
  const g = globalThis as { chrome?: ChromeLike };
  const saved = g.chrome?.dom;
  afterEach(() => {
    if (g.chrome) g.chrome.dom = saved;
  });

  function hosts() {
    const doc = page('<body><div id="open"></div><div id="closed"></div><a id="link" href="/"></a><div id="text">words</div><div id="parent"><b></b></div></body>');
    const open = doc.getElementById('open')!;
    const closed = doc.getElementById('closed')!;
    const openRoot = open.attachShadow({ mode: 'open' });
    const closedRoot = closed.attachShadow({ mode: 'closed' });
    return { open, openRoot, closed, closedRoot, link: doc.getElementById('link')! };
  }

  it('reads open roots; closed ones stay closed without an extension API', () => {
    const h = hosts();
    if (g.chrome) g.chrome.dom = undefined;
    expect(readableShadowRoot(h.open)).toBe(h.openRoot);
    expect(h.closed.shadowRoot).toBeNull();
    expect(readableShadowRoot(h.closed)).toBeNull();
  });

  it('reads closed roots through chrome.dom.openOrClosedShadowRoot, asking only for empty elements that can host one', () => {
    const h = hosts();
    const asked: string[] = [];
    g.chrome = g.chrome ?? {};
    g.chrome.dom = {
      openOrClosedShadowRoot: (el) => {
        asked.push(el.id);
        return el === h.closed ? h.closedRoot : null;
      },
    };
    expect(readableShadowRoot(h.closed)).toBe(h.closedRoot);
    expect(closedShadowRoot(h.link)).toBeNull();
    // Built-in elements with content of their own are not asked (the call is costly on every element).
    const doc = h.closed.ownerDocument;
    expect(closedShadowRoot(doc.getElementById('text')!)).toBeNull();
    expect(closedShadowRoot(doc.getElementById('parent')!)).toBeNull();
    expect(asked).toEqual(['closed']);
  });
});
