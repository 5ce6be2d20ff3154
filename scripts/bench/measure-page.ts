import type { CDPSession, Page } from '@playwright/test';
import { liveWorker, stopServiceWorker, type ExtensionBrowser } from '../lib/extension-browser';
import { installLongTaskObserver, LONG_TASKS_KEY, measureChecksFloor, measureFloor, readLongTasks, settle, type FloorResult } from './page-probes';
import { mentionFacts, reportFacts, WAIT_FOR_ANSWER, WAIT_FOR_MENTIONS, type MentionFacts, type PopupAnswer, type ReportFacts } from './popup-probes';
import { longestOverlapping, median } from './stats';
import { ToolbarPopup } from './toolbar-popup';

/** A page the bench measures, served from the loopback server. */
export interface BenchPage {
  name: string;
  url: string;
  /** What it is, for the table's note (sizes, where it comes from). */
  note: string;
  /** Scan it for the bench brands too (the popup does, after the report, when brands are set). */
  mentions: boolean;
}

/** One fresh inspection of the page, as a user's click gives it. */
export interface RunFigures {
  /** Linkscout's service worker was stopped before the click (as after 30 s idle): the popup's request started it. */
  coldWorker: boolean;
  /** The content script's own wall time of the sliced analysis (report.durationMs). */
  analysisMs: number;
  /** The mention scan's wall time (scan.durationMs), when scanned. */
  mentionsMs: number | null;
  mentions: number | null;
  /** Longest main-thread task from the click to the last answer, 0 when none over 50 ms. */
  longestTaskMs: number;
  /** V8 heap growth of the page's isolate (page and content script), after GC, in bytes. */
  heapGrowth: number;
  /** From the popup's document starting to its verdict painted: Linkscout's share of the wait. */
  popupToVerdictMs: number;
  /** From the click to the verdict painted: what the user waits, the browser opening the popup included. */
  clickToVerdictMs: number;
  /** Whether a frame came after the verdict was rendered (false: popupMs is when it was put in the DOM). */
  popupPainted: boolean;
  links: number;
  truncated: boolean;
  /** The page's floor in the same document, after the analysis (see measureFloor): one cold pass, as the analysis' is. */
  floorMs: number;
  floorLinks: number;
  floorTextNodes: number;
  /** The reads the report's required checks need, with none of its logic (see measureChecksFloor), in a fresh isolated world after the floor. */
  checksMs: number;
}

export interface PageFigures {
  name: string;
  note: string;
  runs: RunFigures[];
  /**
   * Medians over the runs with a warm worker, except the longest task: the longest of any run,
   * cold ones too (the budget is about every task).
   */
  summary: Omit<RunFigures, 'coldWorker' | 'truncated' | 'links' | 'popupPainted' | 'floorLinks' | 'floorTextNodes'> & {
    /** popup→verdict, median over the runs with the worker stopped first; null when there were none. */
    coldPopupToVerdictMs: number | null;
  };
  links: number;
  truncated: boolean;
  /** Why the page could not be measured (then there are no runs). */
  error: string | null;
}

/** Wait for a promise at most `ms`, ignoring how it ends. */
async function settleWithin(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([p.catch(() => undefined), new Promise((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function tabIdOf(ext: ExtensionBrowser, url: string): Promise<number> {
  // After a stop the worker is a new one, started by the popup's request.
  const id = await (await liveWorker(ext)).evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, url);
  if (id == null) throw new Error(`The extension cannot see the tab of ${url}`);
  return id;
}

/** Open the page in this tab, fresh (a new document: no content script, no report kept), and let it settle. */
async function load(page: Page, url: string): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  if (response && response.status() >= 400) throw new Error(`HTTP ${response.status()} for ${url}`);
  await page.evaluate(settle, 300);
}

/**
 * Run a probe (a self-contained function of page-probes.ts) as a content script would pay it: in
 * an isolated world of its own, created for this pass. Chromium keeps a DOM node's main-world
 * wrapper inside the node but every other world's in a table, so a first touch of each node costs
 * an extension about three times what it costs the page's own scripts; a probe run in the main
 * world would hide that.
 */
async function inIsolatedWorld<T>(cdp: CDPSession, probe: () => T, name: string): Promise<T> {
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `linkscout-bench-${name}` })) as {
    executionContextId: number;
  };
  const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
    expression: `(${probe.toString()})()`,
    contextId: executionContextId,
    returnByValue: true,
  })) as { result: { value?: T }; exceptionDetails?: { text: string } };
  if (exceptionDetails || !result.value) throw new Error(`the ${name} pass failed: ${exceptionDetails?.text ?? 'no value'}`);
  return result.value;
}

