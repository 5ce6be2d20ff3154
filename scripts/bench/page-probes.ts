/**
 * Functions the bench runs inside the page under test (main world) with page.evaluate or
 * addInitScript. Playwright sends their source text, so each must be self-contained: no
 * imports, no helpers declared outside, no named inner functions.
 */

export interface FloorResult {
  ms: number;
  links: number;
  textNodes: number;
  /** Characters read (hrefs, link texts, text nodes): also keeps the reads from being optimised away. */
  chars: number;
}

/**
 * The page's floor: the least any link tool must do. One pass over its links reading each href
 * attribute and text, one TreeWalker pass over its text nodes reading each node's data.
 */
export function measureFloor(): FloorResult {
  const start = performance.now();
  let chars = 0;
  const links = document.querySelectorAll('a[href], area[href]');
  for (let i = 0; i < links.length; i++) {
    const el = links[i] as Element;
    chars += (el.getAttribute('href') ?? '').length + (el.textContent ?? '').length;
  }
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
  let textNodes = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    textNodes++;
    chars += (node as Text).data.length;
  }
  return { ms: performance.now() - start, links: links.length, textNodes, chars };
}

/**
 * The least the report's own checks must read on the page, with none of its logic: one walk over
 * every element (its tag) and text node (its data), which placement's text and link density
 * need; per link the browser's visibility test (display, visibility, opacity) and, for a drawn
 * link, its box (size, off-screen, the fold) and its text colour; per element on a drawn link's
 * way up (the link itself included, each element once) the styles clipping and "text the colour
 * of its background" are judged by. Its time against the floor shows what the required checks
 * cost before any analysis is done (issue 2 asks for each of them).
 */
export function measureChecksFloor(): { ms: number; elements: number; links: number; styled: number } {
  const start = performance.now();
  let chars = 0;
  let elements = 0;
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      elements++;
      chars += (node as Element).localName.length;
    } else chars += (node as Text).data.length;
  }
  const seen = new Set<Element>();
  const links = document.querySelectorAll('a[href], area[href]');
  for (let i = 0; i < links.length; i++) {
    const link = links[i] as Element;
    if (!link.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    chars += link.getBoundingClientRect().width > 0 ? 1 : 0;
    chars += getComputedStyle(link).color.length;
    for (let el: Element | null = link; el && !seen.has(el); el = el.parentElement) {
      seen.add(el);
      const s = getComputedStyle(el);
      chars += s.clipPath.length + s.position.length + s.overflowX.length + s.backgroundColor.length;
    }
  }
  // The sum keeps the reads from being optimised away.
  return { ms: performance.now() - start + (chars < 0 ? 1 : 0), elements, links: links.length, styled: seen.size };
}

/** Where the page keeps the long tasks it has seen (main world; the content script cannot touch it). */
export const LONG_TASKS_KEY = '__linkscoutBenchLongTasks';

/**
 * Record every long task (over 50 ms) of the page's main thread from the start of the document.
 * Content scripts run on that thread too (in their own world), so their tasks show up here.
 */
export function installLongTaskObserver(key: string): void {
  const w = window as unknown as Record<string, Array<{ start: number; duration: number }> | undefined>;
  if (w[key]) return;
  const seen: Array<{ start: number; duration: number }> = [];
  w[key] = seen;
  try {
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) seen.push({ start: e.startTime, duration: e.duration });
    });
    observer.observe({ type: 'longtask', buffered: true });
    // Entries reach the callback late: the reader takes what is still queued (readLongTasks).
    (window as unknown as Record<string, PerformanceObserver>)[`${key}Observer`] = observer;
  } catch {
    // No longtask support: the list stays empty and the bench's own probe says so.
  }
}

/** The long tasks seen so far and the page's clock now. */
export function readLongTasks(key: string): { now: number; tasks: Array<{ start: number; duration: number }> } {
  const w = window as unknown as Record<string, Array<{ start: number; duration: number }> | undefined>;
  const seen = w[key] ?? [];
  const observer = (window as unknown as Record<string, PerformanceObserver | undefined>)[`${key}Observer`];
  for (const e of observer?.takeRecords() ?? []) seen.push({ start: e.startTime, duration: e.duration });
  return { now: performance.now(), tasks: seen };
}

/** Let the page finish what loading left (layout, paint, its own timers) before a clock starts. */
export function settle(ms: number): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), ms)));
    // A tab in the background gets no frames: never wait on them for long.
    setTimeout(() => resolve(performance.now()), ms + 2000);
  });
}

/** How deep the page's elements nest (the deep page checks it got the depth it built). */
export function maxDepth(): number {
  let deepest = 0;
  const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let depth = 0;
    for (let p: Node | null = node; p; p = p.parentNode) depth++;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}
