/**
 * Where a link outside the main content sits, when no markup names its region: above, below
 * or beside the main content (by layout when there is one, by document order and nesting when
 * not), and whether it is in a link-dense list (a menu) or in ordinary text.
 */
import type { Layout, Rect } from '../layout';
import type { Placement } from '../types';
import { childrenOf } from './main-content';
import { createNamedBlocks } from './named-blocks';
import type { PageStats } from './stats';
import type { PlacementReason } from './reasons';

export interface RegionResult {
  placement: Placement;
  reason: PlacementReason;
}

/** Links in a block before it counts as a list of links, and the link-text share that makes it dense. */
const DENSE_MIN_LINKS = 3;
const DENSE_SHARE = 0.6;
/** How far up from a link to look for the list it belongs to. */
const DENSE_LEVELS = 5;

export function createRegions(stats: PageStats, root: number, layout: Layout | null): (i: number) => RegionResult {
  const n = stats.elements.length;
  const rootLast = root >= 0 ? stats.last[root]! : -1;
  const containsRoot = (p: number) => root >= 0 && p <= root && root <= stats.last[p]!;

  // The page's wrapper: the deepest element that is the only child with anything in it.
  let wrapper = 0;
  for (;;) {
    const filled = childrenOf(stats, wrapper).filter((c) => stats.text[c]! > 0 || stats.links[c]! > 0);
    if (filled.length !== 1 || !containsRoot(filled[0]!)) break;
    wrapper = filled[0]!;
  }

  // branch[i]: the highest ancestor-or-self of i that does not contain the main root.
  const branch = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const p = stats.parent[i]!;
    if (containsRoot(i)) continue;
    branch[i] = p < 0 || containsRoot(p) ? i : branch[p]!;
  }

  const rectCache = new Map<number, Rect>();
  const rectOf = (i: number): Rect | null => {
    if (!layout) return null;
    let r = rectCache.get(i);
    if (!r) {
      r = layout.rect(stats.elements[i]!);
      rectCache.set(i, r);
    }
    return r.width > 0 && r.height > 0 ? r : null;
  };

  const denseCache = new Map<number, boolean>();
  function inDenseList(i: number): boolean {
    const cached = denseCache.get(i);
    if (cached !== undefined) return cached;
    let result = false;
    let j = stats.parent[i]!;
    for (let level = 0; j >= 0 && level < DENSE_LEVELS; level++, j = stats.parent[j]!) {
      if (stats.links[j]! >= DENSE_MIN_LINKS) {
        const t = stats.text[j]!;
        result = t > 0 && stats.linkText[j]! / t >= DENSE_SHARE;
        break;
      }
    }
    denseCache.set(i, result);
    return result;
  }

  const namedAfter = root >= 0 ? createNamedBlocks(stats, root, 'after') : () => null;
  /**
   * After the main content, a block a heading names ("You may also like", "More posts") is what
   * it says. At the page's own level only when it is the whole of that part of the page: a
   * "Popular posts" column inside the site's footer is the footer.
   */
  const namedRelated = (i: number, b: number, pageLevel: boolean): RegionResult | null => {
    const named = namedAfter(i);
    // The named block lies inside the branch b (b is the highest element without the main content).
    if (!named || (pageLevel && (b < 0 || stats.text[b] !== stats.text[named.block]))) return null;
    return { placement: 'related', reason: ['headingAfter', named.name] };
  };

  return (i) => {
    if (root < 0) return { placement: 'other', reason: ['noMain'] };
    const b = branch[i]!;
    const before = i < root;
    const pageLevel = b < 0 || stats.parent[b]! <= wrapper;
    const dense = inDenseList(i);
    const mainRect = rectOf(root);
    const own = b >= 0 ? rectOf(b) : null;
    if (mainRect && own) {
      const mainBottom = mainRect.top + mainRect.height;
      const left = own.left + own.width <= mainRect.left + 10;
      const right = own.left >= mainRect.left + mainRect.width - 10;
      // A column beside the main content is a sidebar however short: one that ends before the
      // article's text starts (below a title and a hero image) is not above it.
      if ((left || right) && !pageLevel) return { placement: 'sidebar', reason: [left ? 'columnLeft' : 'columnRight'] };
      if (own.top + own.height <= mainRect.top + 10) {
        if (dense) return { placement: 'navigation', reason: ['listAbove'] };
        return pageLevel
          ? { placement: 'header', reason: ['pageHeader'] }
          : { placement: 'other', reason: ['above'] };
      }
      if (own.top >= mainBottom - 10) {
        return (
          namedRelated(i, b, pageLevel) ??
          (pageLevel ? { placement: 'footer', reason: ['pageFoot'] } : { placement: 'other', reason: ['below'] })
        );
      }
      if (left || right) return { placement: 'sidebar', reason: [left ? 'columnLeft' : 'columnRight'] };
    }
    if (before) {
      if (dense) return { placement: 'navigation', reason: ['listBefore'] };
      return pageLevel
        ? { placement: 'header', reason: ['pageTop'] }
        : { placement: 'other', reason: ['before'] };
    }
    if (i > rootLast) {
      return (
        namedRelated(i, b, pageLevel) ??
        (pageLevel ? { placement: 'footer', reason: ['pageEnd'] } : { placement: 'sidebar', reason: ['besideAfter'] })
      );
    }
    return { placement: 'other', reason: ['outside'] };
  };
}
