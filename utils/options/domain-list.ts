import { parse } from 'tldts';
import { registrableDomain } from '../site';
import { splitList } from './split-list';

/** One entry the user typed and the registrable domain stored for it. */
export interface StoredDomain {
  input: string;
  domain: string;
}

export interface RejectedEntry {
  input: string;
  reason: string;
}

export interface DomainListResult {
  /** Unique registrable domains in the order first typed. */
  domains: string[];
  /** Entries that were changed on the way (a URL or a subdomain shortened to its site). */
  rewritten: StoredDomain[];
  rejected: RejectedEntry[];
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The registrable domain of a URL or host the user typed, or why it is not one. */
export function domainFromInput(raw: string): { domain: string } | { reason: string } {
  const input = raw.trim();
  if (!input) return { reason: 'is empty' };
  // A bare host gets a scheme so the URL parser can read (and punycode) it; a host with a port
  // such as `example.com:8080` looks like a scheme to the test above, so it is tried both ways.
  const hasScheme = SCHEME.test(input) && !/^[^:/]+:\d+(?:[/?#]|$)/.test(input);
  let url: URL;
  try {
    url = new URL(hasScheme ? input : `http://${input}`);
  } catch {
    return { reason: 'is not a domain or a web address' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { reason: 'is not a web address (only http and https)' };
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!host.includes('.')) return { reason: 'has no dot: a site’s domain looks like example.com' };
  if (host.startsWith('[') || /^\d+(?:\.\d+){3}$/.test(host)) return { reason: 'is an IP address, not a domain' };
  const info = parse(host, { allowPrivateDomains: true });
  // An ending missing from the suffix list (a brand-new TLD, a reserved one like .example) is
  // kept: its last two labels are the site, as browsers treat it.
  const domain = registrableDomain(host);
  if (!domain || (info.isIcann && domain === info.publicSuffix)) return { reason: 'is only a domain ending, not a site' };
  return { domain };
}

/** Read a list of domains typed one per line or separated by commas (a space inside an entry makes it garbage, not two). */
export function parseDomainList(text: string): DomainListResult {
  const domains: string[] = [];
  const rewritten: StoredDomain[] = [];
  const rejected: RejectedEntry[] = [];
  for (const input of splitList(text, /[\n,]+/)) {
    const r = domainFromInput(input);
    if ('reason' in r) {
      rejected.push({ input, reason: r.reason });
      continue;
    }
    if (r.domain !== input.toLowerCase()) rewritten.push({ input, domain: r.domain });
    if (!domains.includes(r.domain)) domains.push(r.domain);
  }
  return { domains, rewritten, rejected };
}
