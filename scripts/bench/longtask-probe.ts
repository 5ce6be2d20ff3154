import type { ExtensionBrowser } from '../lib/extension-browser';
import { installLongTaskObserver, LONG_TASKS_KEY, readLongTasks, settle } from './page-probes';

/** How long the probe keeps the page's main thread busy. */
export const PROBE_MS = 80;

export interface ProbeResult {
  /** The longest task the page's observer saw while the probe ran; 0 when it saw none. */
  seenMs: number;
  ok: boolean;
}

/**
 * Check, in this browser, that the page's longtask observer sees work done in another world of
 * the page, as the content script's is: a task of PROBE_MS busy in an isolated world (made over
 * the DevTools protocol and scheduled with setTimeout, so it is a task of its own) must show up.
 * Without this, "no long task" could mean the observer was blind.
 */
export async function probeLongTasks(ext: ExtensionBrowser, url: string): Promise<ProbeResult> {
  const page = await ext.context.newPage();
  try {
    await page.addInitScript(installLongTaskObserver, LONG_TASKS_KEY);
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(settle, 200);
    const cdp = await ext.context.newCDPSession(page);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'linkscout-bench-probe' });
    const { now: from } = await page.evaluate(readLongTasks, LONG_TASKS_KEY);
    await cdp.send('Runtime.evaluate', {
      contextId: executionContextId,
      expression: `setTimeout(() => { const end = performance.now() + ${PROBE_MS}; while (performance.now() < end) {} }, 0)`,
    });
    await page.evaluate(settle, 100);
    const { tasks } = await page.evaluate(readLongTasks, LONG_TASKS_KEY);
    await cdp.detach();
    const seenMs = Math.max(0, ...tasks.filter((t) => t.start >= from).map((t) => t.duration));
    return { seenMs, ok: seenMs >= PROBE_MS };
  } finally {
    await page.close();
  }
}
