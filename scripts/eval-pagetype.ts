/**
 * Page-type eval on the real-page corpus (../shared/corpus): runs the analysis (linkedom, no
 * layout) and the scoring on every page, maps the corpus labels to ours (see
 * lib/page-type-labels.ts) and prints accuracy per true type, overall, and a confusion table.
 *
 *   npx tsx scripts/eval-pagetype.ts [--set aeb|wcxb] [--errors N] [--only TYPE] [--id PAGE]
 *
 * --errors N lists the first N wrong calls with their reasons (--only TYPE: of that true type);
 * --id PAGE lists the calls on the pages whose id starts with PAGE.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../utils/analysis/analyze';
import { PAGE_TYPES, type PageType, type PageTypeVerdict } from '../utils/scoring/page-type';
import { scoreReport } from '../utils/scoring/score-report';
import { corpusExists, corpusRoot, loadCorpus, readPageHtml, type CorpusPage, type CorpusSet } from './lib/corpus';
import { expectedPageType } from './lib/page-type-labels';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  sets: CorpusSet[];
  errors: number;
  id: string | null;
  /** Only list wrong calls of this true type. */
  only: PageType | null;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { sets: ['aeb', 'wcxb'], errors: 0, id: null, only: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i] ?? '';
    if (arg === '--set') {
      const v = value();
      if (v !== 'aeb' && v !== 'wcxb') fail(`--set must be aeb or wcxb, not '${v}'`);
      opts.sets = [v];
    } else if (arg === '--errors') opts.errors = Math.max(0, Number(value()) || 0);
    else if (arg === '--id') opts.id = value();
    else if (arg === '--only') {
      const v = value();
      const t = PAGE_TYPES.find((x) => x === v);
      if (!t) fail(`--only must be one of ${PAGE_TYPES.join(', ')}, not '${v}'`);
      opts.only = t;
    }
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: eval-pagetype [--set aeb|wcxb] [--errors N] [--only TYPE] [--id PAGE]');
      process.exit(0);
    } else fail(`unknown argument '${arg}'`);
  }
  return opts;
}

function fail(message: string): never {
  console.error(`eval-pagetype: ${message}`);
  process.exit(2);
}

interface Result {
  page: CorpusPage;
  expected: PageType;
  verdict: PageTypeVerdict;
}

function classify(page: CorpusPage): PageTypeVerdict {
  const { document } = parseHTML(readPageHtml(page)) as unknown as { document: Document };
  const report = analyzeDocument(document, { url: page.url, useLayout: false });
  return scoreReport(report).pageType;
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const root = corpusRoot(repoRoot);
  if (!corpusExists(root)) {
    console.log(`eval-pagetype: no corpus at ${root}; nothing to evaluate (skipped).`);
    return;
  }
  let pages = loadCorpus(root, opts.sets);
  if (opts.id) pages = pages.filter((p) => p.id.startsWith(opts.id!));
  const started = performance.now();
  const results: Result[] = [];
  let failed = 0;
  for (const page of pages) {
    const expected = expectedPageType(page);
    if (!expected) continue;
    try {
      results.push({ page, expected, verdict: classify(page) });
    } catch (e) {
      failed++;
      console.error(`eval-pagetype: ${page.set}/${page.id.slice(0, 12)}: ${String(e).slice(0, 200)}`);
    }
    if (results.length % 50 === 0) process.stdout.write(`\r${results.length}/${pages.length} pages`);
  }
  process.stdout.write('\n');
  const seconds = (performance.now() - started) / 1000;

  const truths = PAGE_TYPES.filter((t) => results.some((r) => r.expected === t));
  const matrix = new Map<string, number>();
  for (const r of results) matrix.set(`${r.expected}>${r.verdict.type}`, (matrix.get(`${r.expected}>${r.verdict.type}`) ?? 0) + 1);
  const cell = (t: PageType, p: PageType) => matrix.get(`${t}>${p}`) ?? 0;

  console.log(`\nPage-type eval — linkedom, no layout, ${results.length} pages in ${seconds.toFixed(1)} s${failed ? `, ${failed} failed` : ''}\n`);
  console.log(`${'true type'.padEnd(12)}${'pages'.padStart(7)}${'correct'.padStart(9)}${'accuracy'.padStart(10)}`);
  let correct = 0;
  for (const t of truths) {
    const n = results.filter((r) => r.expected === t).length;
    const c = cell(t, t);
    correct += c;
    console.log(`${t.padEnd(12)}${String(n).padStart(7)}${String(c).padStart(9)}${fmt(c / n).padStart(10)}`);
  }
  const balanced = truths.reduce((sum, t) => sum + cell(t, t) / results.filter((r) => r.expected === t).length, 0) / Math.max(1, truths.length);
  console.log(`${'OVERALL'.padEnd(12)}${String(results.length).padStart(7)}${String(correct).padStart(9)}${fmt(correct / Math.max(1, results.length)).padStart(10)}`);
  console.log(`${'balanced'.padEnd(28)}${fmt(balanced).padStart(10)}  (mean of per-type accuracy)`);

  console.log(`\nConfusion (rows: true type, columns: predicted)`);
  const w = 11;
  console.log(`${''.padEnd(12)}${PAGE_TYPES.map((p) => p.padStart(w)).join('')}`);
  for (const t of truths) console.log(`${t.padEnd(12)}${PAGE_TYPES.map((p) => String(cell(t, p)).padStart(w)).join('')}`);

  const avgConf = (list: Result[]) => (list.length ? list.reduce((s, r) => s + r.verdict.confidence, 0) / list.length : 0);
  const right = results.filter((r) => r.expected === r.verdict.type);
  const wrong = results.filter((r) => r.expected !== r.verdict.type);
  console.log(`\nMean confidence: ${fmt(avgConf(right))} when right, ${fmt(avgConf(wrong))} when wrong`);

  if (opts.errors > 0 || opts.id) {
    console.log(`\nWrong calls${opts.id ? '' : ` (first ${opts.errors})`}:`);
    const listed = opts.id ? results : wrong.filter((r) => !opts.only || r.expected === opts.only).slice(0, opts.errors);
    for (const r of listed) {
      console.log(`  ${r.page.set}/${r.page.id.slice(0, 12)} ${r.page.pageType} → ${r.verdict.type} (${r.verdict.confidence}) ${r.page.url.slice(0, 90)}`);
      console.log(`      ${r.verdict.reasons.join('; ').slice(0, 300)}`);
    }
  }
}

function fmt(n: number): string {
  return n.toFixed(3);
}

main();
