import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIGHLIGHT_NAMES } from '@/utils/mentions/highlight-names';
import type { Mention, MentionState } from '@/utils/mentions/types';
import {
  clearMentionHighlights,
  FLASH_HIGHLIGHT_NAME,
  mentionHighlightCss,
  mentionHighlightSupport,
  paintMentions,
  revealMention,
} from '@/utils/page/mention-highlights';
import { flashBox } from '@/utils/page/overlay';
import { OVERLAY_TAG } from '@/utils/page/overlay-tag';

/** Just enough of the CSS Custom Highlight API to see what is registered (happy-dom has none). */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}
let registry: Map<string, FakeHighlight>;
// happy-dom's `window.CSS` is a getter making a fresh object each time: replaced whole, then restored.
const cssDescriptor = Object.getOwnPropertyDescriptor(window, 'CSS');

function installHighlightApi() {
  registry = new Map();
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true, writable: true });
}
function removeHighlightApi() {
  if (cssDescriptor) Object.defineProperty(window, 'CSS', cssDescriptor);
  Reflect.deleteProperty(window, 'Highlight');
}

const PAGE = '<article><p id="a">Acme makes rockets. <a href="https://acme.com/">Acme</a> and <a href="https://news.example/">ACME</a>.</p><p id="b" style="display:none">Acme hidden</p></article>';

/** A range over the n-th occurrence of `word` inside the element with id `id`. */
function rangeOf(id: string, word: string, nth = 0): Range {
  const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n.textContent ?? '').indexOf(word);
    if (at >= 0 && seen++ === nth) {
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + word.length);
      return r;
    }
  }
  throw new Error(`no ${word}`);
}

const mention = (index: number, state: MentionState, visible = true): Mention => ({
  index,
  term: 'Acme',
  brand: 'Acme',
  owner: 'brand',
  kind: 'name',
  matched: 'Acme',
  context: 'Acme makes rockets.',
  placement: 'content',
  state,
  linkHref: null,
  linkHost: null,
  visible,
});

