import { analyzeInSlices, type Analysis } from '../analysis/analyze';
import { drainInSlices, yieldToPage } from '../analysis/steps';
import { boundingRect, clientRects, docContentType, docUrl, docWindow, isConnected, scrollIntoView } from '../analysis/dom-safe';
import { LINK_PAGE } from '../messaging/content-protocol';
import type { AnalyzeResult, HighlightKind, ResponseOf } from '../messaging/protocol';
import { mentionScanSteps } from '../mentions/scan';
import type { ExtractedLink } from '../analysis/types';
import type { Mention, MentionScan, MentionTerm } from '../mentions/types';
import { clearMentionHighlights, mentionHighlightSupport, paintMentions, revealMention } from './mention-highlights';
import { mergeRescan, type LiveMentions } from './mention-merge';
import { watchPageText, type PageTextWatch, type WatchTiming } from './mention-watch';
import { HIGHLIGHT_KINDS, highlightKind } from './link-kind';
import { Overlay, type Box } from './overlay';

export interface PageSessionOptions {
  /** Told after a re-scan of a changed page changed its mentions (the content script tells the background). */
  onMentionsChanged?: (scan: MentionScan) => void;
  /** How changes are batched (tests shorten it). */
  watchTiming?: WatchTiming;
  /** Whether Linkscout was reloaded or removed under this session: then a change to the page makes it leave instead of re-scanning. */
  orphaned?: () => boolean;
}

/** Analyses whose links can still be asked for. */
const KEPT_ANALYSES = 2;

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * The content script's state in one page: the last analysis (to find a link again by its
 * index), the highlight and the flash. Created once per page, however often it is injected.
 * The document's members are read through dom-safe.ts: named elements (`<img name="URL">`)
 * shadow them wherever the browser exposes them.
 */
