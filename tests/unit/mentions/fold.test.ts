import { describe, expect, it } from 'vitest';
import { foldText } from '@/utils/mentions/fold';

describe('foldText', () => {
  it.each([
    ['Nestlé', 'nestle'],
    ['NESTLÉ', 'nestle'],
    ['Nestle\u0301', 'nestle'],
    ['Großmann', 'grossmann'],
    ['GROẞMANN', 'grossmann'],
    ['ﬁnch', 'finch'],
    ['Ｆｕｌｌｗｉｄｔｈ', 'fullwidth'],
    ['Ørsted', 'orsted'],
    ['Acme’s', "acme's"],
    ['Acme\u00a0\u202f Rocket', 'acme rocket'],
    ['Ac\u00adme', 'acme'],
    ['Coca\u2011Cola', 'coca-cola'],
    ['İstanbul', 'istanbul'],
    // Variation selectors only choose a glyph's style (an ideograph's, an emoji's).
    ['葛\u{E0100}飾', '葛飾'],
    ['Acme\ufe0f', 'acme'],
    // The marks that make a letter stay: a kana voicing mark, an Indic vowel sign.
    ['デル', 'テ\u3099ル'],
  ])('%s folds to %s', (input, out) => expect(foldText(input)).toBe(out));

  it('keeps symbols as they are, so "Acme™" still ends after "Acme"', () => {
    expect(foldText('Acme™')).toBe('acme™');
  });
});
