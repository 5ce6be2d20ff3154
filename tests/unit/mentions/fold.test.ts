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
  ])('%s folds to %s', (input, out) => expect(foldText(input)).toBe(out));

  it('keeps symbols as they are, so "Acme™" still ends after "Acme"', () => {
    expect(foldText('Acme™')).toBe('acme™');
  });
});
