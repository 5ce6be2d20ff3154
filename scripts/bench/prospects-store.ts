import { build } from 'esbuild';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { buildExtension, buildStatus, launchExtension, ROOT, type ExtensionBrowser } from '../lib/extension-browser';
import { QUERY_SHAPES } from './prospect-generator';
import type { BenchApi, StepResult } from './store-bench-page';

/**
 * The prospects store at scale, in real Chromium: bulk insert, every dashboard query shape,
 * bulk edits, delete/undo, export and import, run by the project's own store modules inside an
 * extension page (its origin's IndexedDB, its own database name, so a user's data is never
 * touched). Queries are timed three times and the median kept.
 *
 *   npx tsx scripts/bench/prospects-store.ts [--rows N] [--runs R] [--json] [--build]
 *
 * --build rebuilds the extension first (otherwise only when none is built: the store code comes
 * from the bundle below, the build only provides the extension origin).
 */

interface Options {
  rows: number;
  runs: number;
  json: boolean;
  build: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { rows: 100_000, runs: 3, json: false, build: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): number => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n <= 0) throw new Error(`${arg} needs a positive whole number`);
      return n;
    };
    if (arg === '--rows') opts.rows = value();
    else if (arg === '--runs') opts.runs = value();
    else if (arg === '--json') opts.json = true;
    else if (arg === '--build') opts.build = true;
    else throw new Error(`Unknown argument ${arg}. Usage: prospects-store.ts [--rows N] [--runs R] [--json] [--build]`);
  }
  return opts;
}

/** The page-side module and the store it imports, as one script to evaluate. */
async function pageScript(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(ROOT, 'scripts/bench/store-bench-page.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error('esbuild produced no output');
  return file.text;
}

export interface Measurement {
  step: string;
  /** Median over the runs (one run for steps that change the data). */
  ms: number;
  runs: number[];
  detail: string;
}

type StepName = { [K in keyof BenchApi]: BenchApi[K] extends (...args: never[]) => Promise<StepResult> ? K : never }[keyof BenchApi];

function call(page: Page, step: StepName, args: unknown[]): Promise<StepResult> {
  return page.evaluate(
    ([s, a]) => {
      const bench = (globalThis as unknown as { linkscoutBench: Record<string, (...x: unknown[]) => Promise<StepResult>> }).linkscoutBench;
      const fn = bench[s];
      if (!fn) throw new Error(`No bench step ${s}`);
      return fn(...a);
    },
    [step, args] as const,
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Which steps to run: everything (this script), or what `npm run bench` budgets (insert, the dashboard's filtered queries, CSV export). */
export type StorePlan = { kind: 'all' } | { kind: 'dashboard'; queries: string[] };

/**
 * Run the store steps in an extension page of an already launched browser (its own database,
 * deleted afterwards) and return each step's time. Progress goes to `log`.
 */
export async function runStoreBench(
  ext: ExtensionBrowser,
  opts: { rows: number; runs: number; plan: StorePlan },
  log: (line: string) => void,
): Promise<Measurement[]> {
  const script = await pageScript();
  const results: Measurement[] = [];
  const page = await ext.context.newPage();
  try {
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.evaluate(script);
    await page.evaluate(() => (globalThis as unknown as { linkscoutBench: BenchApi }).linkscoutBench.reset());

    const once = async (step: string, name: StepName, ...args: unknown[]): Promise<void> => {
      log(`… ${step}`);
      const r = await call(page, name, args);
      results.push({ step, ms: r.ms, runs: [r.ms], detail: r.detail });
      log(`  ${r.ms.toFixed(1)} ms, ${r.detail}`);
    };
    const repeated = async (step: string, name: StepName, ...args: unknown[]): Promise<void> => {
      log(`… ${step}`);
      const runs: StepResult[] = [];
      for (let i = 0; i < opts.runs; i++) runs.push(await call(page, name, args));
      const times = runs.map((r) => r.ms);
      results.push({ step, ms: median(times), runs: times, detail: runs[0]?.detail ?? '' });
      log(`  ${times.map((t) => t.toFixed(1)).join(' / ')} ms, ${runs[0]?.detail ?? ''}`);
    };

    await once(`insert ${opts.rows} (importProspects, empty store)`, 'insert', opts.rows);
    if (opts.plan.kind === 'dashboard') {
      // Once: a dashboard opens once, and its first query (loading the listing) is what a user waits for.
      await once('open dashboard: first query + getRows(50)', 'openDashboard', 'all, lastChecked desc');
      for (const shape of opts.plan.queries) await repeated(`query: ${shape}`, 'query', shape);
      await once('export CSV text', 'exportCsv');
    } else {
      await repeated('open dashboard: first query + getRows(50)', 'openDashboard', 'all, lastChecked desc');
      for (const shape of Object.keys(QUERY_SHAPES)) await repeated(`query: ${shape}`, 'query', shape);
      await repeated('liveQuery: all, lastChecked desc', 'queryLive', 'all, lastChecked desc');
      await repeated('liveQuery: status=contacted', 'queryLive', 'status=contacted');
      await repeated('first screen: query + getRows(50)', 'firstScreen', 'all, lastChecked desc');
      await repeated('getRows(50)', 'getRows', 50);
      await once('setStatuses 10%', 'setStatuses', 0.1, 'replied');
      await once('undoStatuses 10%', 'undoStatuses');
      await once('setStatuses 100%', 'setStatuses', 1, 'won');
      await once('undoStatuses 100%', 'undoStatuses');
      await once('deleteProspects 1,000', 'deleteProspects', 1000);
      await once('restoreProspects 1,000', 'restoreProspects');
      await once('export pass (iterateProspects)', 'exportPass');
      await once('export CSV text', 'exportCsv');
      await once(`importProspects ${opts.rows} (half new, half stored)`, 'importMixed', opts.rows);
    }
    const counts = await page.evaluate(() => (globalThis as unknown as { linkscoutBench: BenchApi }).linkscoutBench.counts());
    log(`After the run: ${counts}`);
    await page.evaluate(() => (globalThis as unknown as { linkscoutBench: BenchApi }).linkscoutBench.close());
  } finally {
    await page.close().catch(() => undefined);
  }
  return results;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const status = buildStatus();
  if (opts.build || !status.built) {
    log('Building the extension (npx wxt build)…');
    await buildExtension();
  }
  const ext = await launchExtension();
  const version = ext.context.browser()?.version() ?? 'unknown';
  let results: Measurement[];
  try {
    results = await runStoreBench(ext, { rows: opts.rows, runs: opts.runs, plan: { kind: 'all' } }, log);
  } finally {
    await ext.close();
  }

  if (opts.json) {
    process.stdout.write(
      `${JSON.stringify({ rows: opts.rows, runs: opts.runs, chromium: version, cpus: os.cpus().length, results }, null, 2)}\n`,
    );
    return;
  }
  const width = Math.max(...results.map((r) => r.step.length));
  console.log(`Prospects store, ${opts.rows} rows, Chromium ${version}, ${os.cpus().length} CPUs (median of ${opts.runs} for repeated steps)\n`);
  console.log(`${'step'.padEnd(width)}  ${'ms'.padStart(9)}  detail`);
  for (const r of results) console.log(`${r.step.padEnd(width)}  ${r.ms.toFixed(1).padStart(9)}  ${r.detail}`);
}

// Run as a script (npm run bench:store); imported by scripts/bench/bench.ts for runStoreBench only.
if (path.resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
