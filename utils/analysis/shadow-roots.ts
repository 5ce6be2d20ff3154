/**
 * The shadow roots the analysis may read (open ones; closed ones where the browser lets an
 * extension in, see dom-safe.ts), nested ones included, found once per analysis: link
 * collection lists the links inside them and the placement walk enters them, so a page drawn
 * by web components is placed like any other.
 */
import { isOverlayHost } from '../page/overlay-tag';
import { queryList, readableShadowRoot, type ShadowRootReader } from './dom-safe';

/** Each readable shadow root by its host. */
export type ShadowRoots = ReadonlyMap<Element, ShadowRoot>;

export const NO_SHADOW_ROOTS: ShadowRoots = new Map();

/** Elements asked between two yields (asking one for a shadow root costs microseconds). */
const SLICE = 500;

export function* shadowRootSteps(scope: Document | ShadowRoot, shadowOf: ShadowRootReader = readableShadowRoot): Generator<void, Map<Element, ShadowRoot>> {
  const found = new Map<Element, ShadowRoot>();
  const scopes: Array<Document | ShadowRoot> = [scope];
  // One count over every scope: a page of many small components still yields.
  let asked = 0;
  for (let s = scopes.pop(); s; s = scopes.pop()) {
    const all = queryList(s, '*');
    for (let i = 0; i < all.length; i++) {
      if (++asked % SLICE === 0) yield;
      const host = all[i]!;
      // Linkscout's own highlight and flash are not the page: its legend is no page text.
      if (isOverlayHost(host)) continue;
      const root = shadowOf(host);
      if (root && !found.has(host)) {
        found.set(host, root);
        scopes.push(root);
      }
    }
  }
  return found;
}
