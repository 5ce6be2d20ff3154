/**
 * A review sheet of wrong placement calls: a seeded, uniform sample of the links the placement
 * eval got wrong (content called for a link the labels put outside the main content, or the
 * other way round), each with what a reviewer needs to judge it — our call and its reason, the
 * label, the link's markup and ancestors, the page text around it, and where its text sits in
 * the ground truth. docs/placement-audit.md is one such review.
 *
 *   npm run eval:placement -- --dump links.jsonl
 *   npm run review:placement -- links.jsonl [--sample 160] [--seed 11] [--out sheet.md]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { corpusExists, corpusRoot, loadCorpus, NOT_TEXT, readPageHtml, type CorpusPage } from './lib/corpus';
import { findDumpedLink, isWrong, pageLinks, sampleWrongCalls, type DumpedLink, type PageLinks } from './lib/review-sample';
import { runMain } from './lib/run-main';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  dump: string;
  sample: number;
  seed: number;
  out: string | null;
}

function parseArgs(argv: string[]): Options {
  const usage = 'usage: review-errors DUMP [--sample N] [--seed S] [--out FILE]';
  const opts: Options = { dump: '', sample: 160, seed: 11, out: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('-')) throw new Error(`${arg} needs a value (${usage})`);
      return v;
    };
    const whole = (v: string, min: number): number => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < min) throw new Error(`${arg} takes a whole number from ${min}, not '${v}'`);
      return n;
    };
    if (arg === '--sample') opts.sample = whole(value(), 1);
    else if (arg === '--seed') opts.seed = whole(value(), 0);
    else if (arg === '--out') opts.out = value();
    else if (!arg.startsWith('-') && !opts.dump) opts.dump = arg;
    else throw new Error(`unknown argument '${arg}' (${usage})`);
  }
  if (!opts.dump) throw new Error(`give the file written by \`npm run eval:placement -- --dump FILE\` (${usage})`);
  return opts;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function describe(el: Element): string {
  const id = el.getAttribute('id');
  const cls = squash(el.getAttribute('class') ?? '').split(' ').filter(Boolean).slice(0, 3).join('.');
  return `${el.localName}${id ? `#${id.slice(0, 30)}` : ''}${cls ? `.${cls.slice(0, 50)}` : ''}`;
}

/** The text of the nearest ancestor with some 250 characters, cut around the link. */
function textAround(el: Element): string {
  const own = squash(el.textContent ?? '');
  for (let e = el.parentElement; e; e = e.parentElement) {
    const text = squash(e.textContent ?? '');
    if (text.length < 250 && e.parentElement) continue;
    const at = own ? text.indexOf(own) : -1;
    return at >= 0 ? text.slice(Math.max(0, at - 250), at + own.length + 250) : text.slice(0, 500);
  }
  return '';
}

/**
 * A link's text as a reader sees it, without what the labels leave out too (its own style or
 * script, an SVG title: corpus.ts NOT_TEXT); its pictures' alt when it has none; whitespace folded.
 */
function shownText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1 && !NOT_TEXT.has((child as Element).localName)) walk(child);
    }
  };
  walk(el);
  const text = squash(parts.join(' '));
  return text || squash(Array.from(el.querySelectorAll('img[alt]'), (img) => img.getAttribute('alt')).join(' '));
}

function entry(k: number, link: DumpedLink, page: CorpusPage, links: PageLinks): string {
  const el = findDumpedLink(links, link);
  const ancestors: string[] = [];
  for (let e = el?.parentElement; e && ancestors.length < 10; e = e.parentElement) ancestors.push(describe(e));
  const text = el ? shownText(el) : '';
  const truth = squash(page.truthText);
  const inTruth = text ? truth.toLowerCase().indexOf(text.toLowerCase().slice(0, 40)) : -1;
  return [
    `### S${k}  ${page.set}/${page.id} (${page.pageType}) ${page.url}`,
    `ours: ${link.placement} — ${link.reason}`,
    `label: ${link.label ? 'in the main content, we said not (false negative)' : 'not in the main content, we said content (false positive)'}`,
    `link: ${JSON.stringify(text.slice(0, 120))} (labelled as ${JSON.stringify(link.text)}) → ${String(link.href).slice(0, 120)}${el ? '' : ' (not found in the saved page)'}`,
    `markup: ${el ? squash(el.outerHTML).slice(0, 300) : '-'}`,
    `ancestors, nearest first: ${ancestors.join(' < ')}`,
    `page text around it: …${el ? textAround(el) : ''}…`,
    `ground truth (${truth.length} characters) starts: ${JSON.stringify(truth.slice(0, 200))}`,
    `ground truth ends: ${JSON.stringify(truth.slice(-150))}`,
    inTruth >= 0 ? `the link text in the ground truth: …${truth.slice(Math.max(0, inTruth - 200), inTruth + 250)}…` : 'the link text is not in the ground truth as written',
    '',
  ].join('\n');
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  const root = corpusRoot(repoRoot);
  if (!corpusExists(root)) {
    console.log(`No corpus at ${root}: nothing to review.`);
    return 0;
  }
  const pages = new Map(loadCorpus(root).map((p) => [`${p.set}/${p.id}`, p]));
  const dumped = readFileSync(opts.dump, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as DumpedLink);
  const wrong = dumped.filter(isWrong);
  const sample = sampleWrongCalls(dumped, opts.sample, opts.seed);
  // Parsed once per page: a sample often holds several calls of one page.
  const parsed = new Map<string, PageLinks>();
  const sheet: string[] = [];
  let k = 0;
  for (const link of sample) {
    const page = pages.get(`${link.set}/${link.id}`);
    if (!page) throw new Error(`page ${link.set}/${link.id} of the dump is not in the corpus`);
    let links = parsed.get(page.htmlPath);
    if (!links) {
      links = pageLinks(parseHTML(readPageHtml(page)).document as unknown as Document);
      parsed.set(page.htmlPath, links);
    }
    sheet.push(entry(++k, link, page, links));
  }
  const falseContent = wrong.filter((l) => !l.label).length;
  const head = `# ${k} of ${wrong.length} wrong calls (${falseContent} false content, ${wrong.length - falseContent} missed), seed ${opts.seed}\n\n`;
  if (opts.out) writeFileSync(opts.out, head + sheet.join('\n'));
  else process.stdout.write(head + sheet.join('\n'));
  return 0;
}

runMain('review-errors', main);
