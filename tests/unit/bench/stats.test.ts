import { describe, expect, it } from 'vitest';
import { longestOverlapping, median } from '../../../scripts/bench/stats';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('longestOverlapping', () => {
  const tasks = [
    { start: 0, duration: 300 }, // page load, long over before the window
    { start: 950, duration: 80 }, // began before the window, ran into it
    { start: 1200, duration: 60 },
    { start: 2500, duration: 400 }, // after the window
  ];

  it('counts tasks that overlap the window, including one that began before it', () => {
    expect(longestOverlapping(tasks, 1000, 2000)).toBe(80);
  });

  it('is 0 when no task overlaps', () => {
    expect(longestOverlapping(tasks, 400, 900)).toBe(0);
  });
});
