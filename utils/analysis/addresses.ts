/**
 * E-mail addresses as a page writes them: in its text (also `name [at] site (dot) com`) and in
 * mailto links. Plain string work; which texts are read, and whether they are visible, is the
 * caller's.
 */
import type { ExtractedLink } from './types';

const LOCAL = '[a-z0-9][\\w.%+-]{0,63}';
const DOMAIN = '(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,24}';
// A local part starts at a word boundary (the look-behind keeps a long run of letters linear).
const EMAIL = new RegExp(`(?<![\\w.%+-])${LOCAL}@${DOMAIN}(?![\\w-])`, 'gi');
const WHOLE_EMAIL = new RegExp(`^${LOCAL}@${DOMAIN}$`, 'i');
/** `name@2x.png` is an image, not an address. */
const FILE_ENDING = /\.(?:png|jpe?g|gif|webp|avif|svg|css|js)$/i;
/** `name [at] site (dot) com`: the usual ways of writing an address so that robots miss it. */
const OBFUSCATED_AT = /\s*[[({]\s*at\s*[\])}]\s*/gi;
const OBFUSCATED_DOT = /\s*[[({]\s*dot\s*[\])}]\s*/gi;
const HAS_OBFUSCATED_AT = /[[({]\s*at\s*[\])}]/i;
/** Every address, plain or obfuscated, holds one of these: most of a page's texts are passed over on it. */
const AT_OR_BRACKET = /[@[({]/;

/** A text with an @ (or a bracketed "at"): only these can hold an address. */
export function mayHoldAddress(text: string): boolean {
  return AT_OR_BRACKET.test(text) && (text.includes('@') || HAS_OBFUSCATED_AT.test(text));
}

/** The addresses written in a text, obfuscated ones read back. */
export function addressesIn(text: string): string[] {
  const plain = HAS_OBFUSCATED_AT.test(text) ? text.replace(OBFUSCATED_AT, '@').replace(OBFUSCATED_DOT, '.') : text;
  return (plain.match(EMAIL) ?? []).filter((e) => !FILE_ENDING.test(e));
}

/** Addresses of mailto links, as written before any `?subject=`. */
export function mailtoAddresses(link: Pick<ExtractedLink, 'rawHref'>): string[] {
  const body = link.rawHref.trim().replace(/^mailto:/i, '').split('?')[0] ?? '';
  let decoded = body;
  try {
    decoded = decodeURIComponent(body);
  } catch {
    // A broken escape: read it as written.
  }
  return decoded.split(',').map((s) => s.trim()).filter((s) => WHOLE_EMAIL.test(s) && !FILE_ENDING.test(s));
}

/** Addresses written in one shown text, and the element that text is drawn in (its hidden test is the caller's). */
export interface AddressesAt {
  element: Element;
  addresses: string[];
}
