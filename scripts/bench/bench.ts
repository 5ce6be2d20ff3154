/**
 * `npm run bench` (npx tsx scripts/bench/bench.ts): page analysis, bundle sizes and the
 * prospects store, measured with the real built extension in headless Chromium, each figure
 * beside its budget (issue 5). See docs/performance.md, "Page analysis", for what each column
 * means and how it is measured.
 *
 * The build is copied to a private folder before the browser starts, so a rebuild by someone
 * else during the run cannot change what is measured.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildExtension, buildStatus, EXTENSION_DIR, launchExtension, ROOT, type ExtensionBrowser } from '../lib/extension-browser';
import { startStaticServer } from '../lib/static-server';
import { BENCH_USAGE, parseBenchArgs, type BenchArgs } from './bench-args';
import { benchBrands } from './bench-brands';
import { planPages, servePages } from './bench-pages';
import { anyFailed, checkBudgets, floorRatio, LIMITS, popupWithinBudget, TEN_K_PAGE, type BudgetResult } from './budgets';
import { bundleSizes, GZIP_LEVEL, type BundleSize } from './bundle-sizes';
import { probeLongTasks, type ProbeResult } from './longtask-probe';
import { measurePage, type PageFigures } from './measure-page';
import { runStoreBench, type Measurement } from './prospects-store';
import { formatBytes, formatCount, formatMs, mark, table } from './report-table';
import { runMain } from '../lib/run-main';

/** The dashboard's filtered queries the store budget is judged on (shapes of prospect-generator.ts). */
const STORE_QUERIES = ['status=contacted', 'verdict=strong + type=resource', 'status=contacted + text'];
const STORE_RUNS = 3;

interface Machine {
  cores: number;
  chromium: string;
  node: string;
  loadAverageStart: number[];
  loadAverageEnd: number[];
}

interface BenchResult {
  machine: Machine;
  runs: number;
  coldRuns: number;
  longTaskProbe: ProbeResult | null;
  notes: string[];
  pages: PageFigures[];
  bundles: { build: string; gzipLevel: number; sizes: BundleSize[] }[];
  store: { rows: number; steps: Measurement[] } | null;
  budgets: BudgetResult[];
}

