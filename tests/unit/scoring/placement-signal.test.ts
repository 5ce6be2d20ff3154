import { describe, expect, it } from 'vitest';
import { scorePage, signalOf, signalText, verdictDocument } from './verdict-fixture';

describe('placement signal', () => {
  it('a resource list of followed content links is good, with the rel breakdown as evidence', () => {
    const s = signalOf(scorePage('resource'), 'placement');
    expect(s.tone).toBe('good');
    expect(s.summary).toBe('9 of 10 visible links to other sites in the content are followed');
    expect(s.evidence[0]).toBe('10 visible links to other sites in the content: 9 followed, 1 nofollow');
  });

  it('when every content link out is nofollow or sponsored, none of them count', () => {
    const doc = verdictDocument('resource');
    doc.querySelectorAll('main li a[href^="https://"]').forEach((a, i) => a.setAttribute('rel', i % 2 ? 'sponsored' : 'nofollow'));
    const s = signalOf(scorePage('resource', {}, doc), 'placement');
    expect(s.tone).toBe('bad');
    expect(s.summary).toBe('None of the 10 visible links to other sites in the content count (0 followed, 5 nofollow, 5 sponsored)');
  });

  it('links out only from the footer are sitewide and worth less', () => {
    const s = signalOf(scorePage('category'), 'placement');
    expect(s.tone).toBe('bad');
    expect(s.summary).toBe('Visible links to other sites only in the footer (1 link), none in the content');
  });

  it('a page with no links out at all says so', () => {
    const doc = verdictDocument('category');
    doc.querySelector('footer a[href^="https://"]')!.remove();
    expect(signalOf(scorePage('category', {}, doc), 'placement').summary).toBe('No visible links to other sites on this page');
  });

  it('on a noindex page no content link counts, and the evidence says why', () => {
    const doc = verdictDocument('resource');
    doc.head.insertAdjacentHTML('beforeend', '<meta name="robots" content="noindex">');
    const s = signalOf(scorePage('resource', {}, doc), 'placement');
    expect(s.tone).toBe('bad');
    expect(signalText(s)).toMatch(/the page is noindex: none of its links count/);
  });

  it('a guest-post page is not judged by its own links', () => {
    const r = scorePage('guestPost');
    const s = signalOf(r, 'placement');
    expect(s.tone).toBe('neutral');
    expect(s.summary).toMatch(/^Guest-post page: your link would sit in a new post/);
  });
});
