/**
 * The site's own links in the bar at the top of its pages. Sites put them in the <nav> or the
 * menu list beside the sections, but a reader sees them as the header's, not as its menu: the
 * logo (a link to the home page) and the visitor's controls (log in, cart, subscribe, a demo).
 */
import { bareHost, isHostOf } from '../../urls';
import { closest, queryList, textOf } from '../dom-safe';

export type SiteBarLink = 'logo' | 'account';

/** The visitor's own controls: an account, a cart, a subscription, a trial ("Account management" is a product's menu item). */
const ACCOUNT = /\b(?:log ?[io]n|sign ?(?:in|up|on)|register|create (?:an )?account|cart|basket|checkout|subscribe|donate|(?:book|get|request) a demo|get started|start(?:ed)? (?:for )?free|free trial)\b|^(?:my |your )?account$/i;

/** A control's words are a few ("Sign up for free"); a longer text is a menu item or a headline about them. */
const CONTROL_CHARS = 30;

/**
 * What link is in the site's top bar, or null for a link of its menu: `pageHost` the page's
 * host; `href` the attribute as written, resolved against `pageUrl`.
 */
export function siteBarLink(link: Element, href: string | null, pageUrl: string, pageHost: string): SiteBarLink | null {
  const text = (textOf(link) ?? '').trim();
  if (text.length <= CONTROL_CHARS && ACCOUNT.test(text)) return 'account';
  if (href === null || /^\s*home(?:page)?\s*$/i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(href, pageUrl);
  } catch {
    return null;
  }
  // The home page of this site or of the one it is part of (a blog's logo to the company's
  // site), not an item of the menu's list (its "Forums" leading home too), unless a picture.
  const home = url.pathname === '/' && !url.search && !url.hash && isHostOf(bareHost(pageHost), bareHost(url.hostname));
  return home && (!closest(link, 'li') || queryList(link, 'img, svg').length > 0) ? 'logo' : null;
}
