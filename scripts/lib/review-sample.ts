/**
 * Picking wrong placement calls for a person to review (scripts/review-errors.ts): which calls
 * are wrong, a seeded uniform sample of them, and the saved page's element a call is about.
 */
import { seededRandom } from '../bench/seeded-random';
import { normaliseText } from './corpus';

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

/**
 * The saved page's link a dump line describes: the one with the same text (or image alt)
 * nearest to its place in the report (a browser and linkedom may parse a broken page apart).
 */
export function findDumpedLink(doc: Document, link: DumpedLink): Element | null {
  let best: Element | null = null;
  let distance = Infinity;
  Array.from(doc.querySelectorAll('a[href], area[href]')).forEach((el, i) => {
    const alt = Array.from(el.querySelectorAll('img[alt]'), (img) => img.getAttribute('alt')).join(' ');
    const text = normaliseText(el.textContent ?? '') || normaliseText(el.getAttribute('alt') ?? alt);
    if (text.slice(0, 60) === link.text && Math.abs(i - link.n) < distance) {
      best = el;
      distance = Math.abs(i - link.n);
    }
  });
  return best;
}
