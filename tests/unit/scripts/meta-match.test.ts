import { describe, expect, it } from 'vitest';
import { dayOf, fieldScores, outcomeOf, sameAuthor, sameDay } from '../../../scripts/lib/meta-match';

describe('page-fields eval matching', () => {
  it('counts an author as the same when one name holds every word of the other', () => {
    expect(sameAuthor('Mike Marshall', 'Mike Marshall, Shipping Expert')).toBe(true);
    expect(sameAuthor('kirstin boatto', 'Kirstin Boatto')).toBe(true);
    expect(sameAuthor('Arturo López Nieto', 'arturo lópez nieto')).toBe(true);
    expect(sameAuthor('Josh Katzowitz', 'Charles Patterson')).toBe(false);
    expect(sameAuthor('@rustlang', 'Niko Matsakis')).toBe(false);
    expect(sameAuthor('', 'Ann')).toBe(false);
  });

  it('reads the day of ISO dates as written and of dates as pages show them', () => {
    expect(dayOf('2025-01-29T20:47:55+00:00')).toBe('2025-01-29');
    expect(dayOf('2011-02-12 01:30:35 +00:00')).toBe('2011-02-12');
    expect(dayOf('Dec. 19, 2025')).toBe('2025-12-19');
    expect(dayOf('DECEMBER 22, 2022')).toBe('2022-12-22');
    expect(dayOf('8 Nov, 2021')).toBe('2021-11-08');
    expect(dayOf('5th March 2025')).toBe('2025-03-05');
    expect(dayOf('no date here')).toBeNull();
    expect(sameDay('2025-08-19T10:00:00Z', '2025-08-19')).toBe(true);
    expect(sameDay('2025-08-18', '2025-08-19')).toBe(false);
  });

  it('tells right, wrong, missed, extra and none apart, and scores them', () => {
    const outcomes = [
      outcomeOf('Ann Lee', 'Ann Lee', sameAuthor),
      outcomeOf('Bo', 'Cy', sameAuthor),
      outcomeOf(null, 'Dee', sameAuthor),
      outcomeOf('Site', null, sameAuthor),
      outcomeOf('  ', null, sameAuthor),
    ];
    expect(outcomes).toEqual(['right', 'wrong', 'missed', 'extra', 'none']);
    const s = fieldScores(outcomes);
    expect(s).toMatchObject({ given: 3, truths: 3, right: 1 });
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBeCloseTo(1 / 3);
    expect(s.f1).toBeCloseTo(1 / 3);
  });
});
