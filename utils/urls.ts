export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** Only http(s) URLs may become clickable in our UI; everything else is shown as text. */
export function isWebUrl(url: string | null | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url);
}

/** Percent-decoded text, or the text as written when a stray "%" makes it undecodable. */
export function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** `host` is `domain` or one of its subdomains: compared on label boundaries. */
export function isHostOf(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** An address without its #fragment: a jump within a page is the same page. */
export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** A host without its `www.`: `www.x.com` and `x.com` are one site to a reader. */
export function bareHost(host: string): string {
  return host.startsWith('www.') ? host.slice(4) : host;
}

/**
 * Query parameters that only say where a visitor came from (a campaign's `utm_…`, an ad's click
 * id, `srsltid` which Google adds to its results): the page is the same without them.
 */
const TRACKING_PARAM = /^(?:utm_.*|srsltid|gclid|gbraid|wbraid|dclid|fbclid|msclkid|yclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|_ga|_gl|ref_src)$/is;

/** A query pair's name (`a+b=1` → "a b"), decoded when it can be. */
export function paramName(pair: string): string {
  const name = (pair.split('=', 1)[0] ?? '').replace(/\+/g, ' ');
  return name.includes('%') ? decodeSafe(name) : name;
}

/** The pairs of a query (`?a=1&utm_source=x`) that are not tracking parameters, in order. */
export function ownParams(search: string): string[] {
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !TRACKING_PARAM.test(paramName(pair)));
}

/**
 * The page a URL opens, as one address: without its #fragment and tracking parameters, the rest
 * as written (a prospect's address, normalize-url.ts, also folds case, slashes and order).
 */
export function pageAddressOf(url: string): string {
  const bare = withoutFragment(url);
  const q = bare.indexOf('?');
  if (q < 0) return bare;
  const own = ownParams(bare.slice(q));
  return own.length ? `${bare.slice(0, q)}?${own.join('&')}` : bare.slice(0, q);
}
