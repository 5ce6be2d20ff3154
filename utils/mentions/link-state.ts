import { MAX_URL, baseUrlOf } from '../analysis/links';
import type { MentionOwner, MentionState, MentionTerm } from './types';

export interface LinkState {
  state: MentionState;
  linkHref: string | null;
  linkHost: string | null;
}

const UNLINKED: LinkState = { state: 'unlinked', linkHref: null, linkHost: null };

/**
 * The link a text node sits in, if any: the closest `a[href]` or `area[href]` among its
 * ancestors as drawn (a slotted node inside its slot, a shadow root inside its host).
 */
export function enclosingLink(node: Node): Element | null {
  let n: Node | null = node;
  for (let hops = 0; n && hops < 500; hops++) {
    if (n.nodeType === 1) {
      const el = n as Element;
      if ((el.localName === 'a' || el.localName === 'area') && el.hasAttribute('href')) return el;
    }
    n = slotOf(n) ?? n.parentNode;
    if (n && n.nodeType === 11) n = (n as ShadowRoot).host ?? null;
  }
  return null;
}

type Slot = Element & { assignedNodes(): Node[] };

/** The slot a light-DOM node is drawn in, if its parent has a shadow tree. */
function slotOf(n: Node): Element | null {
  if ('assignedSlot' in n) return (n as Element | Text).assignedSlot ?? null;
  // Engines without `assignedSlot` (happy-dom): ask the host's slots.
  const host = n.parentNode as Element | null;
  const shadow = host?.nodeType === 1 ? host.shadowRoot : null;
  if (!shadow) return null;
  for (const slot of Array.from(shadow.querySelectorAll('slot'))) {
    if (typeof (slot as Slot).assignedNodes === 'function' && (slot as Slot).assignedNodes().includes(n)) return slot;
  }
  return null;
}

/** `host` is `domain` or one of its subdomains: compared on label boundaries. */
export function isHostOf(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
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
  const bases = new Map<Document, string>();

  return (link, term) => {
    if (!link) return UNLINKED;
    const doc = link.ownerDocument;
    let base = bases.get(doc);
    if (base === undefined) {
      base = baseUrlOf(doc);
      bases.set(doc, base);
    }
    let url: URL;
    try {
      url = new URL((link.getAttribute('href') ?? '').trim(), base);
    } catch {
      return UNLINKED;
    }
    // mailto:, javascript: and the like carry no link to a site.
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return UNLINKED;
    const host = url.hostname.toLowerCase();
    const own = domains.get(key(term.owner, term.brand)) ?? [];
    const href = url.href.length > MAX_URL ? url.href.slice(0, MAX_URL) : url.href;
    return { state: own.some((d) => isHostOf(host, d)) ? 'linked-to-you' : 'linked-elsewhere', linkHref: href, linkHost: host };
  };
}
