import { createContextReader } from './context';
import { layoutOf } from './layout';
import { baseUrlOf, createLinkReader, linkElementSteps } from './links';
import { shadowRootSteps } from './shadow-roots';
import { readPageInfo } from './page-meta';
import { emailSteps, mainTextOf } from './page-text';
import { createStructureCollector, headingsOf } from './page-structure';
import { placementModelSteps } from './placement';
import type { ExtractedLink, PageReport, Placement } from './types';
import { createVisibility } from './visibility';
import { hostOf } from '../urls';
import { docUrl } from './dom-safe';
import { drainInSlices, now, runSteps } from './steps';

export interface AnalyzeOptions {
  /** The page URL; defaults to the document's own (a DOMParser document needs it given). */
  url?: string;
  /** Read layout when the document has it (default); false forces the markup-only path. */
  useLayout?: boolean;
  /** Safety cap; past it the report says `truncated`. */
  maxLinks?: number;
}

export const DEFAULT_MAX_LINKS = 200_000;
/**
 * Links handled between two checks of the time budget. Small: a link costs microseconds on an
 * ordinary page, but up to a millisecond deep in a hostile one (its ancestors are walked).
 */
const CHUNK = 10;

/** A report plus the link elements it describes, by index (the page keeps them to reveal links). */
export interface Analysis {
  report: PageReport;
  elements: Element[];
  /** Where any element of the page sits, by the same model the links were placed with (mentions use it). */
  placementOf: (el: Element) => Placement;
}

/**
 * The analysis as steps: it yields between chunks of links so a caller in the page can give
 * the main thread back (see `analyzeInSlices`), while tests drain it in one go.
 * Everything it returns is plain data.
 */
export function* analysisSteps(doc: Document, opts: AnalyzeOptions = {}): Generator<void, Analysis> {
  const started = now();
  const url = opts.url ?? docUrl(doc);
  const baseUrl = baseUrlOf(doc, url);
  const layout = opts.useLayout === false ? null : layoutOf(doc);
  const shadows = yield* shadowRootSteps(doc);
  const found = yield* linkElementSteps(doc, shadows);
  const max = opts.maxLinks ?? DEFAULT_MAX_LINKS;
  yield;
  const placement = yield* placementModelSteps(doc, layout, url, shadows);
  const visibility = createVisibility(doc, layout);
  const contextOf = createContextReader();
  const readLink = createLinkReader(baseUrl, url);
  const structure = createStructureCollector(doc, placement.mainRoot, hostOf(url), placement.drawn);
  yield;

  const links: ExtractedLink[] = [];
  let contentOrder = 0;
  const count = Math.min(found.length, max);
  for (let i = 0; i < count; i++) {
    if (i > 0 && i % CHUNK === 0) yield;
    const link = found[i]!;
    const el = link.element;
    const markup = readLink(el, link);
    const place = placement.classify(el, markup.rawHref);
    const vis = visibility(el);
    const inContent = place.placement === 'content';
    if (vis.visible && markup.scheme === 'http') structure.add(el, markup.host);
    links.push({
      index: i,
      ...markup,
      placement: place.placement,
      placementReasons: place.reasons,
      visible: vis.visible,
      hiddenBy: vis.hiddenBy,
      aboveFold: vis.visible && vis.rect && layout ? vis.rect.top < layout.viewport.height : null,
      contentOrder: inContent && vis.visible ? ++contentOrder : null,
      context: inContent ? contextOf(el, markup.text) : null,
    });
  }

  yield;
  const mainText = mainTextOf(placement.mainRoot, layout, undefined, shadows);
  yield;
  const emails = yield* emailSteps(links, placement.addresses, layout);
  const structureFound = yield* structure.finish();
  yield;
  const page = readPageInfo(doc, {
    url,
    baseUrl,
    wordCount: placement.mainWordCount,
    thread: placement.thread,
    mainRoot: placement.mainRoot,
    layout: layout !== null,
    headings: headingsOf(doc),
    structure: structureFound,
    mainText,
    emails,
  });
  return {
    report: { page, links, truncated: found.length > count, durationMs: Math.round(now() - started) },
    elements: found.slice(0, count).map((l) => l.element),
    placementOf: (el) => placement.classify(el).placement,
  };
}

/** Run the whole analysis at once (tests, DOMParser documents, scripts). */
export function analyzeDocument(doc: Document, opts: AnalyzeOptions = {}): PageReport {
  return runSteps(analysisSteps(doc, opts)).report;
}

/**
 * Run the analysis in slices of at most `sliceMs`, yielding the main thread between them,
 * so a page with 50k links never freezes (no long task).
 */
export function analyzeInSlices(doc: Document, opts: AnalyzeOptions = {}, sliceMs = 12): Promise<Analysis> {
  return drainInSlices(analysisSteps(doc, opts), sliceMs);
}