/**
 * One run: load the page, take the heap, press the toolbar button, wait for the popup's answer
 * (and the mentions, when asked), then read the report, the page's long tasks and the heap, and
 * last the page's floor. The floor runs after the analysis so it cannot disturb it, in a fresh
 * isolated world of this document: a first pass, in the conditions of the content script's.
 */
async function measureRun(ext: ExtensionBrowser, page: Page, cdp: CDPSession, url: string, mentions: boolean, coldWorker: boolean): Promise<RunFigures> {
  await load(page, url);
  const heapBefore = await heapUsed(cdp);
  const { now: from } = await page.evaluate(readLongTasks, LONG_TASKS_KEY);
  // Right before the click: any tab event since would have started the worker again.
  if (coldWorker) await stopServiceWorker(ext, { waitGone: true });
  const popup = await ToolbarPopup.open(ext, page);
  try {
    const answer = await popup.evaluate<PopupAnswer>(WAIT_FOR_ANSWER);
    if (answer.testId !== 'verdict') throw new Error(`the popup showed ${answer.testId}, not a verdict`);
    let scan: MentionFacts | null = null;
    const tabId = await tabIdOf(ext, url);
    if (mentions) {
      await popup.evaluate<string>(WAIT_FOR_MENTIONS);
      scan = await popup.evaluate<MentionFacts>(mentionFacts(tabId));
      if (!scan.ok) throw new Error('the page has no mention scan after the popup asked for one');
    }
    const report = await popup.evaluate<ReportFacts>(reportFacts(tabId));
    if (!report.ok) throw new Error(`no report: ${report.error}`);
    if (report.url !== url) throw new Error(`the report is of ${report.url}, not of this run's ${url}`);
    const { now: to, tasks } = await page.evaluate(readLongTasks, LONG_TASKS_KEY);
    const heapAfter = await heapUsed(cdp);
    const floor = await inIsolatedWorld<FloorResult>(cdp, measureFloor, 'floor');
    const checks = await inIsolatedWorld(cdp, measureChecksFloor, 'checks');
    return {
      coldWorker,
      analysisMs: report.durationMs,
      mentionsMs: scan?.durationMs ?? null,
      mentions: scan?.mentions ?? null,
      longestTaskMs: longestOverlapping(tasks, from, to),
      heapGrowth: heapAfter - heapBefore,
      popupToVerdictMs: answer.at - answer.origin,
      clickToVerdictMs: answer.at - popup.clickedAt,
      popupPainted: answer.painted,
      links: report.links,
      truncated: report.truncated,
      floorMs: floor.ms,
      floorLinks: floor.links,
      floorTextNodes: floor.textNodes,
      checksMs: checks.ms,
    };
  } finally {
    await popup.close();
  }
}

/**
 * Measure one page: `runs` fresh inspections, then `coldRuns` more with the service worker
 * stopped before the click, each in a new tab (a distinct URL each, so the tab is found by it).
 */
