import { describe, expect, it } from 'vitest';
import { normalizeDomain } from '@/utils/scoring/link-targets';
import { appendToMain, scorePage, settings, signalOf, verdictDocument } from './verdict-fixture';

describe('links to your sites and competitors', () => {
  it.each([
    ['https://www.Example.co.uk/blog', 'example.co.uk'],
    ['blog.example.com', 'example.com'],
    ['  AHREFS.com ', 'ahrefs.com'],
    ['', ''],
  ])('reads the domain typed as %j as %j', (typed, domain) => {
    expect(normalizeDomain(typed)).toBe(domain);
  });

  it('without your sites or competitors it is unknown and asks for them', () => {
    const s = signalOf(scorePage('article'), 'link-targets');
    expect(s.tone).toBe('unknown');
    expect(s.evidence).toEqual(['Add your sites and competitors in settings to see links to them']);
  });

  it('a link to a competitor’s subdomain counts as a link to the competitor, with how it sits', () => {
    const doc = verdictDocument('article');
    appendToMain(doc, '<p>See also <a href="https://blog.moz.example/guide" rel="nofollow">the Moz guide</a>.</p>');
    const r = scorePage('article', { settings: settings({ competitors: ['moz.example'] }) }, doc);
    expect(r.targets.toCompetitors.map((l) => [l.domain, l.text, l.rel, l.counts])).toEqual([['moz.example', 'the Moz guide', ['nofollow'], false]]);
    const s = signalOf(r, 'link-targets');
    expect(s.tone).toBe('good');
    // No sites of your own set: it cannot say "not to you".
    expect(s.summary).toBe('Links to competitor moz.example');
    expect(s.evidence).toEqual(['to competitor moz.example: ‘the Moz guide’ (nofollow, in content)']);
  });

  it('two competitors are named together', () => {
    const r = scorePage('article', { settings: settings({ mySites: ['linkscout.example'], competitors: ['ahrefs.com', 'semrush.com'] }) });
    expect(signalOf(r, 'link-targets').summary).toBe('Links to competitors ahrefs.com and semrush.com but not to you');
  });

  it('no links to either is neutral and left out of the score', () => {
    const r = scorePage('resource', { settings: settings({ mySites: ['linkscout.example'], competitors: ['ahrefs.com'] }) });
    expect(signalOf(r, 'link-targets')).toMatchObject({ tone: 'neutral', summary: 'No links to your sites or competitors' });
  });

  it('a competitor’s own page is no opportunity: its links to itself are internal', () => {
    const r = scorePage('resource', { settings: settings({ competitors: ['crawlwise.example'] }) });
    expect(r.targets.toCompetitors).toEqual([]);
    expect(signalOf(r, 'link-targets')).toMatchObject({ tone: 'bad', summary: 'This page is on competitor crawlwise.example’s site' });
  });
});
