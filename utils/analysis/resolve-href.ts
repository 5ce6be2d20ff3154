/**
 * Resolving hrefs fast. `new URL()` costs microseconds, and a big page has tens of thousands of
 * links; most of them are already in the form the URL parser would give back (an absolute
 * `https://host/path?query` in lower case, or a `/path` on the page's own origin). Those are
 * recognised by a strict pattern and resolved by joining strings; anything else, or anything
 * the parser could rewrite (ports, fragments, dot segments, percent-escapes of dots, IP
 * addresses, punycode, characters it escapes, upper case) goes through `new URL()`.
 */

/** The parts of a resolved URL the link reader uses. */
export type ResolvedUrl = Pick<URL, 'href' | 'protocol' | 'hostname' | 'hash' | 'origin' | 'pathname' | 'search'>;

// Characters the parser leaves as they are in a path and a special URL's query (no ' there: it escapes it).
const PATH = "(/[A-Za-z0-9\\-._~!$&'()*+,;=:@/%]*)?";
const QUERY = '(\\?[A-Za-z0-9\\-._~!$&()*+,;=:@/?%]*)?';
// Host labels; the last one starts with a letter, so the parser never reads the host as an IPv4 number.
const HOST = '((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)*[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?)';
const ABSOLUTE = new RegExp(`^(https?:)//${HOST}${PATH}${QUERY}$`);
const ROOT_RELATIVE = new RegExp(`^(?!//)${PATH}${QUERY}$`);
/** Dot segments, also escaped, and punycode (validated by the parser): left to it. */
const REWRITTEN = /\/\.|%2e|xn--/i;

/**
 * An attribute value as the URL parser trims it: C0 controls and spaces only. A no-break space
 * (which `String.prototype.trim` also strips) stays: before a URL it makes it a relative path,
 * as a browser follows it.
 */
export function trimUrl(raw: string): string {
  return raw.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** The URL parser's reading of `raw` against `base`, or null where it refuses it. */
/** An address over http(s): one a search engine can fetch, a reader can open. */
export function isWebScheme(url: Pick<URL, 'protocol'>): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

export function parseUrl(raw: string, base?: string): URL | null {
  try {
    return new URL(raw, base);
  } catch {
    return null;
  }
}

function fast(protocol: string, hostname: string, origin: string, path: string, query: string): ResolvedUrl {
  const pathname = path || '/';
  return { href: `${origin}${pathname}${query}`, protocol, hostname, hash: '', origin, pathname, search: query === '?' ? '' : query };
}

/** A resolver of raw hrefs (trimmed) against one base URL. */
export function createHrefResolver(baseUrl: string): (raw: string) => ResolvedUrl | null {
  const base = parseUrl(baseUrl, baseUrl);
  // A base with credentials passes them on to relative links: left to the parser.
  const baseIsWeb = base !== null && isWebScheme(base) && !base.username && !base.password;
  return (raw) => {
    if (!REWRITTEN.test(raw)) {
      const abs = ABSOLUTE.exec(raw);
      if (abs) return fast(abs[1]!, abs[2]!, `${abs[1]}//${abs[2]}`, abs[3] ?? '', abs[4] ?? '');
      if (baseIsWeb && raw.startsWith('/')) {
        const rel = ROOT_RELATIVE.exec(raw);
        if (rel) return fast(base.protocol, base.hostname, base.origin, rel[1] ?? '', rel[2] ?? '');
      }
    }
    return parseUrl(raw, baseUrl);
  };
}
