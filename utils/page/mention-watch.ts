/**
 * Watching a page's text after its mentions were scanned: single-page apps and infinite scroll
 * change it under the list. Changes are collected as the nodes they touched and handed over in
 * batches, once the page has been quiet for a moment, or at the latest a little after the first
 * change when it never is; the page session then re-reads only the text around those nodes.
 */
import { nextSibling, nodeType, parentEl, parentNode, previousSibling, tagOf } from '../analysis/dom-safe';
import { isOverlayHost } from './overlay-tag';

export interface WatchTiming {
  /** A batch goes once no change came for this long. */
  quietMs: number;
  /** …or this long after its first change, under constant change. */
  maxWaitMs: number;
}

export const WATCH_TIMING: WatchTiming = { quietMs: 500, maxWaitMs: 2000 };

/** Past this many changed nodes in one batch, the whole page is read again: cheaper than tracking each. */
export const MAX_BATCH_NODES = 1000;

/** Attributes that change what a mention is: the link around it, and the plainest way to hide text. */
export const WATCHED_ATTRIBUTES = ['href', 'hidden'];

/** Elements that never hold page text: adding or removing them changes no mention. */
const NEVER_TEXT = new Set(['script', 'style', 'link', 'meta', 'noscript', 'template', 'title', 'base', 'head']);

/**
 * Collects changed nodes and hands them to `onBatch` debounced (quietMs), with a ceiling
 * (maxWaitMs). One batch at a time: changes made while one is handled wait for the next.
 */
export class ChangeBatcher {
  private readonly pending = new Set<Node>();
  private overflow = false;
  private quietTimer: ReturnType<typeof setTimeout> | null = null;
  private ceilingTimer: ReturnType<typeof setTimeout> | null = null;
  private busy = false;
  private due = false;
  private stopped = false;

  /** `everything`: the node handed over alone when a batch overflows (the document). */
  constructor(
    private readonly onBatch: (nodes: Node[]) => Promise<void> | void,
    private readonly everything: Node,
    private readonly timing: WatchTiming = WATCH_TIMING,
  ) {}

  add(nodes: Iterable<Node>): void {
    if (this.stopped) return;
    let any = false;
    for (const n of nodes) {
      any = true;
      if (this.overflow) break;
      this.pending.add(n);
      if (this.pending.size > MAX_BATCH_NODES) {
        this.overflow = true;
        this.pending.clear();
      }
    }
    if (!any) return;
    if (this.quietTimer !== null) clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(this.fire, this.timing.quietMs);
    this.ceilingTimer ??= setTimeout(this.fire, this.timing.maxWaitMs);
  }

  /** Changes not handed over yet. */
  get size(): number {
    return this.overflow ? MAX_BATCH_NODES + 1 : this.pending.size;
  }

  stop(): void {
    this.stopped = true;
    this.clearTimers();
    this.pending.clear();
  }

  private clearTimers(): void {
    if (this.quietTimer !== null) clearTimeout(this.quietTimer);
    if (this.ceilingTimer !== null) clearTimeout(this.ceilingTimer);
    this.quietTimer = null;
    this.ceilingTimer = null;
  }

  private readonly fire = (): void => {
    this.clearTimers();
    if (this.stopped) return;
    if (this.busy) {
      this.due = true;
      return;
    }
    if (!this.overflow && this.pending.size === 0) return;
    const nodes = this.overflow ? [this.everything] : [...this.pending];
    this.pending.clear();
    this.overflow = false;
    this.busy = true;
    void Promise.resolve()
      .then(() => this.onBatch(nodes))
      // A failed re-scan leaves the last list standing; the next change tries again.
      .catch(() => undefined)
      .finally(() => {
        this.busy = false;
        if (this.due) {
          this.due = false;
          this.fire();
        }
      });
  };
}

/*
 * Changed nodes are read through dom-safe.ts: a form's inputs can shadow its members
 * (`<input name="parentNode">` would send the walk up to the head round in a circle).
 */

/** Linkscout's own UI in the page (the link overlay): its changes are not the page's. */
export function isLinkscoutUi(node: Node): boolean {
  // Up the parents by hand: test DOMs' `closest` reads `parentElement` off each node, which a form's input can shadow.
  for (let el = nodeType(node) === 1 ? (node as Element) : parentEl(node); el; el = parentEl(el)) if (isOverlayHost(el)) return true;
  return false;
}

function neverText(node: Node): boolean {
  const type = nodeType(node);
  if (type === 8 || type === 7) return true; // comments (framework markers), processing instructions
  return type === 1 && NEVER_TEXT.has(tagOf(node as Element));
}

/** Inside code or the head: text there is never page text. */
function inNonText(node: Node): boolean {
  for (let n: Node | null = node; n; n = parentNode(n)) if (neverText(n)) return true;
  return false;
}

/**
 * The nodes around which the page's text may have changed: text edited, nodes added with their
 * neighbours, and the neighbours of nodes removed (two runs of text may now meet, or be parted,
 * there). Changes to Linkscout's own UI, to code and to framework comment markers are left out.
 * Removed nodes are not listed: their mentions go because their ranges left the page.
 */
export function changedNodes(records: Iterable<MutationRecord>): Node[] {
  const out: Node[] = [];
  for (const r of records) {
    if (isLinkscoutUi(r.target) || inNonText(r.target)) continue;
    if (r.type !== 'childList') {
      out.push(r.target);
      continue;
    }
    const added = Array.from(r.addedNodes).filter((n) => !isLinkscoutUi(n) && !neverText(n));
    const removed = Array.from(r.removedNodes).filter((n) => !isLinkscoutUi(n) && !neverText(n));
    for (const n of added) {
      out.push(n);
      // Its neighbours as they stand now (the record's are those of the whole batch of nodes).
      const before = previousSibling(n);
      const after = nextSibling(n);
      if (before) out.push(before);
      if (after) out.push(after);
    }
    if (removed.length === 0) continue;
    if (r.previousSibling) out.push(r.previousSibling);
    if (r.nextSibling) out.push(r.nextSibling);
    // Emptied (or an engine that does not say): the text on either side of the parent may now run together.
    if (!r.previousSibling && !r.nextSibling) out.push(parentNode(r.target) ?? r.target);
  }
  return out;
}

/** A watch over a page's text: its document, and the shadow roots and frames added to it. */
export interface PageTextWatch {
  /** Watch one more tree: an open shadow root or a same-origin frame's document the scan read. */
  add(scope: ShadowRoot | Document): void;
  stop(): void;
}

const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES };

/**
 * Watch a document's text and hand changed nodes to `onBatch`. A document's observer does not
 * see inside shadow roots or frames: the scan names each one it reads (`add`), so a page drawn
 * by web components is watched too. Mention highlights are painted with the CSS Custom
 * Highlight API, which changes no node, so painting never feeds back into a batch.
 */
export function watchPageText(doc: Document, onBatch: (nodes: Node[]) => Promise<void> | void, timing: WatchTiming = WATCH_TIMING): PageTextWatch {
  const batcher = new ChangeBatcher(onBatch, doc, timing);
  const observer = new MutationObserver((records) => batcher.add(changedNodes(records)));
  const watched = new WeakSet<Node>([doc]);
  let stopped = false;
  observer.observe(doc, OBSERVED);
  return {
    add(scope) {
      // A scan still running when the watch stopped must not start the observer again.
      if (stopped || watched.has(scope)) return;
      watched.add(scope);
      observer.observe(scope, OBSERVED);
    },
    stop() {
      stopped = true;
      observer.disconnect();
      batcher.stop();
    },
  };
}
