import { afterEach, describe, expect, it, vi } from 'vitest';
import { drainInSlices, FRAME, runSteps, type Step } from '@/utils/analysis/steps';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('work in steps', () => {
  it('runs every step at once in runSteps, FRAME or not', () => {
    function* steps(): Generator<Step, number> {
      yield;
      yield FRAME;
      return 3;
    }
    expect(runSteps(steps())).toBe(3);
  });

  it('lets the page draw a frame after a step that yields FRAME, before the next step runs', async () => {
    const frames: Array<() => void> = [];
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
    const ran: string[] = [];
    function* steps(): Generator<Step, string> {
      ran.push('boxes 1');
      yield FRAME;
      ran.push('boxes 2');
      return 'drawn';
    }
    const done = drainInSlices(steps());
    await new Promise((r) => setTimeout(r, 20));
    // Waiting for the frame: the second group is not added yet.
    expect(ran).toEqual(['boxes 1']);
    expect(frames).toHaveLength(1);
    frames[0]!();
    expect(await done).toBe('drawn');
    expect(ran).toEqual(['boxes 1', 'boxes 2']);
  });

  it('goes on without a frame after a while where none comes (a hidden tab)', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    function* steps(): Generator<Step, string> {
      yield FRAME;
      return 'drawn';
    }
    expect(await drainInSlices(steps())).toBe('drawn');
  });
});
