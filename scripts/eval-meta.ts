/**
 * Page-fields eval on the real-page corpus (../shared/corpus/wcxb-dev, whose ground truths give
 * each page's author and publication date): runs the analysis (linkedom, no layout; these fields
 * come from the markup alone) on every page and prints, per field and per page type, how often
 * the report's field is right, wrong, missing or given where the page has none, with precision,
 * recall and F1. Exits 0 with a message when the corpus is missing.
 *
 *   npx tsx scripts/eval-meta.ts [--errors N] [--field author|published] [--id PAGE]
 *
 * --errors N lists the first N pages where a field is not right (--field: only that field);
 * --id PAGE prints both fields of the pages whose id starts with PAGE.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../utils/analysis/analyze';
import { corpusExists, corpusRoot, loadCorpus, readPageHtml, type CorpusPage } from './lib/corpus';
import { fieldScores, outcomeOf, sameAuthor, sameDay, type Outcome } from './lib/meta-match';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const FIELDS = ['author', 'published'] as const;
type Field = (typeof FIELDS)[number];
const SAME: Record<Field, (found: string, truth: string) => boolean> = { author: sameAuthor, published: sameDay };

interface Options {
  errors: number;
  field: Field | null;
  id: string | null;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { errors: 0, field: null, id: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => argv[++i] ?? '';
    if (arg === '--errors') opts.errors = Math.max(0, Number(value()) || 0);
    else if (arg === '--id') opts.id = value();
    else if (arg === '--field') {
      const v = value();
      const f = FIELDS.find((x) => x === v);
      if (!f) fail(`--field must be one of ${FIELDS.join(', ')}, not '${v}'`);
      opts.field = f;
    } else if (arg === '--help' || arg === '-h') {
      console.log('usage: eval-meta [--errors N] [--field author|published] [--id PAGE]');
      process.exit(0);
    } else fail(`unknown argument '${arg}'`);
  }
  return opts;
}

function fail(message: string): never {
  console.error(`eval-meta: ${message}`);
  process.exit(2);
}

interface Result {
  page: CorpusPage;
  found: Record<Field, string | null>;
  truth: Record<Field, string | null>;
  outcome: Record<Field, Outcome>;
}

function evaluate(page: CorpusPage): Result {
  const { document } = parseHTML(readPageHtml(page)) as unknown as { document: Document };
  const { page: info } = analyzeDocument(document, { url: page.url, useLayout: false });
  const found = { author: info.author, published: info.published };
  const truth = { author: page.truthFields?.author ?? null, published: page.truthFields?.published ?? null };
  const outcome = {} as Record<Field, Outcome>;
  for (const f of FIELDS) outcome[f] = outcomeOf(found[f], truth[f], SAME[f]);
  return { page, found, truth, outcome };
}

const fmt = (n: number) => n.toFixed(3);

function printScores(results: Result[]): void {
  const types = [...new Set(results.map((r) => r.page.pageType))].sort();
  for (const field of FIELDS) {
    console.log(`\n${field}`);
    console.log(`${'page type'.padEnd(15)}${['pages', 'truths', 'given', 'right', 'wrong', 'missed', 'extra', 'P', 'R', 'F1'].map((h) => h.padStart(7)).join('')}`);
    const row = (name: string, list: Result[]) => {
      const outcomes = list.map((r) => r.outcome[field]);
      const s = fieldScores(outcomes);
      const n = (o: Outcome) => outcomes.filter((x) => x === o).length;
      const cells = [list.length, s.truths, s.given, s.right, n('wrong'), n('missed'), n('extra')].map((x) => String(x).padStart(7));
      console.log(`${name.padEnd(15)}${cells.join('')}${[s.precision, s.recall, s.f1].map((x) => fmt(x).padStart(7)).join('')}`);
    };
    for (const t of types) row(t, results.filter((r) => r.page.pageType === t));
    row('OVERALL', results);
  }
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const root = corpusRoot(repoRoot);
  if (!corpusExists(root)) {
    console.log(`eval-meta: no corpus at ${root}; nothing to evaluate (skipped).`);
    return;
  }
  let pages = loadCorpus(root, ['wcxb']).filter((p) => p.truthFields !== null);
  if (pages.length === 0) {
    console.log('eval-meta: the corpus has no pages with page fields in their ground truth (wcxb-dev); nothing to evaluate (skipped).');
    return;
  }
  if (opts.id) pages = pages.filter((p) => p.id.startsWith(opts.id!));
  const started = performance.now();
  const results: Result[] = [];
  let failed = 0;
  for (const page of pages) {
    try {
      results.push(evaluate(page));
    } catch (e) {
      failed++;
      console.error(`eval-meta: ${page.set}/${page.id}: ${String(e).slice(0, 200)}`);
    }
    if (results.length % 50 === 0) process.stdout.write(`\r${results.length}/${pages.length} pages`);
  }
  process.stdout.write('\n');
  const seconds = (performance.now() - started) / 1000;
  console.log(`\nPage-fields eval — linkedom, no layout, ${results.length} pages of wcxb-dev in ${seconds.toFixed(1)} s${failed ? `, ${failed} failed` : ''}`);
  console.log('author: right when every word of one name is in the other; published: right when the day is the same');
  printScores(results);

  if (opts.errors > 0 || opts.id) {
    const fields = opts.field ? [opts.field] : FIELDS;
    const listed = opts.id ? results : results.filter((r) => fields.some((f) => r.outcome[f] !== 'right' && r.outcome[f] !== 'none')).slice(0, opts.errors);
    console.log(`\n${opts.id ? 'Pages' : `Pages with a field not right (first ${opts.errors})`}:`);
    for (const r of listed) {
      console.log(`  ${r.page.id} ${r.page.pageType} ${r.page.url.slice(0, 100)}`);
      for (const f of fields) {
        if (!opts.id && (r.outcome[f] === 'right' || r.outcome[f] === 'none')) continue;
        console.log(`      ${f} ${r.outcome[f]}: found ${JSON.stringify(r.found[f])}, truth ${JSON.stringify(r.truth[f])}`);
      }
    }
  }
}

main();
