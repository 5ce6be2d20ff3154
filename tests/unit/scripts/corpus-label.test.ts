import { describe, expect, it } from 'vitest';
import { CONTEXT_CHARS, labelLink, linkSpans, normaliseText } from '../../../scripts/lib/corpus';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('corpus link labelling (README rule)', () => {
  it('normalises to lower-case letters and digits of any script', () => {
    expect(normaliseText('Hello, World! 2024 — Ça va?')).toBe('helloworld2024çava');
    expect(normaliseText('  \n\t ')).toBe('');
  });

  it('reads each link’s text and the 15 characters around it in document order', () => {
    const d = doc('<p>Some text before the link <a href="/a">Click Here</a> and the text that follows it.</p><script>var x = "not text";</script>');
    const [span] = linkSpans(d, Array.from(d.querySelectorAll('a')));
    expect(span).toEqual({ text: 'clickhere', before: 'textbeforethelink'.slice(-CONTEXT_CHARS), after: 'andthetextthatfollowsit'.slice(0, CONTEXT_CHARS) });
  });

  it('labels a link in the main content when text+before or text+after occur in the ground truth', () => {
    const d = doc('<nav><a href="/">Home</a></nav><p>Read the full report on coastal erosion here.</p><p>Intro <a href="/r">full report</a> tail</p><footer><a href="/x">Privacy</a></footer>');
    const links = Array.from(d.querySelectorAll('a'));
    const truth = normaliseText('Read the full report on coastal erosion here. Intro full report tail');
    const spans = linkSpans(d, links);
    expect(labelLink(truth, spans[0]!)).toBe(false); // "Home" + neighbours: not in the truth
    expect(labelLink(truth, spans[1]!)).toBe(true);
    expect(labelLink(truth, spans[2]!)).toBe(false);
  });

  it('needs the context, not just the link text', () => {
    const d = doc('<div>Menu <a href="/r">report</a> Sign in</div>');
    const [span] = linkSpans(d, Array.from(d.querySelectorAll('a')));
    expect(labelLink(normaliseText('the annual report was published'), span!)).toBe(false);
  });

  it('uses the image alt for links without text, and leaves links with neither unlabelled', () => {
    const d = doc('<p>See the chart <a href="/c"><img src="c.png" alt="Rainfall chart"></a> for details.</p><p><a href="/x"><img src="x.png"></a></p>');
    const spans = linkSpans(d, Array.from(d.querySelectorAll('a')));
    expect(spans[0]!.text).toBe('rainfallchart');
    expect(labelLink(normaliseText('See the chart Rainfall chart for details'), spans[0]!)).toBe(true);
    expect(labelLink('anything', spans[1]!)).toBeNull();
  });
});
