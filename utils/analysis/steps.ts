/**
 * Work written as steps: a generator that yields wherever the page may get its main thread
 * back (the analysis, the mention scan, each walk over a whole page). Run at once in tests,
 * DOMParser documents and scripts; in slices in a page.
 */

/** Run every step at once and return the result. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Run the steps in slices of at most `sliceMs`, giving the main thread back between them (no long task). */
export async function drainInSlices<T>(steps: Generator<void, T>, sliceMs = 12): Promise<T> {
  let sliceStart = now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (now() - sliceStart >= sliceMs) {
      await yieldToPage();
      sliceStart = now();
    }
  }
}

/** A clock in milliseconds, wherever the code runs. */
export function now(): number {
  return globalThis.performance?.now() ?? Date.now();
}

/** Give the main thread back to the page until the next task. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
