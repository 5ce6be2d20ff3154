import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPlacementModel } from '../../../utils/analysis/placement';
import { reasonText } from '../../../utils/analysis/placement/reasons';

const FIXTURES = resolve(__dirname, '../../fixtures/placement');

const LOGO = 'the site’s logo, a link to its home page, in the site’s bar before the main content';
const CONTROL = 'the visitor’s own control (log in, a cart, a subscription, a demo) in the site’s bar before the main content';

/**
 * The fixture as read on a blog at `pageUrl`: each link's placement and first reason, found by
 * its text, its picture's alt, or (`a[…]`, `a.…`) a selector.
 */
function placed(name: string, pageUrl: string) {
  const doc = new DOMParser().parseFromString(readFileSync(resolve(FIXTURES, name), 'utf8'), 'text/html');
  const model = createPlacementModel(doc, null, pageUrl);
  return (label: string) => {
    const found = /^a[.[]/.test(label)
      ? Array.from(doc.querySelectorAll(label))
      : Array.from(doc.querySelectorAll('a')).filter((a) => (a.textContent ?? '').replace(/\s+/g, ' ').trim() === label || a.querySelector('img')?.getAttribute('alt') === label);
    if (found.length !== 1) throw new Error(`expected one link '${label}', found ${found.length}`);
    const r = model.classify(found[0]!);
    return { placement: r.placement, reason: reasonText(r.reasons[0]!) };
  };
}

describe('placement: the site’s top bar inside its menu', () => {
  const at = placed('site-bar-logo-and-account-in-nav.html', 'https://blog.acme.example/hot-composting');

  it('places the logo, a link to the home page of the site the blog belongs to, in the header', () => {
    expect(at('Acme Compost')).toEqual({ placement: 'header', reason: LOGO });
  });

  it('places the visitor’s controls (log in, sign up, cart, register) in the header, however the site nested or wrote them', () => {
    for (const label of ['Log in', 'Sign up for free', 'Cart', 'a[href="/register"]', 'Staff login']) {
      expect(at(label), label).toEqual({ placement: 'header', reason: CONTROL });
    }
  });

  it('keeps the menu’s items in navigation: items leading home, items about accounts, another site’s home, a jump on this page', () => {
    for (const label of ['a.navbar-items-home', 'Forums', 'Guides', 'Account management', 'Manage your account settings and privacy choices', 'Our partner', 'a[href="#register"]', 'Register to vote']) {
      expect(at(label).placement, label).toBe('navigation');
    }
  });

  it('takes no logo for a “Homepage” beside the lists, a language’s link home, a partner’s badge, a jump home, a pager’s first page', () => {
    for (const label of ['a.navbar-home', 'EN', 'Partner badge', 'Back to top', '1', 'Newer posts']) {
      expect(at(label).placement, label).toBe('navigation');
    }
  });

  it('leaves the footer’s logo and login link in the footer', () => {
    expect(at('Acme Compost home').placement).toBe('footer');
    expect(at('Account login').placement).toBe('footer');
  });
});

describe('placement: the site’s top bar on a page whose main content is the whole page', () => {
  const prose = (topic: string) => `<p>${`Our ${topic} team answers every question within a working day, and the notes it keeps are shared with the whole company. `.repeat(4)}</p>`;
  const doc = new DOMParser().parseFromString(
    '<body><nav class="w-nav"><a href="/" class="brand"><img src="/logo.svg" alt="Tallyboard"></a><ul><li><a href="/pricing">Pricing</a></li><li><a href="/blog">Blog</a></li><li><a href="/login">Log in</a></li></ul></nav>' +
      ['support', 'sales', 'billing'].map((t) => `<section class="section"><h2>${t}</h2>${prose(t)}</section>`).join('') +
      '<section class="section"><h2>Account</h2><nav><ul><li><a href="/login?from=help">Log in to your workspace</a></li><li><a href="/reset">Reset a password</a></li><li><a href="/sso">Single sign-on</a></li></ul></nav></section></body>',
    'text/html',
  );
  const model = createPlacementModel(doc, null, 'https://tallyboard.example/help');
  const at = (href: string) => model.classify(doc.querySelector(`a[href="${href}"]`)!).placement;

  it('reads the bar above the first prose as the header’s, and a menu further down as navigation', () => {
    expect(model.mainRoot?.localName).toBe('body');
    expect(at('/')).toBe('header');
    expect(at('/login')).toBe('header');
    expect(at('/pricing')).toBe('navigation');
    expect(at('/login?from=help')).toBe('navigation');
  });
});
