/**
 * The real-page corpus (../shared/corpus, see its README): loading pages and ground truth,
 * and labelling each link "in main content" or not by the README's text rule.
 *
 * The labelling half (`normaliseText`, `linkSpans`, `labelLink`) touches only the DOM, so the
 * eval script can bundle it into a browser page too; the loading half uses Node.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

export type CorpusSet = 'aeb' | 'wcxb';

export interface CorpusPage {
  set: CorpusSet;
  id: string;
  /** `article` for aeb; the WCXB page_type otherwise. */
  pageType: string;
  url: string;
  htmlPath: string;
  /** Normalised ground-truth main content (see `normaliseText`). */
  truth: string;
  /** The ground-truth main content as written (for people reviewing a call). */
  truthText: string;
  /** The page fields its ground truth gives (WCXB only; null for aeb, which has none). */
  truthFields: TruthFields | null;
}

/** A WCXB ground truth's page fields, null where it has none. */
export interface TruthFields {
  title: string | null;
  author: string | null;
  published: string | null;
}

/** Where the corpus lives: beside the repository (`../shared/corpus`). */
export function corpusRoot(repoRoot: string): string {
  return resolve(repoRoot, '../shared/corpus');
}

export function corpusExists(root: string): boolean {
  return existsSync(resolve(root, 'aeb/ground-truth.json')) || existsSync(resolve(root, 'wcxb-dev/index.json'));
}

interface AebTruth {
  url?: string;
  articleBody?: string;
}

interface WcxbIndexEntry {
  page_type?: string;
}

interface WcxbTruth {
  url?: string;
  ground_truth?: { main_content?: string; title?: string | null; author?: string | null; publish_date?: string | null };
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Every page of the chosen sets, in a stable order (set, then id). */
export function loadCorpus(root: string, sets: CorpusSet[] = ['aeb', 'wcxb']): CorpusPage[] {
  const pages: CorpusPage[] = [];
  if (sets.includes('aeb')) {
    const gtPath = resolve(root, 'aeb/ground-truth.json');
    if (existsSync(gtPath)) {
      const gt = readJson<Record<string, AebTruth>>(gtPath);
      for (const id of Object.keys(gt).sort()) {
        const entry = gt[id]!;
        const htmlPath = resolve(root, 'aeb/html', `${id}.html.gz`);
        if (!existsSync(htmlPath)) continue;
        pages.push({
          set: 'aeb',
          id,
          pageType: 'article',
          url: entry.url ?? `https://example.invalid/${id}`,
          htmlPath,
          truth: normaliseText(entry.articleBody ?? ''),
          truthText: entry.articleBody ?? '',
          truthFields: null,
        });
      }
    }
  }
  if (sets.includes('wcxb')) {
    const indexPath = resolve(root, 'wcxb-dev/index.json');
    if (existsSync(indexPath)) {
      const index = readJson<Record<string, WcxbIndexEntry>>(indexPath);
      for (const id of Object.keys(index).sort()) {
        const gtPath = resolve(root, 'wcxb-dev/ground-truth', `${id}.json`);
        const htmlPath = resolve(root, 'wcxb-dev/html', `${id}.html.gz`);
        if (!existsSync(gtPath) || !existsSync(htmlPath)) continue;
        const gt = readJson<WcxbTruth>(gtPath);
        pages.push({
          set: 'wcxb',
          id,
          pageType: index[id]!.page_type ?? 'unknown',
          url: gt.url ?? `https://example.invalid/${id}`,
          htmlPath,
          truth: normaliseText(gt.ground_truth?.main_content ?? ''),
          truthText: gt.ground_truth?.main_content ?? '',
          truthFields: { title: gt.ground_truth?.title || null, author: gt.ground_truth?.author || null, published: gt.ground_truth?.publish_date || null },
        });
      }
    }
  }
  return pages;
}

export function readPageHtml(page: CorpusPage): string {
  return gunzipSync(readFileSync(page.htmlPath)).toString('utf8');
}

// ---------------------------------------------------------------------------------------------
// Labelling (DOM only).

/** Lowercase and keep only letters and digits (any script). */
export function normaliseText(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** How many normalised characters of page text before or after a link the rule looks at. */
export const CONTEXT_CHARS = 15;

/** What the rule needs to know about one link: its normalised text and its neighbours'. */
export interface LinkSpan {
  /** Normalised link text, or its image alt when it has no text; '' when it has neither. */
  text: string;
  /** Up to CONTEXT_CHARS normalised characters of page text just before the link. */
  before: string;
  /** Up to CONTEXT_CHARS normalised characters just after it. */
  after: string;
}

/** Elements whose text is not page text. */
export const NOT_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);

/**
 * The normalised text of the whole page in document order, and for each of `links` (elements
 * of that document) its span in it. One walk over the document: linear in its size.
 */
export function linkSpans(doc: Document, links: readonly Element[]): LinkSpan[] {
  const wanted = new Map<Element, number>();
  links.forEach((el, i) => wanted.set(el, i));
  const starts = new Array<number>(links.length).fill(-1);
  const ends = new Array<number>(links.length).fill(-1);
  const parts: string[] = [];
  let length = 0;

  const root = doc.body ?? doc.documentElement;
  if (root) {
    // Iterative walk: pages nest deeper than the JS stack likes.
    const stack: Array<{ node: Node; exit: boolean }> = [{ node: root, exit: false }];
    while (stack.length > 0) {
      const { node, exit } = stack.pop()!;
      if (exit) {
        const i = wanted.get(node as Element);
        if (i !== undefined) ends[i] = length;
        continue;
      }
      if (node.nodeType === 3) {
        const t = normaliseText(node.nodeValue ?? '');
        if (t) {
          parts.push(t);
          length += t.length;
        }
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (NOT_TEXT.has(el.localName)) continue;
      const i = wanted.get(el);
      if (i !== undefined) {
        starts[i] = length;
        stack.push({ node: el, exit: true });
      }
      const kids = el.childNodes;
      for (let k = kids.length - 1; k >= 0; k--) stack.push({ node: kids[k]!, exit: false });
    }
  }

  const page = parts.join('');
  return links.map((el, i) => {
    const start = starts[i]!;
    const end = ends[i]!;
    let text = start >= 0 && end >= start ? page.slice(start, end) : '';
    if (!text) text = normaliseText(imageAlt(el));
    const at = start >= 0 ? start : 0;
    const to = end >= 0 ? end : at;
    return {
      text,
      before: start >= 0 ? page.slice(Math.max(0, at - CONTEXT_CHARS), at) : '',
      after: end >= 0 ? page.slice(to, to + CONTEXT_CHARS) : '',
    };
  });
}

function imageAlt(el: Element): string {
  if (el.localName === 'area') return el.getAttribute('alt') ?? '';
  const alts: string[] = [];
  for (const img of Array.from(el.querySelectorAll('img[alt]'))) alts.push(img.getAttribute('alt') ?? '');
  return alts.join(' ');
}

/**
 * The README's rule: in main content when text + the characters just before it, or text +
 * the characters just after it, occur in the normalised ground truth. null = unlabelled
 * (no text and no alt).
 */
export function labelLink(truth: string, span: LinkSpan): boolean | null {
  if (!span.text) return null;
  return truth.includes(span.before + span.text) || truth.includes(span.text + span.after);
}
