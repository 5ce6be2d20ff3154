/**
 * Directory buttons: a "Visit website" button on each entry of a directory or resource page,
 * each to a site of its own, is that entry's link, the one a link builder is after, not a
 * control. Buttons of a kind that go to one site more than twice (a shop's "Buy now", an
 * affiliate list's "Check price" mostly to one store), that each say a thing of their own
 * (PayPal, Buy me a coffee), or that go to fewer sites (three app stores' "Download") stay
 * controls.
 */
import { attr } from '../dom-safe';
import type { RootLinks } from './root-links';
import { externalHost, templateKey } from './template-links';

/** Other sites one kind of button goes to (by its class and words) that make a directory's. */
const DIRECTORY_SITES = 4;
/** Buttons of the kind to any one site at most: an entry may have its button twice (top and foot). */
const PER_SITE = 2;

/** Links judged between two yields. */
const SLICE = 1000;

/**
 * Whether a link of the main content is a directory's button, read for all its links once, in
 * slices. `buttonOf`: a link's button kind (hints.ts buttonHint; the placement shares one memo).
 */
export function* directoryButtonSteps({ elements, texts }: RootLinks, pageHost: string, buttonOf: (link: Element) => string | null): Generator<void, (link: Element) => boolean> {
  // Each button to another site: its group ("class 'btn'" and "visit website") and its site.
  const groups = new Map<string, Map<string, number>>();
  const buttons = new Map<Element, Map<string, number>>();
  for (let i = 0; i < elements.length; i++) {
    if (i % SLICE === SLICE - 1) yield;
    const a = elements[i]!;
    const kind = buttonOf(a);
    const words = kind && templateKey(texts[i]!);
    const host = words && externalHost(attr(a, 'href'), pageHost);
    if (!host) continue;
    const key = `${kind}\n${words}`;
    const sites = groups.get(key) ?? new Map<string, number>();
    groups.set(key, sites.set(host, (sites.get(host) ?? 0) + 1));
    buttons.set(a, sites);
  }
  // A directory's group: enough sites, none of them more than twice.
  const directory = new Map<Map<string, number>, boolean>();
  return (link) => {
    const sites = buttons.get(link);
    if (!sites) return false;
    let yes = directory.get(sites);
    if (yes === undefined) {
      yes = sites.size >= DIRECTORY_SITES;
      for (const n of sites.values()) yes &&= n <= PER_SITE;
      directory.set(sites, yes);
    }
    return yes;
  };
}