const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** Build when asked, or when the build is missing or older than the sources (as inspect does), then copy it aside. */
async function privateBuild(args: BenchArgs): Promise<{ dir: string; cleanup: () => void }> {
  const status = buildStatus();
  if (args.build || !status.built || (status.stale && !process.env.LINKSCOUT_NO_BUILD)) {
    log(status.built && !args.build ? 'bench: sources changed since the last build, rebuilding…' : 'bench: building the extension…');
    await buildExtension();
  }
  const root = mkdtempSync(path.join(os.tmpdir(), 'linkscout-bench-'));
  const dir = path.join(root, 'chrome-mv3');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`Copying ${EXTENSION_DIR} failed (someone rebuilding it?): run again.`);
  return { dir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Store the bench brands (or none) the way the options page does (WXT storage `local:settings`,
 * version 1; see inspect.ts), from an extension page: the service worker may be stopped after a
 * run that stopped it, and nothing would start it again for a storage write.
 */
async function setBrands(ext: ExtensionBrowser, on: boolean): Promise<void> {
  const { brands, competitorBrands } = on ? benchBrands() : { brands: [], competitorBrands: [] };
  const page = await ext.context.newPage();
  try {
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.evaluate(
      async (value) => {
        await chrome.storage.local.set({ settings: value, settings$: { v: 1 } });
      },
      { mySites: [], competitors: [], topics: [], brands, competitorBrands },
    );
  } finally {
    await page.close();
  }
}

async function run(args: BenchArgs): Promise<BenchResult> {
  const loadAverageStart = os.loadavg();
  const notes: string[] = [];
  const build = await privateBuild(args);
  const pagesDir = mkdtempSync(path.join(os.tmpdir(), 'linkscout-bench-pages-'));
  const server = await startStaticServer();
  let ext: ExtensionBrowser | null = null;
  try {
    const planned = planPages(pagesDir, ROOT, notes);
    if (args.only) {
      const unknown = args.only.filter((n) => !planned.some((p) => p.name === n));
      if (unknown.length) throw new Error(`No page named ${unknown.join(', ')}. Pages: ${planned.map((p) => p.name).join(', ')}`);
    }
    log('bench: writing the pages…');
    const pages = servePages(
      planned.filter((p) => !args.only || args.only.includes(p.name)),
      server,
    );

    ext = await launchExtension({ extensionDir: build.dir });
    const chromium = ext.context.browser()?.version() ?? 'unknown';
    const probeUrl = pages[0]?.url;
    const longTaskProbe = probeUrl ? await probeLongTasks(ext, `${probeUrl}?probe`) : null;
    if (longTaskProbe && !longTaskProbe.ok) notes.push(`The longtask probe was not seen (${longTaskProbe.seenMs} ms): "longest task" figures are not trustworthy in this browser.`);

    const figures: PageFigures[] = [];
    for (const page of pages) {
      log(`bench: ${page.name} (${page.note})`);
      if (page.mentions) await setBrands(ext, true);
      figures.push(await measurePage(ext, page, args.runs, args.coldRuns, log));
      if (page.mentions) await setBrands(ext, false);
    }

    let store: BenchResult['store'] = null;
    if (!args.skipStore) {
      log(`bench: prospects store, ${args.rows} rows…`);
      store = { rows: args.rows, steps: await runStoreBench(ext, { rows: args.rows, runs: STORE_RUNS, plan: { kind: 'dashboard', queries: STORE_QUERIES } }, log) };
    }

    const bundles = [{ build: 'chrome-mv3', gzipLevel: GZIP_LEVEL, sizes: bundleSizes(build.dir) }];
    const firefox = path.join(ROOT, '.output/firefox-mv2');
    if (existsSync(path.join(firefox, 'manifest.json'))) bundles.push({ build: 'firefox-mv2 (as last built; not rebuilt by the bench)', gzipLevel: GZIP_LEVEL, sizes: bundleSizes(firefox) });

    const budgets = checkBudgets({
      pages: figures.map((f) => ({
        name: f.name,
        analysisMs: f.summary.analysisMs,
        floorMs: f.summary.floorMs,
        longestTaskMs: f.summary.longestTaskMs,
        popupMs: f.summary.popupToVerdictMs,
        coldPopupMs: f.summary.coldPopupToVerdictMs,
        links: f.links,
        truncated: f.truncated,
        error: f.error,
      })),
      contentScriptGzip: bundles[0]?.sizes.find((s) => s.entry === 'content script')?.gzip ?? null,
      store: store && {
        rows: store.rows,
        queries: store.steps.filter((s) => s.step.startsWith('query: ')).map((s) => ({ name: s.step.slice('query: '.length), ms: s.ms })),
      },
    });
    return {
      machine: { cores: os.cpus().length, chromium, node: process.version, loadAverageStart, loadAverageEnd: os.loadavg() },
      runs: args.runs,
      coldRuns: args.coldRuns,
      longTaskProbe,
      notes,
      pages: figures,
      bundles,
      store,
      budgets,
    };
  } finally {
    await ext?.close().catch(() => undefined);
    await server.close();
    rmSync(pagesDir, { recursive: true, force: true });
    build.cleanup();
  }
}

function render(r: BenchResult): string {
  const status = (id: BudgetResult['id'], subject: string) => r.budgets.find((b) => b.id === id && b.subject === subject)?.status;
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  const out: string[] = [];
  out.push(
    `Machine: ${r.machine.cores} cores, Chromium ${r.machine.chromium}, Node ${r.machine.node}, ` +
      `load average ${load(r.machine.loadAverageStart)} at start, ${load(r.machine.loadAverageEnd)} at end`,
  );
  if (r.longTaskProbe) out.push(`Longtask probe: a ${r.longTaskProbe.ok ? 'task of an isolated world was seen' : 'task of an isolated world was NOT seen'} (${formatMs(r.longTaskProbe.seenMs)})`);
  for (const n of r.notes) out.push(`Note: ${n}`);

  out.push(
    '',
    `Pages: median of ${r.runs} fresh inspections (floor: one cold pass in each run's document; checks alone: the reads the report's checks need, ` +
      `with none of its logic, and their multiple of the floor; longest task: the worst run)` +
      (r.coldRuns ? `; "worker stopped": median of ${r.coldRuns} more with Linkscout's service worker stopped before the click` : ''),
    '',
  );
  const popupStatus = (ms: number): BudgetResult['status'] => (popupWithinBudget(ms) ? 'pass' : 'fail');
  const rows = r.pages.map((p) => {
    const s = p.summary;
    if (p.error && p.runs.length === 0) return [p.name, '', 'FAILED', '', '', '', '', '', '', '', '', '', `${p.note}; ${p.error}`];
    return [
      p.name,
      formatCount(p.links) + (p.truncated ? ' (truncated)' : ''),
      formatMs(s.analysisMs) + mark(p.name === TEN_K_PAGE ? status('ten-k', p.name) : undefined),
      formatMs(s.floorMs),
      `${floorRatio(s.analysisMs, s.floorMs).toFixed(1)}x${mark(status('floor-ratio', p.name))}`,
      `${formatMs(s.checksMs)} (${floorRatio(s.checksMs, s.floorMs).toFixed(1)}x)`,
      (s.longestTaskMs > 0 ? formatMs(s.longestTaskMs) : 'none') + mark(status('long-task', p.name)),
      `+${formatBytes(s.heapGrowth)}`,
      // The popup budget holds for both columns: each is marked by its own figure.
      formatMs(s.popupToVerdictMs) + mark(p.name === TEN_K_PAGE ? popupStatus(s.popupToVerdictMs) : undefined),
      s.coldPopupToVerdictMs === null ? '' : formatMs(s.coldPopupToVerdictMs) + mark(p.name === TEN_K_PAGE ? popupStatus(s.coldPopupToVerdictMs) : undefined),
      formatMs(s.clickToVerdictMs),
      s.mentionsMs === null ? '' : `${formatMs(s.mentionsMs)} (${formatCount(s.mentions ?? 0)})`,
      p.note + (p.error ? `; stopped: ${p.error}` : ''),
    ];
  });
  out.push(
    table(
      ['page', 'links', 'analysis', 'floor', `ratio ≤${LIMITS.floorRatio}x`, 'checks alone', 'longest task', 'heap growth', 'popup→verdict', 'worker stopped', 'click→verdict', 'mention scan', 'what'],
      rows,
      new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
    ),
  );

  for (const b of r.bundles) {
    out.push('', `Bundles: ${b.build}, gzip level ${b.gzipLevel}, each file on its own`, '');
    out.push(
      table(
        ['entry', 'raw', 'gzip', 'files'],
        [
          ...b.sizes.map((s) => [
            s.entry,
            formatBytes(s.raw),
            formatBytes(s.gzip) + (b.build === 'chrome-mv3' && s.entry === 'content script' ? mark(status('content-gzip', 'content script')) : ''),
            s.files.join(' '),
          ]),
          ...pageScriptsTogether(b.sizes),
        ],
        new Set([1, 2]),
      ),
    );
  }

  if (r.store) {
    out.push('', `Prospects store: ${formatCount(r.store.rows)} rows (queries: median of ${STORE_RUNS})`, '');
    out.push(
      table(
        ['step', 'time', 'detail'],
        r.store.steps.map((s) => [s.step, formatMs(s.ms) + (s.step.startsWith('query: ') ? mark(status('store-query', s.step.slice('query: '.length))) : ''), s.detail]),
        new Set([1]),
      ),
    );
  }

  out.push('', 'Budgets', '');
  out.push(table(['budget', 'subject', 'figure', 'result'], r.budgets.map((b) => [b.budget, b.subject, b.figure, b.status.toUpperCase()])));
  const failed = r.budgets.filter((b) => b.status === 'fail').length;
  const passed = r.budgets.filter((b) => b.status === 'pass').length;
  out.push('', `${passed} passed, ${failed} failed${r.budgets.some((b) => b.status === 'not run') ? `, ${r.budgets.filter((b) => b.status === 'not run').length} not run` : ''}.`);
  return out.join('\n');
}

async function main(): Promise<number> {
  const parsed = parseBenchArgs(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`bench: ${parsed.error}\n\n${BENCH_USAGE}\n`);
    return 2;
  }
  if (parsed.args.help) {
    process.stdout.write(`${BENCH_USAGE}\n`);
    return 0;
  }
  const result = await run(parsed.args);
  process.stdout.write(parsed.args.json ? `${JSON.stringify(result, null, 2)}\n` : `${render(result)}\n`);
  return parsed.args.strict && anyFailed(result.budgets) ? 1 : 0;
}

runMain('bench', main);

/** What a page gets when mentions are asked for too: both page scripts (each compressed on its own), as a row of its own. */
function pageScriptsTogether(sizes: BundleSize[]): string[][] {
  const content = sizes.find((s) => s.entry === 'content script');
  const mentions = sizes.find((s) => s.entry === 'mention script');
  if (!content || !mentions) return [];
  return [['content + mention', formatBytes(content.raw + mentions.raw), formatBytes(content.gzip + mentions.gzip), 'both, when mentions are asked for']];
}
