import { afterEach, describe, expect, it } from 'vitest';
import { analyzeDocument } from '@/utils/analysis/analyze';
import { collectLinkElements } from '@/utils/analysis/links';
import { loadFixture } from '../fixture';

type ChromeLike = { dom?: { openOrClosedShadowRoot?: (el: HTMLElement) => ShadowRoot | null } };
const g = globalThis as { chrome?: ChromeLike };
const savedDom = g.chrome?.dom;
afterEach(() => {
  if (g.chrome) g.chrome.dom = savedDom;
});

/** A page with a link in the light DOM, one in an open shadow root and one in a closed one. */
function shadowPage(): { doc: Document; closedRoot: ShadowRoot } {
  const doc = new DOMParser().parseFromString(
    '<body><p><a href="https://light.example.org/">light</a></p><div id="open"></div><div id="closed"></div><p><a href="https://after.example.org/">after</a></p></body>',
    'text/html',
  );
  const open = doc.getElementById('open')!.attachShadow({ mode: 'open' });
  open.innerHTML = '<a href="https://open-shadow.example.org/">open</a>';
  const closedRoot = doc.getElementById('closed')!.attachShadow({ mode: 'closed' });
  closedRoot.innerHTML = '<a href="https://closed-shadow.example.org/">closed</a>';
  return { doc, closedRoot };
}

describe('shadow roots', () => {
  it('without an extension API, a closed root’s links stay out of reach', () => {
    if (g.chrome) g.chrome.dom = undefined;
    const { doc } = shadowPage();
    expect(collectLinkElements(doc).map((a) => a.textContent)).toEqual(['light', 'open', 'after']);
  });

  it('with chrome.dom.openOrClosedShadowRoot, a closed root’s links are listed at their host’s place', () => {
    const { doc, closedRoot } = shadowPage();
    g.chrome = g.chrome ?? {};
    g.chrome.dom = { openOrClosedShadowRoot: (el) => (el.id === 'closed' ? closedRoot : null) };
    expect(collectLinkElements(doc).map((a) => a.textContent)).toEqual(['light', 'open', 'closed', 'after']);
  });
});

describe('tests/fixtures/hostile/base-href-and-odd-urls.html', () => {
  const report = analyzeDocument(loadFixture('hostile/base-href-and-odd-urls.html'), { url: 'http://127.0.0.1:8080/page.html' });
  const byText = new Map(report.links.map((l) => [l.text, l]));

  it('resolves relative links against a <base> on another site', () => {
    expect(byText.get('relative guide')).toMatchObject({ href: 'https://cdn.other.example/assets/guide.html', host: 'cdn.other.example', scheme: 'http' });
    expect(byText.get('root-relative about')).toMatchObject({ href: 'https://cdn.other.example/about', host: 'cdn.other.example' });
    expect(byText.get('own host home')).toMatchObject({ host: '127.0.0.1', scheme: 'http' });
  });

  it('keeps script, data and blob URLs as non-web links without a host', () => {
    expect(byText.get('javascript link')).toMatchObject({ scheme: 'javascript', host: '' });
    expect(byText.get('data link')).toMatchObject({ scheme: 'other', host: '' });
    expect(byText.get('blob link')).toMatchObject({ scheme: 'other', host: '' });
  });

  it('takes "#top" where the base sends it, to the other site, as a click does (no in-page jump)', () => {
    expect(byText.get('jump to top')).toMatchObject({ scheme: 'http', href: 'https://cdn.other.example/assets/#top', host: 'cdn.other.example' });
  });

  it('lists unparseable URLs with their raw href and no resolved one, and IDN hosts as punycode', () => {
    for (const [text, raw] of [['broken IPv6', 'http://[::1'], ['port out of range', 'https://example.com:99999/']] as const) {
      expect(byText.get(text), text).toMatchObject({ rawHref: raw, href: null, scheme: 'other', host: '' });
    }
    expect(byText.get('unicode host')).toMatchObject({ host: 'xn--bcher-kva.example', href: 'https://xn--bcher-kva.example/' });
    expect(byText.get('punycode host')?.host).toBe('xn--bcher-kva.example');
    expect(report.links).toHaveLength(12);
  });
});
