import { assignedSlotOf, attr, docUrl, hasAttr, hostOf, nodeType, ownerDocument, parentNode, queryAll, shadowRootOf, tagOf } from '../analysis/dom-safe';
import { MAX_URL, baseUrlOf, sameDocumentAs } from '../analysis/links';
import { parseUrl, trimUrl } from '../analysis/resolve-href';
import { isHostOf } from '../urls';
import type { MentionOwner, MentionState, MentionTerm } from './types';

export interface LinkState {
  state: MentionState;
  linkHref: string | null;
  linkHost: string | null;
}

const UNLINKED: LinkState = { state: 'unlinked', linkHref: null, linkHost: null };

/**
 * The link a text node sits in, if any: the closest `a[href]` or `area[href]` among its
 * ancestors as drawn (a slotted node inside its slot, a shadow root inside its host). Read
 * through dom-safe.ts: the page's one form (ASP.NET) can have an input named `parentNode`.
 */
export function enclosingLink(node: Node): Element | null {
  let n: Node | null = node;
  for (let hops = 0; n && hops < 500; hops++) {
    if (nodeType(n) === 1) {
      const el = n as Element;
      const tag = tagOf(el);
      if ((tag === 'a' || tag === 'area') && hasAttr(el, 'href')) return el;
    }
    n = slotOf(n) ?? parentNode(n);
    if (n && nodeType(n) === 11) n = hostOf(n);
  }
  return null;
}

type Slot = Element & { assignedNodes(): Node[] };

/** The slot a light-DOM node is drawn in, if its parent has a shadow tree. */
function slotOf(n: Node): Element | null {
  const assigned = assignedSlotOf(n);
  if (assigned !== undefined) return assigned;
  // Engines without `assignedSlot` (happy-dom): ask the host's slots.
  const host = parentNode(n);
  const shadow = host && nodeType(host) === 1 ? shadowRootOf(host as Element) : null;
  if (!shadow) return null;
  for (const slot of queryAll(shadow, 'slot')) {
    if (typeof (slot as Slot).assignedNodes === 'function' && (slot as Slot).assignedNodes().includes(n)) return slot;
  }
  return null;
}

/** A domain as URL hosts spell it (lower case, punycode), or '' when it is not one. */
function asciiHost(domain: string): string {
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return '';
  }
}

/**
 * Judges the link around a mention against its brand's own domains, which come from the
 * domain terms of that brand (so competitors are judged against theirs).
 */
export function createLinkJudge(terms: MentionTerm[]): (link: Element | null, term: MentionTerm) => LinkState {
  const domains = new Map<string, string[]>();
  const key = (owner: MentionOwner, brand: string) => `${owner}\u0000${brand}`;
  for (const t of terms) {
    if (t.kind !== 'domain') continue;
    const host = asciiHost(t.text.toLowerCase().replace(/^www\./, ''));
    if (!host) continue;
    const k = key(t.owner, t.brand);
    const list = domains.get(k) ?? [];
    if (!list.includes(host)) list.push(host);
    domains.set(k, list);
  }
  // Each document's base, and the test for links to itself, made once (a page's mentions share them).
  const docs = new Map<Document, { base: string; thisDocument: (url: URL) => boolean }>();

  return (link, term) => {
    if (!link) return UNLINKED;
    const doc = ownerDocument(link);
    if (!doc) return UNLINKED;
    let d = docs.get(doc);
    if (!d) docs.set(doc, (d = { base: baseUrlOf(doc), thisDocument: sameDocumentAs(parseUrl(docUrl(doc))) }));
    const url = parseUrl(trimUrl(attr(link, 'href') ?? ''), d.base);
    // Unparsable, or mailto:, javascript: and the like: no link to a site.
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return UNLINKED;
    // A jump within this very page ("#reviews") links to no site: the mention is unlinked.
    if (d.thisDocument(url)) return UNLINKED;
    const host = url.hostname.toLowerCase().replace(/\.$/, '');
    const own = domains.get(key(term.owner, term.brand)) ?? [];
    const href = url.href.length > MAX_URL ? url.href.slice(0, MAX_URL) : url.href;
    return { state: own.some((d) => isHostOf(host, d)) ? 'linked-to-you' : 'linked-elsewhere', linkHref: href, linkHost: host };
  };
}
