/**
 * The shape of the main content, in a few counts that page typing needs (a resource list, an
 * index of posts, a forum thread, an article): list items and table rows that hold links, and
 * how many of those point off-site, headings that are links, repeated link-holding blocks.
 *
 * It rides on the analysis' link pass: each link of the main content is added once, and marking
 * its ancestors stops at the first one already marked, so the whole costs O(elements of the
 * main content), not O(links × depth).
 */
import type { PageStructure } from './types';
import { clip, foldWhitespace } from './text';
import { bareHost } from '../urls';
import { attr, childElementCount, closest, query, queryAll, tagOf, textOf } from './dom-safe';
import type { DrawnTree } from './placement';

/** At most this many headings are kept, each clipped to HEADING_CHARS. */
export const MAX_HEADINGS = 20;
export const HEADING_CHARS = 200;
const SIGNATURE_CHARS = 100;

export interface StructureCollector {
  /** A visible web link inside the main content, and its host (lower-case). */
  add(link: Element, host: string): void;
  /** The sums, in steps: a listing's main content holds tens of thousands of marked elements. */
  finish(): Generator<void, PageStructure>;
}

/** Marked elements read between two yields. */
const FINISH_SLICE = 2000;

/** Tag and first class: siblings that share it are repeated items of one template. */
function signatureOf(el: Element): string {
  const cls = (attr(el, 'class') ?? '').trim().split(/\s+/)[0] ?? '';
  const tag = tagOf(el);
  return clip(cls ? `${tag}.${cls}` : tag, SIGNATURE_CHARS);
}

const HEADING_INSIDE = 'h1, h2, h3, h4, h5, h6';
const HEADING_TAG = /^h[1-6]$/;

/**
 * `drawn`: the page as the placement walk read it (through shadow roots and slots): which links
 * are in the main content, and each element's parent.
 */
export function createStructureCollector(doc: Document, mainRoot: Element | null, pageHost: string, drawn: DrawnTree): StructureCollector {
  const page = bareHost(pageHost);
  const holdsLink = new Set<Element>();
  const holdsExternal = new Set<Element>();
  let linkedHeadings = 0;

  function mark(from: Element, set: Set<Element>): void {
    let el: Element | null = from;
    for (let hops = 0; el && el !== mainRoot && hops < 200; hops++) {
      if (set.has(el)) return;
      set.add(el);
      el = drawn.parentOf(el);
    }
  }

  return {
    add(link, host) {
      if (!mainRoot || !drawn.inMain(link)) return;
      mark(link, holdsLink);
      if (host && bareHost(host) !== page) mark(link, holdsExternal);
      // A card link that wraps its title is a linked heading too.
      if (childElementCount(link) > 0 && query(link, HEADING_INSIDE)) linkedHeadings++;
    },
    *finish() {
      let listItems = 0;
      let tableRows = 0;
      let articles = 0;
      const groups = new Map<Element, Map<string, number>>();
      let repeated = { count: 0, signature: '' };
      let read = 0;
      for (const el of holdsLink) {
        if (++read % FINISH_SLICE === 0) yield;
        const name = tagOf(el);
        if (name === 'li') listItems++;
        else if (name === 'tr') tableRows++;
        else if (name === 'article') articles++;
        else if (HEADING_TAG.test(name)) linkedHeadings++;
        const parent = drawn.parentOf(el);
        if (!parent) continue;
        let bySig = groups.get(parent);
        if (!bySig) groups.set(parent, (bySig = new Map()));
        const sig = signatureOf(el);
        const n = (bySig.get(sig) ?? 0) + 1;
        bySig.set(sig, n);
        if (n > repeated.count) repeated = { count: n, signature: sig };
      }
      let listItemsExternal = 0;
      let tableRowsExternal = 0;
      for (const el of holdsExternal) {
        if (++read % FINISH_SLICE === 0) yield;
        const name = tagOf(el);
        if (name === 'li') listItemsExternal++;
        else if (name === 'tr') tableRowsExternal++;
      }
      const forms = new Set<Element>();
      for (const area of queryAll(doc, 'form textarea')) {
        const form = closest(area, 'form');
        if (form) forms.add(form);
      }
      return {
        listItems,
        listItemsExternal,
        tableRows,
        tableRowsExternal,
        linkedHeadings,
        articles,
        repeated,
        commentForms: forms.size,
      };
    },
  };
}

/** The page's h1–h3 texts in document order, whitespace folded, empty ones skipped, capped. */
export function headingsOf(doc: Document): string[] {
  const out: string[] = [];
  for (const h of queryAll(doc, 'h1, h2, h3')) {
    const text = foldWhitespace(textOf(h) ?? '');
    if (!text) continue;
    out.push(clip(text, HEADING_CHARS));
    if (out.length >= MAX_HEADINGS) break;
  }
  return out;
}
