import type { Signal } from '../types';

/** A candidate reason for the verdict and how decisive it is (the verdict keeps the top ones). */
export interface Reason {
  text: string;
  weight: number;
}

/** One signal as the verdict weighs it. */
export interface SignalResult {
  signal: Signal;
  /** 0-100 for the score; null when the signal is left out of it (unknown, or not about this page). */
  value: number | null;
  /** How much `value` counts in the score, relative to the other signals. */
  weight: number;
  reasons: Reason[];
}

/** How decisive a value is: how far it sits from the middle, times how much it counts. */
export function decisiveness(value: number, weight: number): number {
  return Math.abs(value - 50) * weight;
}
