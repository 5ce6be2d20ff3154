import { analyzeInSlices, type Analysis } from '../analysis/analyze';
import { drainInSlices, FRAME, yieldToPage, type Step } from '../analysis/steps';
import { boundingRect, clientRects, docContentType, docUrl, docWindow, isConnected, scrollIntoView } from '../analysis/dom-safe';
import { LINK_PAGE } from '../messaging/content-protocol';
import type { AnalyzeResult, HighlightKind, ResponseOf } from '../messaging/protocol';
import type { ExtractedLink } from '../analysis/types';
import { HIGHLIGHT_KINDS, highlightKind } from './link-kind';
import { Overlay, type Box } from './overlay';

/** Links measured and outlined between two chances to yield (a slice ends on time, see drainInSlices). */
const BOXES_PER_STEP = 250;

/** Analyses whose links can still be asked for. */
const KEPT_ANALYSES = 2;

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * The content script's state in one page: the last analysis (to find a link again by its
 * index), the highlight and the flash; mentions have their own (mention-session.ts). Created
 * once per page, however often it is injected. The document's members are read through dom-safe.ts: named elements (`<img name="URL">`)
 * shadow them wherever the browser exposes them.
 */
export class PageSession {
  private last: Analysis | null = null;
  /** The links of the latest analyses by id, oldest first: two popups may inspect at once, each reads its own. */
  private readonly sent = new Map<string, ExtractedLink[]>();
  private readonly overlay: Overlay;
  private highlighted = false;
  /** Which drawing of the highlight is the latest: an older one stops between two slices. */
  private drawing = 0;
  private redraw: (() => void) | null = null;

  constructor(private readonly doc: Document) {
    this.overlay = new Overlay(doc);
  }

  /** The placement of the page's elements by the last analysis (the mention scan places its mentions with it). */
  get placementOf(): Analysis['placementOf'] | undefined {
    return this.last?.placementOf;
  }

  async analyze(): Promise<AnalyzeResult> {
    const type = docContentType(this.doc);
    if (!HTML_TYPES.has(type)) {
      const what = type === 'application/pdf' ? 'a PDF' : type.startsWith('text/') ? `a plain-text file (${type})` : `a file of type ${type}`;
      return { ok: false, error: { kind: 'not-html', message: `This is not a web page but ${what}: it has no links to read.` } };
    }
    const analysis = await analyzeInSlices(this.doc, { url: docUrl(this.doc) });
    this.last = analysis;
    const id = analysisId();
    this.sent.set(id, analysis.report.links);
    for (const old of this.sent.keys()) if (this.sent.size > KEPT_ANALYSES) this.sent.delete(old);
    if (this.highlighted) void this.drawHighlight();
    // Sending the answer serialises it: start that in a task of its own, not after the last slice.
    await yieldToPage();
    // The links follow by reportLinks, a page at a time: one message of a big page's whole
    // report would be serialised in one long task.
    const { page, links, truncated, durationMs } = analysis.report;
    return { ok: true, head: { analysis: id, page, linkCount: links.length, truncated, durationMs } };
  }

  /**
   * A page of the links of analysis `id` (the one analyzePage answered with), from index `from`;
   * null when that analysis is no longer kept, so the background can ask for a new one.
   */
  reportLinks(id: string, from: number): ResponseOf<'reportLinks'> {
    const links = this.sent.get(id);
    return { analysis: id, links: links ? links.slice(from, from + LINK_PAGE) : null };
  }

  private async current(): Promise<Analysis | null> {
    if (!this.last) await this.analyze();
    return this.last;
  }

