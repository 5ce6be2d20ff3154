import type { PageReading } from '../analysis/page-reading';
import { drainInSlices, yieldToPage } from '../analysis/steps';
import type { ResponseOf } from '../messaging/protocol';
import { mentionScanSteps } from '../mentions/scan';
import type { Mention, MentionScan, MentionTerm } from '../mentions/types';
import { clearMentionHighlights, mentionHighlightSupport, paintMentions, revealMention } from './mention-highlights';
import { mergeRescan, type LiveMentions } from './mention-merge';
import { watchPageText, type PageTextWatch, type WatchTiming } from './mention-watch';
import type { BoxFlash } from './overlay';

export interface MentionSessionOptions {
  /** Visibility and placement as the link analysis judges them (the content script's, page-reading.ts). */
  reading: PageReading;
  /** How a revealed mention is flashed where the browser has no highlight API (the overlay script's, injected before the popup reveals one). */
  flashBox: BoxFlash;
  /** Told after a re-scan of a changed page changed its mentions (the mention script tells the background). */
  onMentionsChanged?: (scan: MentionScan) => void;
  /** How changes are batched (tests shorten it). */
  watchTiming?: WatchTiming;
  /** Whether Linkscout was reloaded or removed under this session: then a change to the page makes it leave instead of re-scanning. */
  orphaned?: () => boolean;
  /** How it leaves then (the mention script: the content script leaves too); by default only this session. */
  leave?: () => void;
}

/**
 * The mention script's state in one page: the mentions as they stand (kept current as the page
 * changes), the terms they were found with, and their highlights. Created once per page, however
 * often the mention script is injected.
 */
export class MentionSession {
  /** The mentions as they stand (kept current as the page changes) and the terms they were found with. */
  private mentions: (LiveMentions & { terms: MentionTerm[] }) | null = null;
  private painted = false;
  /** Taken over by a new copy of the scripts (see content-lifecycle.ts): it paints nothing more. */
  private disposed = false;
  private watch: PageTextWatch | null = null;
  /** The scan names each shadow root and frame it reads: the watch (if still on) observes it too. */
  private readonly watchScope = (scope: ShadowRoot | Document) => this.watch?.add(scope);
  /** Scans run one after another: a re-scan merges into the list the scan before it left. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly doc: Document,
    private readonly opts: MentionSessionOptions,
  ) {}

  /**
   * Find the terms in the page's text (sliced) and highlight them (unless not `paint`), placed
   * by the link analysis' model when the page was analysed (a scan without one, as auto-scan
   * runs, builds its own only if it finds something). From then on the page is watched and
   * re-scanned where it changes.
   */
  find(terms: MentionTerm[], paint = true): Promise<ResponseOf<'findMentions'>> {
    // Watching starts before the scan: a change made while it runs is re-read after it.
    this.watch ??= watchPageText(this.doc, (nodes) => this.rescan(nodes), this.opts.watchTiming);
    return this.serially(async () => {
      const { scan, ranges } = await drainInSlices(mentionScanSteps(this.doc, terms, { reading: this.opts.reading, onScope: this.watchScope }));
      // Disposed while it read (a new copy took over): paint nothing over the new copy's highlights.
      if (this.disposed) return { scan, highlights: { supported: true } };
      this.mentions = { scan, ranges, terms };
      // Not to paint (auto-scan): highlights the user asked for (the popup's scan) stay, repainted.
      if (!paint && !this.painted) return { scan, highlights: mentionHighlightSupport(this.doc) };
      const painted = this.paintVisible();
      this.painted = painted.supported;
      await yieldToPage();
      return { scan, highlights: painted.supported ? { supported: true } : painted };
    });
  }

  /** The mentions as they stand now (after live re-scans); the popup asks when told they changed. */
  current(): ResponseOf<'currentMentions'> {
    if (!this.mentions) throw new Error('No mentions scanned in this page yet');
    return { scan: this.mentions.scan, highlights: mentionHighlightSupport(this.doc) };
  }

  /** Re-read the text around changed nodes, merge, repaint, and say so when the list changed. */
  private rescan(nodes: Node[]): Promise<void> {
    return this.serially(async () => {
      const before = this.mentions;
      if (!before) return;
      if (this.opts.orphaned?.()) return (this.opts.leave ?? (() => this.dispose()))();
      const result = await drainInSlices(mentionScanSteps(this.doc, before.terms, { reading: this.opts.reading, roots: nodes, onScope: this.watchScope }));
      const { partial } = result;
      // Disposed while it read (an orphan that a new copy took over from): nothing more to do.
      if (!partial || this.mentions !== before) return;
      const merged = mergeRescan(before, { ...result, partial });
      this.mentions = { scan: merged.scan, ranges: merged.ranges, terms: before.terms };
      if (this.painted && (merged.dropped > 0 || merged.added > 0)) this.paintVisible();
      if (merged.changed) this.opts.onMentionsChanged?.(merged.scan);
    });
  }

  private serially<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    return run;
  }

  highlights(on: boolean): ResponseOf<'mentionHighlights'> {
    if (!on || !this.mentions) {
      this.painted = false;
      clearMentionHighlights(this.doc);
      return { on: false, highlights: mentionHighlightSupport(this.doc) };
    }
    const painted = this.paintVisible();
    this.painted = painted.supported;
    return { on: painted.supported, highlights: painted.supported ? { supported: true } : painted };
  }

  /** Hidden text has nothing to paint; its ranges are kept to reveal where it sits. */
  private paintVisible() {
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

  reveal(index: number): ResponseOf<'revealMention'> {
    const range = this.mentions?.ranges[index];
    return range ? revealMention(range, this.opts.flashBox) : { found: false, visible: false };
  }

  /** Stop watching the page (the session is being dropped). */
  stopWatching(): void {
    this.watch?.stop();
    this.watch = null;
  }

  /**
   * Leave the page as it was before Linkscout came: stop watching it, take the highlights away,
   * let go of the page's nodes. For a session whose extension was reloaded or removed: no
   * message can reach it any more.
   */
  dispose(): void {
    this.disposed = true;
    this.stopWatching();
    this.painted = false;
    this.mentions = null;
    clearMentionHighlights(this.doc);
  }
}
