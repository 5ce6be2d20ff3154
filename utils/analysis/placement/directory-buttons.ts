/**
 * Directory buttons: a "Visit website" button on each entry of a directory or resource page,
 * each to a site of its own, is that entry's link, the one a link builder is after, not a
 * control. Buttons that go to one site again and again (a shop's "Buy now", an image viewer's)
 * or that each say a thing of their own (PayPal, Buy me a coffee) stay controls.
 */
import { attr } from '../dom-safe';
import { buttonHint } from './hints';
import type { RootLinks } from './root-links';
import { externalHost, templateKey } from './template-links';

/** Other sites one kind of button goes to (by its class and words) that make a directory's. */
const DIRECTORY_SITES = 3;
/** Buttons of the kind to one site at most: an entry may have its button twice (top and foot). */
const PER_SITE = 2;

/** Links judged between two yields. */
const SLICE = 1000;

/** Whether a link of the main content is a directory's button, read for all its links once, in slices. */
export function* directoryButtonSteps({ elements, texts }: RootLinks, pageHost: string): Generator<void, (link: Element) => boolean> {
  // Each button to another site: its group ("class 'btn'" and "visit website") and its site.
  const groups = new Map<string, Map<string, number>>();
  const buttons = new Map<Element, [sites: Map<string, number>, host: string]>();
  for (let i = 0; i < elements.length; i++) {
    if (i % SLICE === SLICE - 1) yield;
    const a = elements[i]!;
    const kind = buttonHint(a);
    const words = kind && templateKey(texts[i]!);
    const host = words && externalHost(attr(a, 'href'), pageHost);
    if (!host) continue;
    const key = `${kind}\n${words}`;
    const sites = groups.get(key) ?? new Map<string, number>();
    groups.set(key, sites.set(host, (sites.get(host) ?? 0) + 1));
    buttons.set(a, [sites, host]);
  }
  return (link) => {
    const [sites, host] = buttons.get(link) ?? [];
    return !!sites && sites.size >= DIRECTORY_SITES && sites.get(host!)! <= PER_SITE;
  };
}
