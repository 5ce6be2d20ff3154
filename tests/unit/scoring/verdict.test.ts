import { describe, expect, it } from 'vitest';
import { VERDICT_LABELS } from '@/utils/scoring/types';
import { appendToMain, scorePage, settings, signalOf, VERDICT_PAGES, verdictDocument, type VerdictPage } from './verdict-fixture';

const joined = (reasons: string[]) => reasons.join(' | ');

describe('the page verdict', () => {
  it('a curated list of followed tool links with an e-mail is a strong prospect, the list its first reason', () => {
    const v = scorePage('resource').verdict;
    expect(v.label).toBe('strong');
    expect(v.score).toBeGreaterThanOrEqual(70);
    expect(v.reasons[0]).toBe('Resource page: 10 external links in lists under ‘Useful resources’');
    expect(joined(v.reasons)).toMatch(/9 of 10 visible links to other sites in the content count/);
    expect(joined(v.reasons)).toMatch(/E-mail on the page: hello@crawlwise\.example/);
  });

  it('an article linking to a competitor but not to you says so among its first reasons', () => {
    const r = scorePage('article', { settings: settings({ mySites: ['linkscout.example'], competitors: ['ahrefs.com'] }) });
    expect(['strong', 'worth-a-look']).toContain(r.verdict.label);
    expect(r.verdict.reasons.slice(0, 2)).toContain('Links to competitor ahrefs.com but not to you (followed, in content)');
    expect(r.targets.toCompetitors).toEqual([
      { href: 'https://ahrefs.com/broken-link-checker', domain: 'ahrefs.com', text: 'the Ahrefs broken link checker', rel: [], placement: 'content', counts: true },
    ]);
    expect(r.targets.toMySites).toEqual([]);
  });

  it('a page that already links to you says so, with how the link sits', () => {
    const doc = verdictDocument('article');
    appendToMain(doc, '<p>For a second opinion, <a href="https://www.linkscout.example/guide">the Linkscout guide</a> covers it.</p>');
    const r = scorePage('article', { settings: settings({ mySites: ['linkscout.example'], competitors: ['ahrefs.com'] }) }, doc);
    expect(r.verdict.reasons).toContain('Already links to you (followed, in content); also to competitor ahrefs.com');
    expect(r.targets.toMySites.map((l) => [l.domain, l.text, l.counts])).toEqual([['linkscout.example', 'the Linkscout guide', true]]);
  });

  it('a "write for us" page is strong, and the same page selling its posts is weak at best', () => {
    const clean = scorePage('guestPost').verdict;
    expect(clean.label).toBe('strong');
    expect(clean.reasons[0]).toBe('Guest-post page: the title says “write for us”');

    const doc = verdictDocument('guestPost');
    appendToMain(doc, '<h2>Pricing</h2><p>A sponsored guest post with one do-follow link costs $150 per article.</p>');
    const selling = scorePage('guestPost', {}, doc).verdict;
    expect(selling.label).toBe('weak');
    expect(selling.reasons[0]).toBe('Sells guest posts: ‘write for us’ with a price (‘pricing’)');
    expect(selling.score).toBeLessThan(clean.score);
  });

  it('a casino and payday-loan page with hidden links and /go/ wrappers is to be avoided, for those reasons', () => {
    const v = scorePage('spam').verdict;
    expect(v.label).toBe('avoid');
    expect(v.score).toBeLessThanOrEqual(20);
    expect(v.reasons[0]).toMatch(/^Spam terms: casino, .*payday loan/);
    expect(v.reasons[1]).toBe('4 hidden links to other sites (display: none) with spam anchors');
    expect(joined(v.reasons)).toMatch(/links through redirect wrappers \(\/go\/, \/out\/\)/);
    // Only risks: a followed link out is no reason to visit a spam page.
    expect(joined(v.reasons)).not.toMatch(/Followed links out/);
  });

  it('a category page of internal teasers is weak: it gives no links to other sites', () => {
    const v = scorePage('category').verdict;
    expect(v.label).toBe('weak');
    expect(joined(v.reasons)).toMatch(/Listing of the site’s own pages: 9 headings are links/);
    expect(joined(v.reasons)).toMatch(/Visible links to other sites only in the footer \(1 link\), none in the content/);
  });

  it('a resource page on none of your topics drops from strong to worth a look, and says it is off topic', () => {
    const onTopic = scorePage('resource', { settings: settings({ topics: ['link building'] }) }).verdict;
    const offTopic = scorePage('resource', { settings: settings({ topics: ['sourdough baking', 'bread'] }) }).verdict;
    expect(onTopic.label).toBe('strong');
    expect(offTopic.label).toBe('worth-a-look');
    expect(joined(offTopic.reasons)).toMatch(/Off topic: none of ‘sourdough baking’, ‘bread’ on the page/);
  });

  it('unknown signals are left out of the score: no import scores higher than a middling imported rating', () => {
    const unknown = scorePage('resource');
    const middling = scorePage('resource', {
      authority: { known: true, domain: 'crawlwise.example', metrics: { DR: 35 }, importedAt: '2025-11-02T10:00:00Z', source: 'ahrefs.csv' },
    });
    expect(signalOf(unknown, 'authority').tone).toBe('unknown');
    expect(signalOf(middling, 'authority').tone).toBe('neutral');
    expect(unknown.verdict.score).toBeGreaterThan(middling.verdict.score);
  });

  it('a page about nothing known is not avoided: avoid comes from risk only', () => {
    const doc = new DOMParser().parseFromString('<title>Hello</title><p>Nothing here.</p>', 'text/html');
    const r = scorePage('resource', {}, doc);
    expect(r.verdict.label).not.toBe('avoid');
    expect(signalOf(r, 'risk').tone).toBe('good');
  });

  it.each(Object.keys(VERDICT_PAGES) as VerdictPage[])('%s: a label, a 0-100 score, three to five reasons and every signal once', (page) => {
    const v = scorePage(page).verdict;
    expect(VERDICT_LABELS).toContain(v.label);
    expect(v.score).toBeGreaterThanOrEqual(0);
    expect(v.score).toBeLessThanOrEqual(100);
    expect(v.reasons.length).toBeGreaterThanOrEqual(3);
    expect(v.reasons.length).toBeLessThanOrEqual(5);
    expect(new Set(v.reasons).size).toBe(v.reasons.length);
    expect(v.signals.map((s) => s.id).sort()).toEqual(['authority', 'contacts', 'link-targets', 'page-type', 'placement', 'relevance', 'risk']);
  });
});
