import { describe, expect, it } from 'vitest';
import { socialProfileOf } from '@/utils/scoring/contacts';
import { appendToMain, scorePage, signalOf, verdictDocument } from './verdict-fixture';

describe('contacts', () => {
  it('the resource page: its addresses, contact and about pages, and profiles, but not its share button', () => {
    const { contacts } = scorePage('resource');
    expect(contacts).toEqual({
      emails: ['hello@crawlwise.example', 'editor@crawlwise.example'],
      contactPages: ['https://crawlwise.example/about-us/', 'https://crawlwise.example/contact'],
      socialProfiles: ['https://twitter.com/crawlwise', 'https://linkedin.com/company/crawlwise'],
      author: null,
    });
  });

  it('German: Kontakt, Über uns and Impressum pages, and an address written "vorstand (at) …"', () => {
    const { contacts } = scorePage('german');
    expect(contacts.contactPages).toEqual([
      'https://gartenfreunde-sued.example/ueber-uns',
      'https://gartenfreunde-sued.example/kontakt',
      'https://gartenfreunde-sued.example/impressum',
    ]);
    expect(contacts.emails).toEqual(['vorstand@gartenfreunde-sued.example']);
  });

  it('finds a contact page by its link text alone ("Contactez-nous" at /page-12)', () => {
    const doc = verdictDocument('category');
    doc.querySelector('footer')!.insertAdjacentHTML('beforeend', '<a href="/page-12">Contactez-nous</a>');
    expect(scorePage('category', {}, doc).contacts.contactPages).toContain('https://kitchen.example/page-12');
  });

  it('profiles of commenters and of people named in an article are not the site’s', () => {
    const doc = verdictDocument('category');
    appendToMain(doc, '<p>As <a href="https://x.com/someone_else">@someone_else</a> said.</p>');
    doc.body.insertAdjacentHTML('beforeend', '<section id="comments"><h2>Comments</h2><div class="comment"><a href="https://twitter.com/commenter">Commenter</a> Great recipes!</div></section>');
    expect(scorePage('category', {}, doc).contacts.socialProfiles).toEqual(['https://pinterest.com/kitchennotes']);
  });

  it.each([
    ['https://www.x.com/crawlwise/', 'https://x.com/crawlwise'],
    ['https://twitter.com/intent/tweet?url=x', null],
    ['https://www.facebook.com/sharer/sharer.php?u=https://a.example', null],
    ['https://de.linkedin.com/in/jane-doe?trk=x', 'https://linkedin.com/in/jane-doe'],
    ['https://www.youtube.com/@gardening', 'https://youtube.com/@gardening'],
    ['https://www.youtube.com/watch?v=abc', null],
    ['https://github.com/crawlwise/crawler', 'https://github.com/crawlwise'],
    ['https://mastodon.social/@alice', 'https://mastodon.social/@alice'],
    ['https://bsky.app/profile/alice.bsky.social', 'https://bsky.app/profile/alice.bsky.social'],
    ['https://www.tiktok.com/@kitchen', 'https://tiktok.com/@kitchen'],
    ['https://www.instagram.com/p/Cx12/', null],
    ['https://www.pinterest.com/pin/123/', null],
    ['https://example.com/about', null],
    ['javascript:alert(1)', null],
  ])('%s is the profile %s', (href, profile) => {
    expect(socialProfileOf(href)).toBe(profile);
  });

  it('no address, contact page, profile or author: the signal says there is nothing to go on', () => {
    const s = signalOf(scorePage('spam'), 'contacts');
    expect(s).toMatchObject({ tone: 'bad', summary: 'No contact details on the page', evidence: [] });
  });

  it('an address makes the page reachable, and the evidence lists each way', () => {
    const s = signalOf(scorePage('guestPost'), 'contacts');
    expect(s.tone).toBe('good');
    expect(s.evidence).toEqual(['e-mail: editors@gardenjournal.example', 'contact page: /contact-us', 'Instagram: https://instagram.com/gardenjournal']);
  });
});
