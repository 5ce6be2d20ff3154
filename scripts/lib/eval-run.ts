/**
 * One page through the analysis, with what the corpus labelling rule needs for each link.
 * Runs in Node (linkedom, no layout) and, bundled by esbuild, inside a Chromium page (layout).
 */
import { analyzeDocument } from '../../utils/analysis/analyze';
import { collectLinkElements } from '../../utils/analysis/links';
import { reasonText } from '../../utils/analysis/placement/reasons';
import { linkSpans, normaliseText, type LinkSpan } from './corpus';

export interface PageRun {
  layout: boolean;
  analysisMs: number;
  wordCount: number;
  links: Array<{
    placement: string;
    reason: string;
    span: LinkSpan;
    href: string;
    visible: boolean;
    /** No text of its own: the label, if any, comes from its image alt (for error analysis). */
    textless: boolean;
  }>;
}

const NO_SPAN: LinkSpan = { text: '', before: '', after: '' };

export function runOnDocument(doc: Document, url: string, useLayout: boolean): PageRun {
  const started = performance.now();
  const report = analyzeDocument(doc, { url, useLayout });
  const analysisMs = performance.now() - started;
  const elements = collectLinkElements(doc);
  const spans = linkSpans(doc, elements);
  return {
    layout: report.page.layout,
    analysisMs,
    wordCount: report.page.wordCount,
    links: report.links.map((l, i) => ({
      placement: l.placement,
      reason: l.placementReasons[0] ? reasonText(l.placementReasons[0]) : '',
      span: spans[i] ?? NO_SPAN,
      href: l.rawHref.slice(0, 200),
      visible: l.visible,
      textless: normaliseText(elements[i]?.textContent ?? '') === '',
    })),
  };
}
