import { beforeEach, describe, expect, it } from 'vitest';
import { scanMentions } from '@/utils/mentions/scan-document';
import { ACME_AND_RIVAL } from './brands';

// The live test document: ranges into a DOMParser document collapse in happy-dom.
function page(body: string): Document {
  document.body.innerHTML = body;
  return document;
}
const el = (id: string) => document.getElementById(id)!;
const texts = (root: Node) => {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
};

describe('a scan of part of the page (roots)', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('reads only the blocks that hold a root, and says which text it read', () => {
    const doc = page('<p id="a">Acme in the first paragraph.</p><p id="b">Rival in the second, <b>Acme</b> too.</p><p id="c">Acme again in the third.</p>');
    const { scan, partial } = scanMentions(doc, ACME_AND_RIVAL, { roots: [el('b')] });
    expect(scan.mentions.map((m) => [m.matched, m.index])).toEqual([
      ['Rival', 0],
      ['Acme', 1],
    ]);
    expect(new Set(partial!.read)).toEqual(new Set(texts(el('b'))));
  });

  it('reads the whole run of text around a changed inline node, so a name split across it is found whole', () => {
    const doc = page('<p id="p">We launched with Acme <span id="s">Rocket</span> last year.</p><p>Acme elsewhere.</p>');
    const { scan } = scanMentions(doc, ACME_AND_RIVAL, { roots: [el('s')] });
    expect(scan.mentions.map((m) => m.matched)).toEqual(['Acme Rocket']);
    expect(scan.mentions[0]!.context).toBe('We launched with Acme Rocket last year.');
  });

  it('gives a mention the same fields as a scan of the whole page, index aside', () => {
    const doc = page('<nav><a href="https://acme.com/">Acme</a></nav><main><p id="m">Read what <a href="https://news.example/x">Acme’s team</a> wrote about Rival.</p></main>');
    const whole = scanMentions(doc, ACME_AND_RIVAL).scan.mentions.filter((m) => m.context.startsWith('Read'));
    const part = scanMentions(doc, ACME_AND_RIVAL, { roots: [el('m')] }).scan.mentions;
    expect(part.map((m) => ({ ...m, index: 0 }))).toEqual(whole.map((m) => ({ ...m, index: 0 })));
    expect(part.map((m) => m.state)).toEqual(['linked-elsewhere', 'unlinked']);
  });

  it('finds nothing in a root that holds no page text: a script, an editable draft, a removed node', () => {
    const doc = page('<p>Acme</p><script id="js">var s = "Acme";</script><div id="draft" contenteditable="true">Acme draft</div>');
    const gone = document.createElement('p');
    gone.textContent = 'Acme';
    const { scan, partial } = scanMentions(doc, ACME_AND_RIVAL, { roots: [el('js'), el('draft'), gone] });
    expect(scan.mentions).toEqual([]);
    expect(partial!.read.size).toBe(0);
  });

  it('knows where every page text node stands in reading order, read or not, and nothing of code or removed text', () => {
    const doc = page('<p id="a">one</p><script id="js">two</script><p id="b">three <i id="i">four</i></p>');
    const detached = document.createTextNode('Acme');
    const { partial } = scanMentions(doc, ACME_AND_RIVAL, { roots: [el('i')] });
    const at = (n: Node) => partial!.positionOf(n);
    const [one, three, four] = [el('a').firstChild!, el('b').firstChild!, el('i').firstChild!];
    expect([at(one), at(three), at(four)].every((x) => typeof x === 'number')).toBe(true);
    expect(at(one)! < at(three)! && at(three)! < at(four)!).toBe(true);
    expect(at(el('js').firstChild!)).toBeUndefined();
    expect(at(detached)).toBeUndefined();
  });

  it('reads text in the open shadow root of a root that was added', () => {
    const doc = page('<p>Acme outside.</p><div id="host"></div>');
    el('host').attachShadow({ mode: 'open' }).innerHTML = '<p>Acme in a widget.</p>';
    const { scan } = scanMentions(doc, ACME_AND_RIVAL, { roots: [el('host')] });
    expect(scan.mentions.map((m) => m.context)).toEqual(['Acme in a widget.']);
  });

  it('with the document as its root, is a whole scan', () => {
    const doc = page('<p>Acme and Rival.</p><p>More of <a href="https://acme.com/">Acme</a>.</p>');
    const whole = scanMentions(doc, ACME_AND_RIVAL).scan;
    const part = scanMentions(doc, ACME_AND_RIVAL, { roots: [doc] }).scan;
    expect({ ...part, durationMs: 0 }).toEqual({ ...whole, durationMs: 0 });
  });

  it('still yields on a long page where little is read', async () => {
    const { mentionScanSteps } = await import('@/utils/mentions/scan');
    const { pageReading } = await import('@/utils/analysis/page-reading');
    const doc = page(Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i} without the brand.</p>`).join('') + '<p id="last">Acme at the end.</p>');
    const steps = mentionScanSteps(doc, ACME_AND_RIVAL, { roots: [el('last')], reading: pageReading() });
    let yields = 0;
    let r = steps.next();
    while (!r.done) {
      yields++;
      r = steps.next();
    }
    expect(yields).toBeGreaterThan(1);
    expect(r.value.scan.mentions.map((m) => m.matched)).toEqual(['Acme']);
  });

  it('a whole scan carries no partial result', () => {
    expect(scanMentions(page('<p>Acme</p>'), ACME_AND_RIVAL).partial).toBeUndefined();
  });
});
