/**
 * Placement eval on the real-page corpus (../shared/corpus): runs the analysis on every page,
 * labels links "in main content" by the corpus README's text rule, and prints precision,
 * recall and F1 of `content` per set (aeb; wcxb-dev per page type) and overall.
 *
 *   npx tsx scripts/eval-placement.ts [--engine chromium|dom] [--set aeb|wcxb] [--limit N]
 *                                     [--id PAGE_ID] [--worst N] [--json] [--dump FILE]
 *
 * --engine chromium (default): Debian's Chromium with layout, page JavaScript off, every request
 *   not to the local page server blocked. --engine dom: linkedom, no layout (fast).
 * --id prints every link of one page with its label and placement (for tuning).
 * --dump writes every link of every page as a JSON line (page, type, label, placement, reason,
 *   text, href) for error analysis across the corpus.
 */
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  corpusExists,
  corpusRoot,
  labelLink,
  loadCorpus,
  readPageHtml,
  type CorpusPage,
  type CorpusSet,
} from './lib/corpus';
import type { PageRun } from './lib/eval-run';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  engine: 'chromium' | 'dom';
  sets: CorpusSet[];
  limit: number;
  id: string | null;
  worst: number;
  json: boolean;
  concurrency: number;
  /** Write every scored link as one JSON line to this file (for offline error analysis). */
  dump: string | null;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { engine: 'chromium', sets: ['aeb', 'wcxb'], limit: Infinity, id: null, worst: 8, json: false, concurrency: 2, dump: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? '';
    switch (flag) {
      case '--engine': {
        const v = value();
        if (v !== 'chromium' && v !== 'dom') fail(`--engine must be chromium or dom, not '${v}'`);
        opts.engine = v;
        break;
      }
      case '--set': {
        const v = value();
        if (v !== 'aeb' && v !== 'wcxb') fail(`--set must be aeb or wcxb, not '${v}'`);
        opts.sets = [v];
        break;
      }
      case '--limit':
        opts.limit = Math.max(1, Number(value()) || 1);
        break;
      case '--id':
        opts.id = value();
        break;
      case '--worst':
        opts.worst = Math.max(0, Number(value()) || 0);
        break;
      case '--concurrency':
        opts.concurrency = Math.max(1, Number(value()) || 1);
        break;
      case '--json':
        opts.json = true;
        break;
      case '--dump':
        opts.dump = value();
        break;
      case '--help':
      case '-h':
        console.log('usage: eval-placement [--engine chromium|dom] [--set aeb|wcxb] [--limit N] [--id PAGE] [--worst N] [--json] [--dump FILE]');
        process.exit(0);
        break;
      default:
        fail(`unknown argument '${arg}'`);
    }
  }
  return opts;
}

function fail(message: string): never {
  console.error(`eval-placement: ${message}`);
  process.exit(2);
}


interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

interface PageResult extends Counts {
  page: CorpusPage;
  links: number;
  labelled: number;
  /** Links not scored because they are hidden. */
  hidden: number;
  layout: boolean;
  analysisMs: number;
  error?: string;
  /** Most frequent reasons behind wrong calls. */
  fpReasons: Record<string, number>;
  fnReasons: Record<string, number>;
  /** False content among links with no text of their own (labelled by their image alt). */
  fpTextless: number;
}

