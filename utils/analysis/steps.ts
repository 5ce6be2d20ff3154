/**
 * Work written as steps: a generator that yields wherever the page may get its main thread
 * back (the analysis, the mention scan, each walk over a whole page). Run at once in tests,
 * DOMParser documents and scripts; in slices in a page.
 */

/**
 * What a step may yield: nothing (the driver gives the main thread back when the slice's time is
 * up), or FRAME: let the page be drawn before the next step. A step that adds to the page (the
 * highlight's boxes) yields FRAME, so the browser styles and lays out one step's additions a
 * frame at a time; under `scheduler.yield()` alone frames came about every 100 ms, and each one
 * styled everything added since in one long task (250 ms for 3,000 boxes).
 */
export const FRAME = 'frame';
export type Step = void | typeof FRAME;

/** Run every step at once and return the result. */
export function runSteps<T>(steps: Generator<Step, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Run the steps in slices of at most `sliceMs`, giving the main thread back between them (no long task). */
export async function drainInSlices<T>(steps: Generator<Step, T>, sliceMs = 12): Promise<T> {
  let sliceStart = now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (r.value === FRAME) {
      await nextFrame();
      sliceStart = now();
    } else if (now() - sliceStart >= sliceMs) {
      await yieldToPage();
      sliceStart = now();
    }
  }
}

/** How long to wait for a frame that may not come (a hidden tab draws none). */
const FRAME_WAIT_MS = 100;

/**
 * Resolves once the page's next frame has been drawn (a task after its animation frame, when
 * its style and layout are done), or after FRAME_WAIT_MS when none comes; where there are no
 * frames at all (Node), at the page's next turn.
 */
function nextFrame(): Promise<void> {
  const raf = (globalThis as { requestAnimationFrame?: (cb: () => void) => number }).requestAnimationFrame;
  if (typeof raf !== 'function') return yieldToPage();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, FRAME_WAIT_MS);
    raf(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/** A clock in milliseconds, wherever the code runs. */
export function now(): number {
  return globalThis.performance?.now() ?? Date.now();
}

/**
 * How long work in slices may keep the page's own tasks waiting (plus the slice under way).
 * Between slices the browser always handles input and paints; the page's timers, network
 * callbacks and messages (and a message for the content script) get a turn about this often.
 */
const PAGE_TURN_MS = 100;

/**
 * Give the main thread back between two slices. Mostly by `scheduler.yield()`, whose
 * continuation goes before the page's other tasks, so the work finishes soon while input and
 * rendering still run; but alone it kept the page's own tasks waiting until the work was done,
 * so once PAGE_TURN_MS has passed since the last turn, every task queued meanwhile runs first,
 * through a message (a nested timer would wait at least 4 ms). Where there is no
 * `scheduler.yield()` (Firefox before 142, Node) every yield is such a turn.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield && now() - lastTurn < PAGE_TURN_MS) return scheduler.yield();
  return new Promise((resolve) => {
    const c = (channel ??= openChannel());
    // Posted first: if posting throws, no one is left waiting for a message that never comes.
    c.port2.postMessage(null);
    if (resumers.push(resolve) === 1) (c.port1 as NodePort).ref?.();
  });
}

/** When the page's tasks last had their turn. */
let lastTurn = 0;
/** Who waits for the page's turn to end, in order: each message on the channel resumes the first. */
const resumers: Array<() => void> = [];
/** One channel for every turn, not two new ports to collect each time. */
let channel: MessageChannel | undefined;
/** In Node (unit tests) a port keeps the process alive while it listens: only while someone waits. */
type NodePort = MessagePort & { ref?: () => void; unref?: () => void };

function openChannel(): MessageChannel {
  const c = new MessageChannel();
  c.port1.onmessage = () => {
    lastTurn = now();
    resumers.shift()?.();
    if (resumers.length === 0) (c.port1 as NodePort).unref?.();
  };
  return c;
}
