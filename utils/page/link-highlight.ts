import type { Analysis } from '../analysis/analyze';
import { boundingRect, clientRects, docWindow, isConnected, scrollIntoView } from '../analysis/dom-safe';
import { drainInSlices, FRAME, type Step } from '../analysis/steps';
import type { HighlightKind, ResponseOf } from '../messaging/protocol';
import { HIGHLIGHT_KINDS, highlightKind } from './link-kind';
import { Overlay, type Box } from './overlay';
import type { AnalysedLinks } from './page-session';

/** Links measured and outlined between two chances to yield (a slice ends on time, see drainInSlices). */
const BOXES_PER_STEP = 250;

/**
 * The overlay script's state in one page (entrypoints/page-overlay.ts): the links of the content
 * script's last analysis outlined by kind with a legend, and the flash on a link picked in the
 * popup. Injected only when one of those is asked for, so the content script every inspection
 * injects does not carry the overlay.
 */
export class LinkHighlight {
  private readonly overlay: Overlay;
  private highlighted = false;
  /** Which drawing of the highlight is the latest: an older one stops between two slices. */
  private drawing = 0;
  private redraw: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly links: AnalysedLinks,
  ) {
    this.overlay = new Overlay(doc);
    // A new analysis (the popup opened again) finds other elements: the highlight follows it.
    links.onAnalysis(() => this.highlighted && void this.draw());
  }

  async highlight(on: boolean): Promise<ResponseOf<'highlight'>> {
    const analysis = await this.links.current();
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
        timer = setTimeout(() => this.highlighted && void this.draw(), 150);
      };
      docWindow(this.doc)?.addEventListener('resize', this.redraw);
    }
    await this.draw(counts);
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
  private draw(counts?: Record<HighlightKind, number>): Promise<void> {
    const analysis = this.links.last;
    if (!analysis) return Promise.resolve();
    return drainInSlices(this.steps(analysis, counts ?? countKinds(analysis), ++this.drawing));
  }

  private *steps(analysis: Analysis, counts: Record<HighlightKind, number>, drawing: number): Generator<Step, void> {
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

  /** Scroll to link `index` of the last analysis and flash a box around it. */
  async reveal(index: number): Promise<ResponseOf<'revealLink'>> {
    const analysis = await this.links.current();
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

  /** Take the highlight and the overlay out of the page (the content script is leaving). */
  dispose(): void {
    this.drawing++;
    this.stopRedraw();
    this.highlighted = false;
    this.overlay.remove();
  }
}

function countKinds(analysis: Analysis | null): Record<HighlightKind, number> {
  const counts = Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, 0])) as Record<HighlightKind, number>;
  for (const link of analysis?.report.links ?? []) if (link.scheme === 'http') counts[highlightKind(link)]++;
  return counts;
}
