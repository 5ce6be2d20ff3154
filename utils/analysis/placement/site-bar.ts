/**
 * The site's own links in the bar at the top of its pages. Sites put them in the <nav> or the
 * menu list beside the sections, but a reader sees them as the header's, not as its menu: the
 * logo (a link to the home page) and the visitor's controls (log in, cart, subscribe, a demo).
 * English words only: another language's "Anmelden" stays in the menu.
 */
import { bareHost, isHostOf } from '../../urls';
import { closest, hasAttr } from '../dom-safe';
import { linkText } from '../link-text';
import { foldWhitespace } from '../text';

export type SiteBarLink = 'logo' | 'control';

/**
 * The visitor's own controls, opening the link's words or after a "?", "," or "/" ("Existing
 * user? Sign in", "Join / Sign in", after an icon): an account, a cart, a subscription, a
 * trial, a demo. Words that also name a menu's topic count only as the whole control:
 * "Register" and "Checkout", not "Register to vote" or "Abandoned cart"; nor "Account
 * management". One word may qualify a log in ("Staff login"; a product's "Social login" item
 * goes with it).
 */
const CONTROL = /(?:^\P{L}*|[?,/|] ?)(?:(?:\p{L}+ )?log[ -]?[io]n|sign[ -]?(?:in|up|on)|subscribe|donate|cart|basket|\w+ a demo|start (?:for )?free|free trial|create (?:an )?account)\b|^(?:(?:my |your )?account|register|checkout|get started)(?: now| (?:for )?free)?$/iu;

/** A control's words are a few ("Sign up for free"); a longer text is a menu item or a headline about them. */
const CONTROL_CHARS = 30;

/** Words of a menu item leading home, or of a pager's ("1", "Newer posts"): not the logo. */
const NOT_LOGO = /^(?:home(?:page)?|\d+|newer|older|next|prev(?:ious)?)\b/i;

/**
 * What link is in the site's top bar, or null for a link of its menu: `pageHost` the page's
 * host; `href` the attribute as written, resolved against `pageUrl`.
 */
export function siteBarLink(link: Element, href: string | null, pageUrl: string, pageHost: string): SiteBarLink | null {
  const text = foldWhitespace(linkText(link, CONTROL_CHARS + 1));
  if (text.length <= CONTROL_CHARS && CONTROL.test(text)) return 'control';
  // The logo stands outside the menu's list (a house icon in it is the menu's "Home"); not a
  // pager's link nor a language's.
  if (href === null || closest(link, 'li') || NOT_LOGO.test(text) || hasAttr(link, 'hreflang')) return null;
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return null;
  }
  // The home page of this site or of the one it is part of (a blog's logo to the company's site).
  return url.pathname === '/' && !url.search && !url.hash && isHostOf(bareHost(pageHost), bareHost(url.hostname)) ? 'logo' : null;
}
