import overlayCss from './overlay.css?inline';
import { HIGHLIGHT_KINDS, KIND_COLOURS, KIND_LABELS, KIND_MARKS } from './link-kind';
import type { HighlightKind } from '../messaging/protocol';
import { createElement, docElement, docView, isConnected } from '../analysis/dom-safe';
import { markOverlayHost, OVERLAY_TAG } from './overlay-tag';

/** Pixels the kind's letter takes above a box (overlay.css). */
const MARK_ROOM = 14;

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
  kind: HighlightKind;
}

// The overlay's own style sheet, minified into the overlay script by the build.
const CSS = overlayCss;

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  position: 'absolute',
  top: '0',
  left: '0',
  width: '0',
  height: '0',
  overflow: 'visible',
  'z-index': '2147483647',
  'pointer-events': 'none',
};

/**
 * Set inline styles through the CSSOM: a strict Content-Security-Policy (`style-src` without
 * 'unsafe-inline') blocks `style="…"` attributes and `<style>` elements, never the CSSOM.
 */
function setStyles(el: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value);
}

/** A constructed stylesheet in the page's realm, or null where the browser has none. */
function constructedSheet(doc: Document): CSSStyleSheet | null {
  const Sheet = (docView(doc) as { CSSStyleSheet?: typeof CSSStyleSheet } | null)?.CSSStyleSheet;
  if (typeof Sheet !== 'function') return null;
  try {
    const sheet = new Sheet();
    sheet.replaceSync(CSS);
    return sheet;
  } catch {
    return null;
  }
}

/**
 * Style the shadow root. An adopted constructed sheet is not subject to the page's CSP; a
 * `<style>` element is the fallback for browsers that cannot adopt one from an extension
 * (it works wherever the page's CSP allows inline styles).
 */
function styleRoot(doc: Document, root: ShadowRoot): void {
  const sheet = constructedSheet(doc);
  if (sheet && 'adoptedStyleSheets' in root) {
    try {
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.length === 1) return;
    } catch {
      // Fall through to the <style> element.
    }
  }
  const style = createElement(doc, 'style');
  style.textContent = CSS;
  root.append(style);
}

/**
 * Linkscout's UI inside a page: one zero-size host at the document's top-left with a shadow
 * root, so the page's styles can't reach in and its layout does not move. Removed when off.
 * The page may remove it at any time (single-page apps re-render `<html>`'s children): the next
 * draw makes a new one.
 */
export class Overlay {
  private host: HTMLElement | null = null;
  private layer: HTMLElement | null = null;
  /** The legend's counts of the boxes being drawn. */
  private counts: Record<HighlightKind, number> | null = null;

  constructor(private readonly doc: Document) {}

  private ensure(): HTMLElement {
    if (this.host && this.layer && isConnected(this.host) && isConnected(this.layer)) return this.layer;
    // Whatever is left of an overlay the page took apart goes, so there is only ever one.
    this.host?.remove();
    const host = createElement(this.doc, OVERLAY_TAG);
    markOverlayHost(host);
    setStyles(host, HOST_STYLE);
    const root = host.attachShadow({ mode: 'open' });
    styleRoot(this.doc, root);
    const layer = createElement(this.doc, 'div');
    root.append(layer);
    docElement(this.doc)?.append(host);
    this.host = host;
    this.layer = layer;
    return layer;
  }

  /** Take the boxes drawn before away and show the legend: the boxes follow (addBoxes), a slice at a time. */
  startBoxes(counts: Record<HighlightKind, number>): void {
    const layer = this.ensure();
    layer.querySelectorAll('.boxes, .legend').forEach((n) => n.remove());
    this.counts = counts;
    layer.append(this.legend(counts));
  }

  /**
   * More outlined boxes (document coordinates), under the legend. Each call's in a group of its
   * own, so a group added later does not lay out the boxes before it again.
   */
  addBoxes(boxes: Box[]): void {
    const group = createElement(this.doc, 'div');
    group.className = 'boxes';
    for (const b of boxes) {
      const div = createElement(this.doc, 'div');
      // A box at the very top of the page has no room for its letter above it: it goes below.
      div.className = b.top < MARK_ROOM ? `box ${b.kind} top` : `box ${b.kind}`;
      div.dataset.kind = b.kind;
      if (KIND_MARKS[b.kind]) div.dataset.mark = KIND_MARKS[b.kind];
      setStyles(div, { '--c': KIND_COLOURS[b.kind], top: `${b.top}px`, left: `${b.left}px`, width: `${b.width}px`, height: `${b.height}px` });
      group.append(div);
    }
    const layer = this.ensure();
    let legend = layer.querySelector('.legend');
    // The page took the overlay out between two slices: the new one gets the legend again.
    if (!legend && this.counts) layer.append((legend = this.legend(this.counts)));
    if (legend) layer.insertBefore(group, legend);
    else layer.append(group);
  }

  private legend(counts: Record<HighlightKind, number>): HTMLElement {
    const legend = createElement(this.doc, 'div');
    legend.className = 'legend';
    const title = createElement(this.doc, 'b');
    title.textContent = 'Linkscout';
    legend.append(title);
    for (const kind of HIGHLIGHT_KINDS) {
      const row = createElement(this.doc, 'div');
      const key = createElement(this.doc, 'span');
      key.className = 'key';
      key.textContent = KIND_MARKS[kind];
      setStyles(key, kind === 'hidden' ? { '--c': KIND_COLOURS[kind], 'border-style': 'dashed' } : { '--c': KIND_COLOURS[kind] });
      row.append(key, `${KIND_LABELS[kind]}: ${counts[kind]}`);
      legend.append(row);
    }
    return legend;
  }

  hideBoxes(): void {
    this.counts = null;
    this.layer?.querySelectorAll('.boxes, .legend').forEach((n) => n.remove());
    this.removeIfEmpty();
  }

  /** Take the overlay out of the page, whatever it shows (the session is leaving). */
  remove(): void {
    this.host?.remove();
    this.host = this.layer = null;
  }

  /** Flash a box around a rectangle for a moment (the link the user picked in the popup). */
  flash(rect: { top: number; left: number; width: number; height: number }, ms = 1800): void {
    const layer = this.ensure();
    layer.querySelectorAll('.flash').forEach((n) => n.remove());
    const div = createElement(this.doc, 'div');
    div.className = 'flash';
    setStyles(div, { top: `${rect.top - 3}px`, left: `${rect.left - 3}px`, width: `${rect.width + 6}px`, height: `${rect.height + 6}px` });
    layer.append(div);
    setTimeout(() => {
      div.remove();
      this.removeIfEmpty();
    }, ms);
  }

  private removeIfEmpty(): void {
    if (this.layer && this.layer.childElementCount === 0) {
      this.host?.remove();
      this.host = null;
      this.layer = null;
    }
  }
}

/** Flash a box over a document's page, in an overlay of its own (a mention revealed where the browser has no highlight API). */
export type BoxFlash = (doc: Document, box: Omit<Box, 'kind'>) => void;
export const flashBox: BoxFlash = (doc, box) => new Overlay(doc).flash(box);
