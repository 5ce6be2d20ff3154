import { analyzeInSlices, drainInSlices, yieldToPage, type Analysis } from '../analysis/analyze';
import type { AnalyzeResult, HighlightKind, ResponseOf } from '../messaging/protocol';
import { mentionScanSteps } from '../mentions/scan';
import type { Mention, MentionTerm } from '../mentions/types';
import { clearMentionHighlights, mentionHighlightSupport, paintMentions, revealMention } from './mention-highlights';
import { HIGHLIGHT_KINDS, highlightKind } from './link-kind';
import { Overlay, type Box } from './overlay';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * The content script's state in one page: the last analysis (to find a link again by its
 * index), the highlight and the flash. Created once per page, however often it is injected.
 */
export class PageSession {
  private last: Analysis | null = null;
  private readonly overlay: Overlay;
  private highlighted = false;
  private redraw: (() => void) | null = null;
  private mentions: { list: Mention[]; ranges: Range[] } | null = null;

  constructor(private readonly doc: Document) {
    this.overlay = new Overlay(doc);
  }

  async analyze(): Promise<AnalyzeResult> {
    if (!HTML_TYPES.has(this.doc.contentType)) {
      const type = this.doc.contentType;
      const what = type === 'application/pdf' ? 'a PDF' : type.startsWith('text/') ? `a plain-text file (${type})` : `a file of type ${type}`;
      return { ok: false, error: { kind: 'not-html', message: `This is not a web page but ${what}: it has no links to read.` } };
    }
    this.last = await analyzeInSlices(this.doc, { url: this.doc.URL });
    if (this.highlighted) this.drawHighlight();
    // Sending the report serialises it: start that in a task of its own, not after the last slice.
    await yieldToPage();
    return { ok: true, report: this.last.report };
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
      this.overlay.hideBoxes();
      if (this.redraw) this.doc.defaultView?.removeEventListener('resize', this.redraw);
      this.redraw = null;
      return { on, counts };
    }
    this.drawHighlight(counts);
    if (!this.redraw) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      // Positions move when the window resizes: redraw, debounced.
      this.redraw = () => {
        clearTimeout(timer);
        timer = setTimeout(() => this.highlighted && this.drawHighlight(), 150);
      };
      this.doc.defaultView?.addEventListener('resize', this.redraw);
    }
    return { on, counts };
  }

  /** Outline the last analysis' web links; `counts` when the caller already has them. */
  private drawHighlight(counts?: Record<HighlightKind, number>): void {
    const analysis = this.last;
    if (!analysis) return;
    const win = this.doc.defaultView;
    const sx = win?.scrollX ?? 0;
    const sy = win?.scrollY ?? 0;
    const boxes: Box[] = [];
    analysis.report.links.forEach((link, i) => {
      if (link.scheme !== 'http') return;
      const el = analysis.elements[i];
      if (!el?.isConnected) return;
      const kind = highlightKind(link);
      for (const r of Array.from(el.getClientRects())) {
        if (r.width < 1 || r.height < 1) continue;
        boxes.push({ top: r.top + sy, left: r.left + sx, width: r.width, height: r.height, kind });
      }
    });
    this.overlay.showBoxes(boxes, counts ?? countKinds(analysis));
  }

  async reveal(index: number): Promise<ResponseOf<'revealLink'>> {
    const analysis = await this.current();
    const el = analysis?.elements[index];
    const link = analysis?.report.links[index];
    if (!el || !link || !el.isConnected) return { found: false, visible: false };
    el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    const r = el.getBoundingClientRect();
    const win = this.doc.defaultView;
    const visible = link.visible && r.width > 0 && r.height > 0;
    if (visible) this.overlay.flash({ top: r.top + (win?.scrollY ?? 0), left: r.left + (win?.scrollX ?? 0), width: r.width, height: r.height });
    return { found: true, visible };
  }

  /** Find the terms in the page's text (sliced), placed by the link analysis' model, and highlight them. */
  async findMentions(terms: MentionTerm[]): Promise<ResponseOf<'findMentions'>> {
    const analysis = await this.current();
    const { scan, ranges } = await drainInSlices(mentionScanSteps(this.doc, terms, { placementOf: analysis?.placementOf }));
    this.mentions = { list: scan.mentions, ranges };
    const painted = this.paintVisibleMentions();
    await yieldToPage();
    return { scan, highlights: painted.supported ? { supported: true } : painted };
  }

  mentionHighlights(on: boolean): ResponseOf<'mentionHighlights'> {
    if (!on || !this.mentions) {
      clearMentionHighlights(this.doc);
      return { on: false, highlights: mentionHighlightSupport(this.doc) };
    }
    const painted = this.paintVisibleMentions();
    return { on: painted.supported, highlights: painted.supported ? { supported: true } : painted };
  }

  /** Hidden text has nothing to paint; its ranges are kept to reveal where it sits. */
  private paintVisibleMentions() {
    const mentions: Mention[] = [];
    const ranges: Range[] = [];
    this.mentions?.list.forEach((m, i) => {
      const range = this.mentions!.ranges[i];
      if (m.visible && range) {
        mentions.push(m);
        ranges.push(range);
      }
    });
    return paintMentions(this.doc, ranges, mentions);
  }

  revealMention(index: number): ResponseOf<'revealMention'> {
    const range = this.mentions?.ranges[index];
    return range ? revealMention(range) : { found: false, visible: false };
  }
}

function countKinds(analysis: Analysis | null): Record<HighlightKind, number> {
  const counts = Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, 0])) as Record<HighlightKind, number>;
  for (const link of analysis?.report.links ?? []) if (link.scheme === 'http') counts[highlightKind(link)]++;
  return counts;
}
