import type { Layout } from './layout';
import type { Placement } from './types';

export interface PlacementResult {
  placement: Placement;
  /** Why, most decisive first, in words a user can read. */
  reasons: string[];
}

export interface PlacementModel {
  /** The element judged to hold the page's main content, or null when none stands out. */
  mainRoot: Element | null;
  /** Words in the main content. */
  mainWordCount: number;
  classify(link: Element): PlacementResult;
}

// TEMPORARY first cut, replaced by the tuned model (see eval:placement).
export function createPlacementModel(doc: Document, _layout: Layout | null): PlacementModel {
  const mainRoot = doc.querySelector('main, article, [role="main"]');
  return {
    mainRoot,
    mainWordCount: 0,
    classify(link) {
      if (link.closest('nav')) return { placement: 'navigation', reasons: ['inside <nav>'] };
      if (link.closest('footer')) return { placement: 'footer', reasons: ['inside <footer>'] };
      if (link.closest('header')) return { placement: 'header', reasons: ['inside <header>'] };
      if (link.closest('aside')) return { placement: 'sidebar', reasons: ['inside <aside>'] };
      if (mainRoot?.contains(link)) return { placement: 'content', reasons: ['inside the main content'] };
      return { placement: 'other', reasons: [] };
    },
  };
}