function score(c: Counts) {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function add(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
  into.tn += c.tn;
}

function evaluate(page: CorpusPage, run: PageRun): PageResult {
  const r: PageResult = { page, tp: 0, fp: 0, fn: 0, tn: 0, links: run.links.length, labelled: 0, hidden: 0, layout: run.layout, analysisMs: run.analysisMs, fpReasons: {}, fnReasons: {}, fpTextless: 0 };
  for (const link of run.links) {
    // Ground truth is the text a reader sees: hidden links are reported as hidden, not scored here.
    if (!link.visible) {
      r.hidden++;
      continue;
    }
    const label = labelLink(page.truth, link.span);
    if (label === null) continue;
    r.labelled++;
    const predicted = link.placement === 'content';
    if (predicted && label) r.tp++;
    else if (predicted) {
      r.fp++;
      if (link.textless) r.fpTextless++;
      r.fpReasons[link.reason] = (r.fpReasons[link.reason] ?? 0) + 1;
    } else if (label) {
      r.fn++;
      const key = `${link.placement}: ${link.reason}`;
      r.fnReasons[key] = (r.fnReasons[key] ?? 0) + 1;
    } else r.tn++;
  }
  return r;
}

// ---------------------------------------------------------------------------------------------
// Engines.

type Engine = { run(page: CorpusPage, html: string, worker: number): Promise<PageRun>; close(): Promise<void> };

async function domEngine(): Promise<Engine> {
  const { parseHTML } = await import('linkedom');
  const { runOnDocument } = await import('./lib/eval-run');
  // Tuning loops: LS_TUNE='{"descend":0.7}' overrides the model's knobs (dom engine only).
  if (process.env.LS_TUNE) {
    const { TUNING } = await import('../utils/analysis/placement/main-content');
    Object.assign(TUNING, JSON.parse(process.env.LS_TUNE));
  }
  return {
    async run(page, html) {
      const { document } = parseHTML(html) as unknown as { document: Document };
      return runOnDocument(document, page.url, false);
    },
    async close() {},
  };
}

/** The analysis and the labelling walk, bundled for the page (Node modules stubbed out). */
async function bundleForPage(): Promise<string> {
  const { build } = await import('esbuild');
  const entry = `
    import { runOnDocument } from './scripts/lib/eval-run';
    export function run(url) { return runOnDocument(document, url, true); }`;
  const out = await build({
    stdin: { contents: entry, resolveDir: repoRoot, loader: 'ts', sourcefile: 'eval-entry.ts' },
    bundle: true,
    format: 'iife',
    globalName: '__linkscoutEval',
    platform: 'browser',
    target: 'chrome110',
    write: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'stub-node-builtins',
        setup(b) {
          b.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: 'node-stub' }));
          b.onLoad({ filter: /.*/, namespace: 'node-stub' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
        },
      },
    ],
  });
  return out.outputFiles[0]!.text;
}

