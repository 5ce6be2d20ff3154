import { describe, expect, it } from 'vitest';
import { shortText } from '@/utils/analysis/short-text';

const el = (html: string) => new DOMParser().parseFromString(`<div id="x">${html}</div>`, 'text/html').getElementById('x')!;

describe('shortText: a small element’s text, read without reading a big one', () => {
  it('gives the text in document order, through nested elements', () => {
    expect(shortText(el('By <a>Jane <b>Doe</b></a> on <time>May 5</time>'), 100)).toBe('By Jane Doe on May 5');
  });

  it('gives null past max characters, before reading the rest', () => {
    expect(shortText(el('abc<span>def</span>'), 5)).toBeNull();
    expect(shortText(el('abc<span>de</span>'), 5)).toBe('abcde');
  });

  it('gives null past maxNodes nodes (whitespace between tags counts)', () => {
    expect(shortText(el('<i>a</i> <i>b</i> <i>c</i>'), 100, 8)).toBeNull();
    expect(shortText(el('<i>a</i> <i>b</i>'), 100, 8)).toBe('a b');
  });
});