  async highlight(on: boolean): Promise<ResponseOf<'highlight'>> {
    const analysis = await this.current();
    this.highlighted = on;
    const counts = countKinds(analysis);
    if (!on) {
      this.drawing++;
      this.overlay.hideBoxes();
      this.stopRedraw();
      return { on, counts };
    }
    if (!this.redraw) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      // Positions move when the window resizes: redraw, debounced.
      this.redraw = () => {
        clearTimeout(timer);
        timer = setTimeout(() => this.highlighted && void this.drawHighlight(), 150);
      };
      docWindow(this.doc)?.addEventListener('resize', this.redraw);
    }
    await this.drawHighlight(counts);
    // Switched off while it was drawn: say so, not what was asked.
    return { on: this.highlighted, counts };
  }

  private stopRedraw(): void {
    if (this.redraw) docWindow(this.doc)?.removeEventListener('resize', this.redraw);
    this.redraw = null;
  }

  /**
   * Outline the last analysis' web links; `counts` when the caller already has them. In slices:
   * 50,000 links measured and drawn at once froze the page for most of a second. All are
   * measured first, then drawn: a box added between two measures would make the browser lay the
   * page out again at the next. A newer drawing, or switching off, stops this one.
   */
  private drawHighlight(counts?: Record<HighlightKind, number>): Promise<void> {
    const analysis = this.last;
    if (!analysis) return Promise.resolve();
    return drainInSlices(this.highlightSteps(analysis, counts ?? countKinds(analysis), ++this.drawing));
  }

  private *highlightSteps(analysis: Analysis, counts: Record<HighlightKind, number>, drawing: number): Generator<Step, void> {
    const win = docWindow(this.doc);
    const { links } = analysis.report;
    const boxes: Box[] = [];
    // Read with the rectangles, in the same step: the page may have scrolled between two.
    let sx = win?.scrollX ?? 0;
    let sy = win?.scrollY ?? 0;
    for (let i = 0; i < links.length; i++) {
      if (i % BOXES_PER_STEP === BOXES_PER_STEP - 1) {
        yield;
        if (drawing !== this.drawing) return;
        sx = win?.scrollX ?? 0;
        sy = win?.scrollY ?? 0;
      }
      const link = links[i]!;
      const el = analysis.elements[i];
      if (link.scheme !== 'http' || !el || !isConnected(el)) continue;
      const kind = highlightKind(link);
      for (const r of Array.from(clientRects(el))) {
        if (r.width < 1 || r.height < 1) continue;
        boxes.push({ top: r.top + sy, left: r.left + sx, width: r.width, height: r.height, kind });
      }
    }
    this.overlay.startBoxes(counts);
    for (let from = 0; from < boxes.length; from += BOXES_PER_STEP) {
      this.overlay.addBoxes(boxes.slice(from, from + BOXES_PER_STEP));
      // Each group styled in a frame of its own, not a hundred milliseconds' worth at once.
      yield FRAME;
      if (drawing !== this.drawing) return;
    }
  }

  async reveal(index: number): Promise<ResponseOf<'revealLink'>> {
    const analysis = await this.current();
    const el = analysis?.elements[index];
    const link = analysis?.report.links[index];
    if (!el || !link || !isConnected(el)) return { found: false, visible: false };
    scrollIntoView(el, { block: 'center', inline: 'nearest', behavior: 'instant' });
    const r = boundingRect(el);
    const win = docWindow(this.doc);
    const visible = link.visible && r.width > 0 && r.height > 0;
    if (visible) this.overlay.flash({ top: r.top + (win?.scrollY ?? 0), left: r.left + (win?.scrollX ?? 0), width: r.width, height: r.height });
    return { found: true, visible };
  }

  /**
   * Leave the page as it was before Linkscout came: take the link highlight away, let go of
   * the page's nodes. For a session whose extension was reloaded or removed: no message can
   * reach it any more.
   */
  dispose(): void {
    this.drawing++;
    this.stopRedraw();
    this.highlighted = false;
    // The last analysis holds the page's link elements, the kept ones their links: an orphaned
    // copy must not keep them alive.
    this.last = null;
    this.sent.clear();
    this.overlay.remove();
  }
}

/**
 * A new analysis' id: 64 random bits. A count would start again at 1 in the next document of
 * the tab, whose content script could then answer for an analysis of the page before it.
 */
function analysisId(): string {
  return Array.from(crypto.getRandomValues(new Uint32Array(2)), (w) => w.toString(16).padStart(8, '0')).join('');
}

function countKinds(analysis: Analysis | null): Record<HighlightKind, number> {
  const counts = Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, 0])) as Record<HighlightKind, number>;
  for (const link of analysis?.report.links ?? []) if (link.scheme === 'http') counts[highlightKind(link)]++;
  return counts;
}
