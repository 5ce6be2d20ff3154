import { describe, expect, it } from 'vitest';
import { findDumpedLink, isWrong, pageLinks, sampleWrongCalls, type DumpedLink } from '../../../scripts/lib/review-sample';

const call = (n: number, label: boolean | null, placement: string, text = `link${n}`): DumpedLink => ({
  set: 'wcxb',
  id: '0001',
  type: 'listing',
  n,
  label,
  placement,
  reason: 'why',
  text,
  href: `/p/${n}`,
});

describe('review sample of wrong placement calls', () => {
  // Even n: right calls; odd n: wrong ones (false content and missed, alternating); every tenth unlabelled.
  const dump = Array.from({ length: 200 }, (_, n) =>
    n % 10 === 0 ? call(n, null, 'content') : n % 2 === 0 ? call(n, true, 'content') : call(n, n % 4 === 1, n % 4 === 1 ? 'navigation' : 'content'),
  );

  it('counts as wrong only labelled calls that disagree with the label, both ways', () => {
    expect(isWrong(call(1, true, 'sidebar'))).toBe(true);
    expect(isWrong(call(1, false, 'content'))).toBe(true);
    expect(isWrong(call(1, true, 'content'))).toBe(false);
    expect(isWrong(call(1, false, 'footer'))).toBe(false);
    expect(isWrong(call(1, null, 'content'))).toBe(false);
  });

  it('draws wrong calls only, without repeats, in dump order, the same again for one seed', () => {
    const sample = sampleWrongCalls(dump, 30, 11);
    expect(sample).toHaveLength(30);
    expect(sample.every(isWrong)).toBe(true);
    expect(new Set(sample.map((l) => l.n)).size).toBe(30);
    expect(sample.map((l) => l.n)).toEqual([...sample.map((l) => l.n)].sort((a, b) => a - b));
    expect(sampleWrongCalls(dump, 30, 11)).toEqual(sample);
    expect(sampleWrongCalls(dump, 30, 12).map((l) => l.n)).not.toEqual(sample.map((l) => l.n));
  });

  it('gives every wrong call when asked for more than there are', () => {
    expect(sampleWrongCalls(dump, 1000, 1).map((l) => l.n)).toEqual(dump.filter(isWrong).map((l) => l.n));
  });

  it('finds the saved page’s link by its labelled text nearest to its place, or by its picture’s alt', () => {
    const doc = new DOMParser().parseFromString(
      '<nav><a href="/a">Shoes</a><a href="/b">Bags</a></nav><main><a href="/c">Shoes</a><a href="/d"><img alt="Red bag"></a></main>',
      'text/html',
    );
    const links = pageLinks(doc);
    expect(findDumpedLink(links, { ...call(2, true, 'navigation'), text: 'shoes' })?.getAttribute('href')).toBe('/c');
    expect(findDumpedLink(links, { ...call(0, false, 'content'), text: 'shoes' })?.getAttribute('href')).toBe('/a');
    expect(findDumpedLink(links, { ...call(3, true, 'other'), text: 'redbag' })?.getAttribute('href')).toBe('/d');
    expect(findDumpedLink(links, { ...call(1, true, 'other'), text: 'hats' })).toBeNull();
  });

  it('reads a link’s text as the labels did: not its style or script, cut at 60 characters', () => {
    const long = 'A very long product name that runs well past sixty characters of text';
    const doc = new DOMParser().parseFromString(
      `<main><a href="/e"><style>.x{color:red}</style>Trail shoes<script>track()</script></a><a href="/f">${long}</a></main>`,
      'text/html',
    );
    const links = pageLinks(doc);
    expect(findDumpedLink(links, { ...call(0, true, 'other'), text: 'trailshoes' })?.getAttribute('href')).toBe('/e');
    const dumped = long.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 60);
    expect(findDumpedLink(links, { ...call(1, true, 'other'), text: dumped })?.getAttribute('href')).toBe('/f');
  });
});
