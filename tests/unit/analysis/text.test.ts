import { describe, expect, it } from 'vitest';
import { countWords } from '@/utils/analysis/text';

/** The definition countWords implements in one pass. */
const byRegex = (s: string) => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n\t ', 0],
    ['one two  three', 3],
    ["it's a well-known don’t", 4],
    ["'quoted' -dash- ’tis", 3],
    ['Füße über Straße — naïve café', 5],
    ['Москва и Киев', 3],
    ['𝐀𝐁𝐂 math letters and 😀 emoji', 5],
    ['12,000 people: 3.5%', 5],
  ])('counts %j as %i words, as the regex does', (text, words) => {
    expect(countWords(text)).toBe(words);
    expect(countWords(text)).toBe(byRegex(text));
  });

  it('agrees with the regex on random mixes of letters, digits, joiners, spaces and astral characters', () => {
    const parts = ['a', 'Z', '9', 'é', 'ß', 'ж', '日', '𝐀', '😀', "'", '’', '-', ' ', '\n', '.', ',', '\u00a0', '\ud800', '\udc00'];
    let seed = 7;
    const next = () => (seed = (seed * 16807) % 2147483647);
    for (let n = 0; n < 2000; n++) {
      let s = '';
      const len = next() % 30;
      for (let k = 0; k < len; k++) s += parts[next() % parts.length];
      expect(countWords(s), JSON.stringify(s)).toBe(byRegex(s));
    }
  });
});
