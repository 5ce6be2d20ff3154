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