let ranges: Range[];
let mentions: Mention[];
beforeEach(() => {
  document.body.innerHTML = PAGE;
  ranges = [rangeOf('a', 'Acme'), rangeOf('a', 'Acme', 1), rangeOf('a', 'ACME'), rangeOf('b', 'Acme')];
  mentions = [mention(0, 'unlinked'), mention(1, 'linked-to-you'), mention(2, 'linked-elsewhere'), mention(3, 'unlinked', false)];
});
afterEach(() => {
  clearMentionHighlights(document);
  removeHighlightApi();
  document.adoptedStyleSheets = [];
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('painting mentions where they stand', () => {
  beforeEach(installHighlightApi);

  it('registers one highlight per state holding that state’s mentions', () => {
    expect(paintMentions(document, ranges, mentions)).toEqual({ supported: true, painted: 4 });
    expect([...registry.keys()].sort()).toEqual(Object.values(HIGHLIGHT_NAMES).sort());
    expect([...registry.get(HIGHLIGHT_NAMES.unlinked)!]).toEqual([ranges[0], ranges[3]]);
    expect([...registry.get(HIGHLIGHT_NAMES['linked-to-you'])!]).toEqual([ranges[1]]);
    expect([...registry.get(HIGHLIGHT_NAMES['linked-elsewhere'])!]).toEqual([ranges[2]]);
  });

  it('styles them from one adopted stylesheet and adds nothing to the page’s DOM', () => {
    const theirs = new CSSStyleSheet();
    document.adoptedStyleSheets = [theirs];
    const replaceSync = vi.spyOn(CSSStyleSheet.prototype, 'replaceSync');
    const before = document.documentElement.outerHTML;
    paintMentions(document, ranges, mentions);
    paintMentions(document, ranges, mentions);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.adoptedStyleSheets).toHaveLength(2);
    expect(document.adoptedStyleSheets[0]).toBe(theirs);
    expect(replaceSync).toHaveBeenCalledTimes(1);
    expect(replaceSync.mock.instances[0]).toBe(document.adoptedStyleSheets[1]);
    expect(replaceSync.mock.calls[0]![0]).toBe(mentionHighlightCss());
  });

  it('replaces what was painted before (a new scan after the page changed)', () => {
    paintMentions(document, ranges, mentions);
    paintMentions(document, [ranges[2]!], [mention(0, 'unlinked')]);
    expect([...registry.get(HIGHLIGHT_NAMES.unlinked)!]).toEqual([ranges[2]]);
    expect(registry.get(HIGHLIGHT_NAMES['linked-to-you'])!.size).toBe(0);
  });

  it('clears only its own highlights and stylesheet, leaving the page’s', () => {
    const theirs = new CSSStyleSheet();
    document.adoptedStyleSheets = [theirs];
    registry.set('their-search-hits', new FakeHighlight(ranges[0]!));
    paintMentions(document, ranges, mentions);
    clearMentionHighlights(document);
    expect([...registry.keys()]).toEqual(['their-search-hits']);
    expect(document.adoptedStyleSheets).toEqual([theirs]);
  });

  it('an older copy of Linkscout (orphaned by a reload) clearing late leaves the newer copy’s highlights and sheet', async () => {
    // Two copies of the module, as two copies of the content script each have their own.
    vi.resetModules();
    const newer = await import('@/utils/page/mention-highlights');
    paintMentions(document, ranges, mentions);
    newer.paintMentions(document, [ranges[2]!], [mention(0, 'unlinked')]);
    expect(document.adoptedStyleSheets).toHaveLength(2);
    clearMentionHighlights(document);
    expect([...registry.get(HIGHLIGHT_NAMES.unlinked)!]).toEqual([ranges[2]]);
    expect(registry.size).toBe(3);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    newer.clearMentionHighlights(document);
    expect(registry.size).toBe(0);
    expect(document.adoptedStyleSheets).toEqual([]);
  });
});

describe('the highlight colours', () => {
  const rule = (name: string) => mentionHighlightCss().split('\n').find((l) => l.startsWith(`::highlight(${name})`)) ?? '';

  it('give each state its own background, a dark text colour and an underline', () => {
    const rules = Object.values(HIGHLIGHT_NAMES).map(rule);
    const backgrounds = rules.map((r) => /background-color: (#[0-9a-f]+)/.exec(r)?.[1]);
    expect(new Set(backgrounds).size).toBe(3);
    for (const r of rules) {
      expect(r).toMatch(/color: #0[0-9a-f]{5};|color: #1c1917;/);
      expect(r).toContain('text-decoration: underline');
    }
  });

  it('include the flash, which differs from every state', () => expect(rule(FLASH_HIGHLIGHT_NAME)).toContain('background-color: #2563eb'));
});

describe('a browser without the Highlight API (older Firefox)', () => {
  it('says highlights are not available and leaves the page exactly as it was', () => {
    const before = document.documentElement.outerHTML;
    expect(mentionHighlightSupport(document)).toMatchObject({ supported: false });
    const r = paintMentions(document, ranges, mentions);
    expect(r.supported).toBe(false);
    if (!r.supported) expect(r.reason).toContain('cannot highlight');
    expect(document.adoptedStyleSheets).toEqual([]);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(() => clearMentionHighlights(document)).not.toThrow();
  });

  it('still reveals a mention, flashing Linkscout’s overlay box instead', () => {
    vi.useFakeTimers();
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([new DOMRect(10, 2000, 40, 16)] as unknown as DOMRectList);
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, 2000, 40, 16));
    vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
    expect(revealMention(ranges[0]!, flashBox)).toEqual({ found: true, visible: true });
    expect(document.querySelector(OVERLAY_TAG)).not.toBeNull();
    vi.advanceTimersByTime(2000);
    expect(document.querySelector(OVERLAY_TAG)).toBeNull();
  });
});

describe('revealing a mention picked in the popup', () => {
  beforeEach(() => {
    installHighlightApi();
    vi.useFakeTimers();
  });

  /** The mention's box as the layout would give it: far below the fold unless told otherwise. */
  function layoutAt(top: number | null) {
    const rects = top === null ? [] : [new DOMRect(10, top, 40, 16)];
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue(rects as unknown as DOMRectList);
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockReturnValue(rects[0] ?? new DOMRect(0, 0, 0, 0));
  }

  it('scrolls it to the middle of the window and blinks it above the state colours, then stops', () => {
    layoutAt(3000);
    const intoView = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
    paintMentions(document, ranges, mentions);

    expect(revealMention(ranges[0]!, flashBox)).toEqual({ found: true, visible: true });
    expect(intoView.mock.instances[0]).toBe(document.getElementById('a'));
    expect(scrollBy).toHaveBeenCalledWith({ top: 3000 + 8 - window.innerHeight / 2, behavior: 'instant' });
    const flash = registry.get(FLASH_HIGHLIGHT_NAME)!;
    expect([...flash]).toEqual([ranges[0]]);
    expect(flash.priority).toBeGreaterThan(registry.get(HIGHLIGHT_NAMES.unlinked)!.priority);

    vi.advanceTimersByTime(300);
    expect(flash.size).toBe(0);
    vi.advanceTimersByTime(300);
    expect(flash.size).toBe(1);
    vi.advanceTimersByTime(3000);
    expect(registry.has(FLASH_HIGHLIGHT_NAME)).toBe(false);
    // The painted mentions stay, and so does their stylesheet.
    expect(registry.has(HIGHLIGHT_NAMES.unlinked)).toBe(true);
    expect(document.adoptedStyleSheets).toHaveLength(1);
  });

  it('does not scroll the window when the mention is already in view', () => {
    layoutAt(200);
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
    expect(revealMention(ranges[1]!, flashBox)).toEqual({ found: true, visible: true });
    expect(scrollBy).not.toHaveBeenCalled();
  });

  it('takes its stylesheet away with the flash when mentions are not painted', () => {
    layoutAt(200);
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    revealMention(ranges[0]!, flashBox);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    vi.advanceTimersByTime(5000);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(registry.size).toBe(0);
  });

  it('reports hidden text as found but not visible, and scrolls nowhere', () => {
    layoutAt(null);
    const intoView = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    expect(revealMention(ranges[3]!, flashBox)).toEqual({ found: true, visible: false });
    expect(intoView).not.toHaveBeenCalled();
    expect(registry.has(FLASH_HIGHLIGHT_NAME)).toBe(false);
  });

  it('reports a mention whose text left the page (it changed since the scan) as not found', () => {
    layoutAt(200);
    document.getElementById('a')!.remove();
    expect(revealMention(ranges[0]!, flashBox)).toEqual({ found: false, visible: false });
  });
});