export class PageSession {
  private last: Analysis | null = null;
  /** The links of the latest analyses by id, oldest first: two popups may inspect at once, each reads its own. */
  private readonly sent = new Map<string, ExtractedLink[]>();
  private readonly overlay: Overlay;
  private highlighted = false;
  private redraw: (() => void) | null = null;
  /** The mentions as they stand (kept current as the page changes) and the terms they were found with. */
  private mentions: (LiveMentions & { terms: MentionTerm[] }) | null = null;
  private mentionsPainted = false;
  /** Taken over by a new copy of the content script (see content-lifecycle.ts): it paints nothing more. */
  private disposed = false;
  private watch: PageTextWatch | null = null;
  /** The scan names each shadow root and frame it reads: the watch (if still on) observes it too. */
  private readonly watchScope = (scope: ShadowRoot | Document) => this.watch?.add(scope);
  /** Scans run one after another: a re-scan merges into the list the scan before it left. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly doc: Document,
    private readonly opts: PageSessionOptions = {},
  ) {
    this.overlay = new Overlay(doc);
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
    if (this.highlighted) this.drawHighlight();
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
      this.overlay.hideBoxes();
      this.stopRedraw();
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
      docWindow(this.doc)?.addEventListener('resize', this.redraw);
    }
    return { on, counts };
  }

  private stopRedraw(): void {
    if (this.redraw) docWindow(this.doc)?.removeEventListener('resize', this.redraw);
    this.redraw = null;
  }

  /** Outline the last analysis' web links; `counts` when the caller already has them. */
  private drawHighlight(counts?: Record<HighlightKind, number>): void {
    const analysis = this.last;
    if (!analysis) return;
    const win = docWindow(this.doc);
    const sx = win?.scrollX ?? 0;
    const sy = win?.scrollY ?? 0;
    const boxes: Box[] = [];
    analysis.report.links.forEach((link, i) => {
      if (link.scheme !== 'http') return;
      const el = analysis.elements[i];
      if (!el || !isConnected(el)) return;
      const kind = highlightKind(link);
      for (const r of Array.from(clientRects(el))) {
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
    if (!el || !link || !isConnected(el)) return { found: false, visible: false };
    scrollIntoView(el, { block: 'center', inline: 'nearest', behavior: 'instant' });
    const r = boundingRect(el);
    const win = docWindow(this.doc);
    const visible = link.visible && r.width > 0 && r.height > 0;
    if (visible) this.overlay.flash({ top: r.top + (win?.scrollY ?? 0), left: r.left + (win?.scrollX ?? 0), width: r.width, height: r.height });
    return { found: true, visible };
  }

  /**
   * Find the terms in the page's text (sliced) and highlight them (unless not `paint`), placed by the link analysis'
   * model when the page was analysed (a scan without one, as auto-scan runs, builds its own
   * only if it finds something). From then on the page is watched and re-scanned where it changes.
   */
  findMentions(terms: MentionTerm[], paint = true): Promise<ResponseOf<'findMentions'>> {
    // Watching starts before the scan: a change made while it runs is re-read after it.
    this.watch ??= watchPageText(this.doc, (nodes) => this.rescan(nodes), this.opts.watchTiming);
    return this.serially(async () => {
      const { scan, ranges } = await drainInSlices(mentionScanSteps(this.doc, terms, { placementOf: this.last?.placementOf, onScope: this.watchScope }));
      // Disposed while it read (a new copy took over): paint nothing over the new copy's highlights.
      if (this.disposed) return { scan, highlights: { supported: true } };
      this.mentions = { scan, ranges, terms };
      // Not to paint (auto-scan): highlights the user asked for (the popup's scan) stay, repainted.
      if (!paint && !this.mentionsPainted) return { scan, highlights: mentionHighlightSupport(this.doc) };
      const painted = this.paintVisibleMentions();
      this.mentionsPainted = painted.supported;
      await yieldToPage();
      return { scan, highlights: painted.supported ? { supported: true } : painted };
    });
  }

  /** The mentions as they stand now (after live re-scans); the popup asks when told they changed. */
  currentMentions(): ResponseOf<'currentMentions'> {
    if (!this.mentions) throw new Error('No mentions scanned in this page yet');
    return { scan: this.mentions.scan, highlights: mentionHighlightSupport(this.doc) };
  }

  /** Re-read the text around changed nodes, merge, repaint, and say so when the list changed. */
  private rescan(nodes: Node[]): Promise<void> {
    return this.serially(async () => {
      const before = this.mentions;
      if (!before) return;
      if (this.opts.orphaned?.()) return this.dispose();
      const result = await drainInSlices(mentionScanSteps(this.doc, before.terms, { placementOf: this.last?.placementOf, roots: nodes, onScope: this.watchScope }));
      const { partial } = result;
      // Disposed while it read (an orphan that a new copy took over from): nothing more to do.
      if (!partial || this.mentions !== before) return;
      const merged = mergeRescan(before, { ...result, partial });
      this.mentions = { scan: merged.scan, ranges: merged.ranges, terms: before.terms };
      if (this.mentionsPainted && (merged.dropped > 0 || merged.added > 0)) this.paintVisibleMentions();
      if (merged.changed) this.opts.onMentionsChanged?.(merged.scan);
    });
  }

  private serially<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  mentionHighlights(on: boolean): ResponseOf<'mentionHighlights'> {
    if (!on || !this.mentions) {
      this.mentionsPainted = false;
      clearMentionHighlights(this.doc);
      return { on: false, highlights: mentionHighlightSupport(this.doc) };
    }
    const painted = this.paintVisibleMentions();
    this.mentionsPainted = painted.supported;
    return { on: painted.supported, highlights: painted.supported ? { supported: true } : painted };
  }

  /** Hidden text has nothing to paint; its ranges are kept to reveal where it sits. */
  private paintVisibleMentions() {
    const mentions: Mention[] = [];
    const ranges: Range[] = [];
    this.mentions?.scan.mentions.forEach((m, i) => {
      const range = this.mentions!.ranges[i];
      if (m.visible && range) {
        mentions.push(m);
        ranges.push(range);
      }
    });
    return paintMentions(this.doc, ranges, mentions);
  }

  /** Stop watching the page (the session is being dropped). */
  stopWatchingMentions(): void {
    this.watch?.stop();
    this.watch = null;
  }

  /**
   * Leave the page as it was before Linkscout came: stop watching it, take the link highlight
   * and the mention highlights away, let go of the page's nodes. For a session whose extension
   * was reloaded or removed: no message can reach it any more.
   */
  dispose(): void {
    this.disposed = true;
    this.stopWatchingMentions();
    this.stopRedraw();
    this.highlighted = this.mentionsPainted = false;
    this.mentions = null;
    // The last analysis holds the page's link elements, the kept ones their links: an orphaned
    // copy must not keep them alive.
    this.last = null;
    this.sent.clear();
    this.overlay.remove();
    clearMentionHighlights(this.doc);
  }

  revealMention(index: number): ResponseOf<'revealMention'> {
    const range = this.mentions?.ranges[index];
    return range ? revealMention(range) : { found: false, visible: false };
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