export async function measurePage(ext: ExtensionBrowser, bench: BenchPage, runs: number, coldRuns: number, log: (line: string) => void): Promise<PageFigures> {
  const origin = new URL(bench.url).origin;
  const withQuery = (q: string) => `${bench.url}${bench.url.includes('?') ? '&' : '?'}${q}`;
  const figures: PageFigures = {
    name: bench.name,
    note: bench.note,
    runs: [],
    summary: {
      analysisMs: NaN,
      mentionsMs: null,
      mentions: null,
      longestTaskMs: NaN,
      heapGrowth: NaN,
      popupToVerdictMs: NaN,
      clickToVerdictMs: NaN,
      floorMs: NaN,
      checksMs: NaN,
      coldPopupToVerdictMs: null,
    },
    links: 0,
    truncated: false,
    error: null,
  };
  let stage = 'starting';
  try {
    for (let i = 1; i <= runs + coldRuns; i++) {
      const cold = i > runs;
      stage = cold ? `run ${i} (worker stopped first)` : `run ${i}`;
      // A tab of its own per run, closed after it: reloading one tab kept earlier documents
      // (back/forward cache) and later runs got slower with the renderer's growing heap.
      const page = await ext.context.newPage();
      // Nothing leaves the machine: a saved page's own resources point elsewhere and are refused.
      await page.route('**/*', (route) => (route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort('blockedbyclient')));
      await page.addInitScript(installLongTaskObserver, LONG_TASKS_KEY);
      const cdp = await ext.context.newCDPSession(page);
      try {
        const run = await measureRun(ext, page, cdp, withQuery(`run=${i}`), bench.mentions, cold);
        figures.runs.push(run);
        log(
          `  ${bench.name} run ${i}${cold ? ' (worker stopped first)' : ''}: analysis ${run.analysisMs} ms${run.mentionsMs !== null ? `, mentions ${run.mentionsMs} ms` : ''}, ` +
            `floor ${run.floorMs.toFixed(1)} ms (${run.floorLinks} links, ${run.floorTextNodes} text nodes), checks ${run.checksMs.toFixed(1)} ms, longest task ${run.longestTaskMs.toFixed(0)} ms, heap +${(run.heapGrowth / 1e6).toFixed(1)} MB, popup→verdict ${run.popupToVerdictMs.toFixed(0)} ms (click→verdict ${run.clickToVerdictMs.toFixed(0)} ms${run.popupPainted ? '' : ', no frame came'})`,
        );
      } finally {
        // After a renderer crash these can wait forever: give them a moment, then move on.
        await settleWithin(cdp.detach(), 5_000);
        await settleWithin(page.close(), 5_000);
      }
    }
  } catch (err) {
    figures.error = `${stage}: ${err instanceof Error ? (err.message.split('\n')[0] ?? err.message) : String(err)}`;
    log(`  ${bench.name}: ${figures.error}`);
  }
  const warm = figures.runs.filter((r) => !r.coldWorker);
  const cold = figures.runs.filter((r) => r.coldWorker);
  const pick = (f: (r: RunFigures) => number) => median(warm.map(f));
  const scanned = warm.filter((r) => r.mentionsMs !== null);
  figures.summary = {
    analysisMs: pick((r) => r.analysisMs),
    mentionsMs: scanned.length ? median(scanned.map((r) => r.mentionsMs as number)) : null,
    mentions: scanned.length ? median(scanned.map((r) => r.mentions as number)) : null,
    longestTaskMs: figures.runs.length ? Math.max(...figures.runs.map((r) => r.longestTaskMs)) : NaN,
    heapGrowth: pick((r) => r.heapGrowth),
    popupToVerdictMs: pick((r) => r.popupToVerdictMs),
    clickToVerdictMs: pick((r) => r.clickToVerdictMs),
    floorMs: pick((r) => r.floorMs),
    checksMs: pick((r) => r.checksMs),
    coldPopupToVerdictMs: cold.length ? median(cold.map((r) => r.popupToVerdictMs)) : null,
  };
  figures.links = figures.runs[0]?.links ?? 0;
  figures.truncated = figures.runs.some((r) => r.truncated);
  return figures;
}