async function chromiumEngine(): Promise<Engine> {
  const { chromium } = await import('@playwright/test');
  type Page = import('@playwright/test').Page;
  const code = await bundleForPage();
  const pagesHtml = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const html = pagesHtml.get((req.url ?? '').split('?')[0] ?? '');
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  let seq = 0;
  // One context and tab per worker, reused from page to page (a new context per page is slow).
  const tabs = new Map<number, Page>();
  async function tabFor(worker: number): Promise<Page> {
    const existing = tabs.get(worker);
    if (existing && !existing.isClosed()) return existing;
    // Page scripts off: saved pages' scripts must not rewrite the DOM (evaluate still runs).
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1366, height: 900 } });
    await context.route('**/*', (route) => (route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort()));
    const tab = await context.newPage();
    tabs.set(worker, tab);
    return tab;
  }
  return {
    async run(page, html, worker) {
      const path = `/page/${++seq}-${page.id.slice(0, 16)}.html`;
      pagesHtml.set(path, html);
      const tab = await tabFor(worker);
      try {
        await tab.goto(origin + path, { waitUntil: 'load', timeout: 30_000 }).catch(() => tab.waitForLoadState('domcontentloaded'));
        await tab.evaluate(code);
        return (await tab.evaluate(`__linkscoutEval.run(${JSON.stringify(page.url)})`)) as PageRun;
      } catch (e) {
        // A page that broke its tab gets a fresh one next time.
        await tab.context().close().catch(() => {});
        tabs.delete(worker);
        throw e;
      } finally {
        pagesHtml.delete(path);
      }
    },
    async close() {
      await browser.close();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

// ---------------------------------------------------------------------------------------------

function fmt(n: number): string {
  return n.toFixed(3);
}

function topEntries(r: Record<string, number>, n: number): string {
  return Object.entries(r)
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${v}× ${k || '(no reason)'}`)
    .join('; ');
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const root = corpusRoot(repoRoot);
  if (!corpusExists(root)) {
    console.log(`eval-placement: no corpus at ${root}; nothing to evaluate (skipped).`);
    return;
  }
  let pages = loadCorpus(root, opts.sets);
  if (opts.id) pages = pages.filter((p) => p.id === opts.id || p.id.startsWith(opts.id!));
  if (Number.isFinite(opts.limit)) {
    pages = opts.sets.flatMap((set) => {
      const of = pages.filter((p) => p.set === set);
      // An even sample across the set (every k-th page) rather than the first N.
      const step = of.length / Math.min(opts.limit, of.length);
      return Array.from({ length: Math.min(opts.limit, of.length) }, (_, i) => of[Math.floor(i * step)]!);
    });
  }
  if (pages.length === 0) {
    console.log('eval-placement: no pages matched.');
    return;
  }

  const started = performance.now();
  const engine = opts.engine === 'dom' ? await domEngine() : await chromiumEngine();
  const results: PageResult[] = [];
  const dumpLines: string[] | null = opts.dump ? [] : null;
  let next = 0;
  let done = 0;
  const log = (s: string) => (opts.json ? process.stderr.write(s) : process.stdout.write(s));

  async function worker(id: number): Promise<void> {
    while (next < pages.length) {
      const page = pages[next++]!;
      let result: PageResult;
      try {
        const run = await engine.run(page, readPageHtml(page), id);
        result = evaluate(page, run);
        if (opts.id) printLinks(page, run);
        if (dumpLines) dumpLinks(dumpLines, page, run);
      } catch (e) {
        result = { page, tp: 0, fp: 0, fn: 0, tn: 0, links: 0, labelled: 0, hidden: 0, layout: false, analysisMs: 0, fpReasons: {}, fnReasons: {}, fpTextless: 0, error: String(e).slice(0, 300) };
      }
      results.push(result);
      done++;
      if (!opts.id && (done % 20 === 0 || done === pages.length)) log(`\r${opts.engine}: ${done}/${pages.length} pages`);
    }
  }
  try {
    await Promise.all(Array.from({ length: opts.engine === 'dom' ? 1 : opts.concurrency }, (_, id) => worker(id)));
  } finally {
    await engine.close();
  }
  if (!opts.id) log('\n');
  if (opts.dump && dumpLines) writeFileSync(opts.dump, dumpLines.join('\n') + '\n');
  const seconds = (performance.now() - started) / 1000;

  // Aggregate: aeb; wcxb per page type and overall; everything.
  const groups = new Map<string, Counts & { pages: number }>();
  const bump = (key: string, r: PageResult) => {
    const g = groups.get(key) ?? { tp: 0, fp: 0, fn: 0, tn: 0, pages: 0 };
    add(g, r);
    g.pages++;
    groups.set(key, g);
  };
  for (const r of results) {
    if (r.error) continue;
    if (r.page.set === 'aeb') bump('aeb', r);
    else {
      bump(`wcxb/${r.page.pageType}`, r);
      bump('wcxb', r);
    }
    bump('overall', r);
  }
  const keys = [...groups.keys()].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  const errors = results.filter((r) => r.error);
  const analysisMs = results.reduce((s, r) => s + r.analysisMs, 0);
  const slowest = [...results].sort((a, b) => b.analysisMs - a.analysisMs)[0];
  const scored = results.filter((r) => !r.error && r.tp + r.fp + r.fn > 0).map((r) => ({ r, ...score(r) }));
  const worst = scored.sort((a, b) => a.f1 - b.f1 || b.r.fp + b.r.fn - (a.r.fp + a.r.fn)).slice(0, opts.worst);

  if (opts.json) {
    console.log(
      JSON.stringify(
        {
          engine: opts.engine,
          seconds,
          pages: results.length,
          errors: errors.map((r) => ({ id: r.page.id, error: r.error })),
          groups: Object.fromEntries(keys.map((k) => [k, { ...groups.get(k)!, ...score(groups.get(k)!) }])),
          perPage: results.map((r) => ({ set: r.page.set, id: r.page.id, type: r.page.pageType, layout: r.layout, links: r.links, labelled: r.labelled, tp: r.tp, fp: r.fp, fn: r.fn, tn: r.tn, analysisMs: Math.round(r.analysisMs), ...(r.error ? { error: r.error } : {}) })),
        },
        null,
        1,
      ),
    );
    return;
  }

  console.log(`\nPlacement eval — engine ${opts.engine}, ${results.length} pages in ${seconds.toFixed(1)} s (analysis ${Math.round(analysisMs)} ms in total${slowest ? `, slowest ${Math.round(slowest.analysisMs)} ms on ${slowest.page.id.slice(0, 12)} (${slowest.links} links)` : ''})`);
  if (opts.engine === 'chromium' && results.some((r) => !r.error && !r.layout)) console.log('warning: some pages ran without layout');
  console.log(`\n${'set'.padEnd(22)}${'pages'.padStart(6)}${'links'.padStart(9)}${'P'.padStart(8)}${'R'.padStart(8)}${'F1'.padStart(8)}`);
  for (const k of keys) {
    const g = groups.get(k)!;
    const s = score(g);
    const label = k === 'overall' ? 'OVERALL' : k;
    console.log(`${label.padEnd(22)}${String(g.pages).padStart(6)}${String(g.tp + g.fp + g.fn + g.tn).padStart(9)}${fmt(s.precision).padStart(8)}${fmt(s.recall).padStart(8)}${fmt(s.f1).padStart(8)}`);
  }
  const allFp: Record<string, number> = {};
  const allFn: Record<string, number> = {};
  for (const r of results) {
    for (const [k, v] of Object.entries(r.fpReasons)) allFp[k] = (allFp[k] ?? 0) + v;
    for (const [k, v] of Object.entries(r.fnReasons)) allFn[k] = (allFn[k] ?? 0) + v;
  }
  const fp = results.reduce((n, r) => n + r.fp, 0);
  const fpTextless = results.reduce((n, r) => n + r.fpTextless, 0);
  // The labelling rule gives an image link its alt, which the ground truth rarely holds.
  console.log(`\nFalse content: ${fp}, of which ${fpTextless} links without text of their own (labelled by their image alt)`);
  console.log(`Top reasons of false content: ${topEntries(allFp, 6)}`);
  console.log(`Top reasons of missed content: ${topEntries(allFn, 10)}`);
  if (worst.length > 0) {
    console.log(`\nWorst pages (content F1):`);
    for (const w of worst) {
      console.log(`  ${w.r.page.set}/${w.r.page.id.slice(0, 12)} ${w.r.page.pageType} F1 ${fmt(w.f1)} (tp ${w.r.tp}, fp ${w.r.fp}, fn ${w.r.fn}) ${w.r.page.url.slice(0, 90)}`);
      if (w.r.fp) console.log(`      false content: ${topEntries(w.r.fpReasons, 3)}`);
      if (w.r.fn) console.log(`      missed content: ${topEntries(w.r.fnReasons, 3)}`);
    }
  }
  if (errors.length > 0) {
    console.log(`\n${errors.length} page(s) failed:`);
    for (const e of errors.slice(0, 10)) console.log(`  ${e.page.set}/${e.page.id.slice(0, 12)}: ${e.error}`);
  }
}

function order(key: string): number {
  if (key === 'aeb') return 0;
  if (key.startsWith('wcxb/')) return 1;
  if (key === 'wcxb') return 2;
  return 3;
}

function printLinks(page: CorpusPage, run: PageRun): void {
  console.log(`${page.set}/${page.id} ${page.pageType} ${page.url} layout=${run.layout} words=${run.wordCount}`);
  for (const l of run.links) {
    const label = labelLink(page.truth, l.span);
    const pred = l.placement === 'content';
    const mark = label === null ? ' ' : label === pred ? '.' : label ? 'N' : 'P';
    console.log(`${mark} ${label === null ? '?' : label ? 'C' : '-'} ${l.placement.padEnd(10)} ${l.span.text.slice(0, 40).padEnd(40)} | ${l.reason}`);
  }
}

function dumpLinks(into: string[], page: CorpusPage, run: PageRun): void {
  run.links.forEach((l, n) => {
    const label = l.visible ? labelLink(page.truth, l.span) : null;
    into.push(JSON.stringify({ set: page.set, id: page.id, type: page.pageType, words: run.wordCount, n, label, visible: l.visible, placement: l.placement, reason: l.reason, textless: l.textless, text: l.span.text.slice(0, 60), href: l.href }));
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
