import { describe, expect, it } from 'vitest';
import { isHostOf } from '@/utils/urls';
import { scanMentions } from '@/utils/mentions/scan-document';
import { loadFixture } from '../fixture';
import { ACME_AND_RIVAL } from './brands';

describe('link state of each mention', () => {
  const doc = loadFixture('mentions/linked-to-you-elsewhere-unlinked.html');
  const result = scanMentions(doc, ACME_AND_RIVAL);
  const firstIn = (id: string) => {
    const el = doc.getElementById(id)!;
    const i = result.scan.mentions.findIndex((_, k) => el.contains(result.ranges[k]!.startContainer));
    return result.scan.mentions[i]!;
  };
  const state = (id: string) => {
    const m = firstIn(id);
    return [m.state, m.linkHost, m.linkHref];
  };

  it('is linked to you from the brand’s domain, its www and its subdomains', () => {
    expect(state('root-domain')).toEqual(['linked-to-you', 'acme.com', 'https://acme.com/']);
    expect(state('www')).toEqual(['linked-to-you', 'www.acme.com', 'https://www.acme.com/pricing']);
    expect(state('subdomain')).toEqual(['linked-to-you', 'blog.acme.com', 'http://blog.acme.com/post']);
  });

  it('is linked elsewhere when the host only ends like the domain, or starts with it', () => {
    expect(state('not-on-label-boundary')).toEqual(['linked-elsewhere', 'notacme.com', 'https://notacme.com/']);
    expect(state('suffix-trick')).toEqual(['linked-elsewhere', 'acme.com.evil.net', 'https://acme.com.evil.net/']);
  });

  it('resolves relative links against <base href>', () => {
    expect(state('relative')).toEqual(['linked-elsewhere', 'review.example', 'https://review.example/reviews/acme']);
  });

  it('is unlinked in mailto: and javascript: links, anchors without href, and plain text', () => {
    for (const id of ['mailto', 'javascript', 'no-href', 'plain']) expect(state(id)).toEqual(['unlinked', null, null]);
  });

  it('judges a competitor’s mentions against the competitor’s own domains', () => {
    const el = doc.getElementById('competitor-own')!;
    const rival = result.scan.mentions.filter((m, k) => m.owner === 'competitor' && el.contains(result.ranges[k]!.startContainer));
    expect(rival.map((m) => [m.state, m.linkHost])).toEqual([
      ['linked-to-you', 'www.rival.io'],
      ['linked-elsewhere', 'acme.com'],
      ['unlinked', null],
    ]);
  });

  it('counts visible mentions per owner and state', () => {
    expect(result.scan.counts).toEqual({
      brand: { 'linked-to-you': 3, 'linked-elsewhere': 3, unlinked: 5 },
      competitor: { 'linked-to-you': 1, 'linked-elsewhere': 1, unlinked: 1 },
    });
  });
});

describe('isHostOf', () => {
  it.each([
    ['acme.com', 'acme.com', true],
    ['www.acme.com', 'acme.com', true],
    ['a.b.acme.com', 'acme.com', true],
    ['notacme.com', 'acme.com', false],
    ['acme.com.evil.net', 'acme.com', false],
  ])('%s is a host of %s: %s', (host, domain, yes) => expect(isHostOf(host, domain)).toBe(yes));
});

describe('links that go nowhere else, and hosts written with a trailing dot', () => {
  const doc = loadFixture('mentions/unspaced-scripts-marks-and-longer-hosts.html');
  const result = scanMentions(doc, ACME_AND_RIVAL, { placementOf: () => 'content' });
  const statesIn = (id: string) => {
    const el = doc.getElementById(id)!;
    return result.scan.mentions.filter((_, k) => el.contains(result.ranges[k]!.startContainer)).map((m) => [m.state, m.linkHost]);
  };

  it('a mention in a link to a spot on this very page ("#reviews", or an empty href) is unlinked: an outreach chance, not a link elsewhere', () => {
    expect(statesIn('same-page')).toEqual([
      ['unlinked', null],
      ['unlinked', null],
    ]);
  });

  it('a link whose href starts with a no-break space goes where the browser takes it (a path on this site), not to the brand', () => {
    const doc = new DOMParser().parseFromString('<p>See <a href="&#160;https://acme.com/">Acme</a>.</p>', 'text/html');
    const [m] = scanMentions(doc, ACME_AND_RIVAL, { placementOf: () => 'content' }).scan.mentions;
    expect(m?.state).toBe('linked-elsewhere');
  });

  it('a host written with a trailing dot is the brand’s own all the same', () => {
    expect(statesIn('trailing-dot')).toEqual([['linked-to-you', 'acme.com']]);
  });
});

