import { analyzeInSlices, type Analysis } from '../analysis/analyze';
import { randomHex } from '../random-hex';
import { yieldToPage } from '../analysis/steps';
import { docContentType, docUrl } from '../analysis/dom-safe';
import { LINK_PAGE } from '../messaging/content-protocol';
import type { AnalyzeResult, ResponseOf } from '../messaging/protocol';
import type { ExtractedLink } from '../analysis/types';

/** Analyses whose links can still be asked for. */
const KEPT_ANALYSES = 2;

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** What the content script lends the overlay script of its analyses (page-host.ts). */
export interface AnalysedLinks {
  /** The last analysis, if there was one. */
  readonly last: Analysis | null;
  current(): Promise<Analysis | null>;
  onAnalysis(then: (analysis: Analysis) => void): void;
}

/**
 * The content script's state in one page: the last analysis (to find a link again by its
 * index) and the links of the latest ones being sent; the highlight and the flash are the
 * overlay script's (link-highlight.ts), mentions the mention script's (mention-session.ts).
 * Created once per page, however often it is injected. The document's members are read through
 * dom-safe.ts: named elements (`<img name="URL">`) shadow them wherever the browser exposes them.
 */
export class PageSession implements AnalysedLinks {
  private latest: Analysis | null = null;
  /** The links of the latest analyses by id, oldest first: two popups may inspect at once, each reads its own. */
  private readonly sent = new Map<string, ExtractedLink[]>();
  private readonly analysed: ((analysis: Analysis) => void)[] = [];

  constructor(private readonly doc: Document) {}

  get last(): Analysis | null {
    return this.latest;
  }

  /** The placement of the page's elements by the last analysis (the mention scan places its mentions with it). */
  get placementOf(): Analysis['placementOf'] | undefined {
    return this.latest?.placementOf;
  }

  async analyze(): Promise<AnalyzeResult> {
    const type = docContentType(this.doc);
    if (!HTML_TYPES.has(type)) {
      const what = type === 'application/pdf' ? 'a PDF' : type.startsWith('text/') ? `a plain-text file (${type})` : `a file of type ${type}`;
      return { ok: false, error: { kind: 'not-html', message: `This is not a web page but ${what}: it has no links to read.` } };
    }
    const analysis = await analyzeInSlices(this.doc, { url: docUrl(this.doc) });
    this.latest = analysis;
    const id = analysisId();
    this.sent.set(id, analysis.report.links);
    for (const old of this.sent.keys()) if (this.sent.size > KEPT_ANALYSES) this.sent.delete(old);
    for (const then of this.analysed) then(analysis);
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

  /** The last analysis, or a new one when there is none yet (the highlight and a reveal need one). */
  async current(): Promise<Analysis | null> {
    if (!this.latest) await this.analyze();
    return this.latest;
  }

  /** Run `then` after each new analysis (the overlay script redraws its highlight). */
  onAnalysis(then: (analysis: Analysis) => void): void {
    this.analysed.push(then);
  }

  /**
   * Let go of the page's nodes: the last analysis holds its link elements, the kept ones their
   * links. For a session whose extension was reloaded or removed: no message can reach it any
   * more, and an orphaned copy must not keep them alive.
   */
  dispose(): void {
    this.latest = null;
    this.sent.clear();
    this.analysed.length = 0;
  }
}

/**
 * A new analysis' id: 64 random bits. A count would start again at 1 in the next document of
 * the tab, whose content script could then answer for an analysis of the page before it.
 */
function analysisId(): string {
  return randomHex(8);
}
