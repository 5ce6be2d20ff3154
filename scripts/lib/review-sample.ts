/**
 * Picking wrong placement calls for a person to review (scripts/review-errors.ts): which calls
 * are wrong, a seeded uniform sample of them, and the saved page's element a call is about.
 */
import { seededRandom } from '../bench/seeded-random';
import { collectLinkElements } from '../../utils/analysis/links';
import { linkSpans } from './corpus';

/** One line of `eval:placement --dump`. */
export interface DumpedLink {
  set: string;
  id: string;
  type: string;
  /** The link's place in the page's report. */
  n: number;
  /** The corpus rule's label (null: no text to label it by, or hidden). */
  label: boolean | null;
  placement: string;
  reason: string;
  /** Normalised text (or image alt), at most 60 characters. */
  text: string;
  href: string | null;
}

/** Labelled, and our call disagrees: content for a link outside the main content, or the other way round. */
export function isWrong(link: DumpedLink): boolean {
  return link.label !== null && (link.placement === 'content') !== link.label;
}

/**
 * `size` of the wrong calls, uniformly at random without repeats, in dump order: the sample
 * stands for all wrong calls alike, and one seed draws the same sample again.
 */
export function sampleWrongCalls(links: readonly DumpedLink[], size: number, seed: number): DumpedLink[] {
  const wrong = links.filter(isWrong);
  const random = seededRandom(seed);
  const picked = new Set<number>();
  while (picked.size < Math.min(size, wrong.length)) picked.add(random.int(wrong.length));
  return [...picked].sort((a, b) => a - b).map((i) => wrong[i]!);
}

/** A saved page's links as the eval lists them, with the normalised texts their labels were read from. */
export interface PageLinks {
  elements: Element[];
  texts: string[];
}

/**
 * The eval's own list of the page's links and their labelled texts: the same walk, so the same
 * text (no script or style inside a link, an image-only link by its alt).
 */
export function pageLinks(doc: Document): PageLinks {
  const elements = collectLinkElements(doc);
  return { elements, texts: linkSpans(doc, elements).map((span) => span.text.slice(0, 60)) };
}

/**
 * The link a dump line describes: the one with the dumped text nearest to its place in the
 * report. Nearest, not at: a browser and linkedom may parse a broken page apart.
 */
export function findDumpedLink(links: PageLinks, link: DumpedLink): Element | null {
  let best = -1;
  links.texts.forEach((text, i) => {
    if (text === link.text && (best < 0 || Math.abs(i - link.n) < Math.abs(best - link.n))) best = i;
  });
  return best < 0 ? null : links.elements[best]!;
}
