/**
 * `npm run inspect -- [--json] [--out FILE] [--topic TEXT]... [--site DOMAIN]... [--competitor DOMAIN]... <file-or-url>...`
 *
 * What a user sees after clicking Linkscout's toolbar button, for pages on the command line:
 * one headless Chromium with the built extension for all inputs; local files are served from
 * a loopback server. Each page is opened, the button clicked, the report page opened and its
 * report read, then both pages are closed before the next input (the toolbar click finds the
 * tab by URL, so only one inspected page is open at a time).
 */
import { closeSync, existsSync, openSync, statSync, writeSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { MentionScan } from '../utils/mentions/types';
import type { ScoredLink, ScoredReport } from '../utils/scoring/types';
import { PLACEMENTS } from '../utils/analysis/types';
import { canonicalNote } from '../utils/popup/canonical-note';
import { linkLabel } from '../utils/labels';
import type { Settings } from '../utils/settings/types';
import {
  buildExtension,
  buildStatus,
  clickToolbarButton,
  launchExtension,
  openReport,
  tabMentions,
  tabReport,
  type ExtensionBrowser,
} from './lib/extension-browser';
import { classifyInput, parseInspectArgs, USAGE, type InspectInput } from './lib/inspect-args';
import { startStaticServer, type StaticServer } from './lib/static-server';
import { printable, printableJson } from './lib/terminal-text';
import { runMain } from './lib/run-main';

/** A failure of one input, in words for the user (no stack trace). */
class InputError extends Error {}

const FIRST_CONTENT_LINKS = 5;

/** Store the settings in the extension the way its options page does (WXT storage `local:settings`, version 1). */
async function applySettings(ext: ExtensionBrowser, settings: Settings): Promise<void> {
  await ext.worker.evaluate(async (value) => {
    await chrome.storage.local.set({ settings: value, settings$: { v: 1 } });
  }, settings);
}

async function main(): Promise<number> {
  const parsed = parseInspectArgs(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`inspect: ${parsed.error}\n\n${USAGE}\n`);
    return 2;
  }
  const args = parsed.args;
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const status = buildStatus();
  if (!status.built || (status.stale && args.build && !process.env.LINKSCOUT_NO_BUILD)) {
    process.stderr.write(status.built ? 'inspect: sources changed since the last build, rebuilding…\n' : 'inspect: building the extension…\n');
    await buildExtension();
  }

  const fd = args.out ? openSync(args.out, 'w') : null;
  const emit = (text: string) => (fd === null ? process.stdout.write(`${text}\n`) : writeSync(fd, `${text}\n`));

  let failures = 0;
  const server = await startStaticServer();
  let ext: ExtensionBrowser | null = null;
  try {
    ext = await launchExtension({ headless: true });
    if (args.settings) await applySettings(ext, args.settings);
    for (const source of args.inputs) {
      try {
        const input = classifyInput(source, process.cwd());
        const withMentions = !!args.settings && (args.settings.brands.length > 0 || args.settings.competitorBrands.length > 0);
        const { report, mentions } = await inspectOne(ext, server, input, args.timeoutMs, withMentions);
        emit(args.json ? printableJson(JSON.stringify(toJson(source, report, mentions))) : formatText(source, report, mentions));
      } catch (err) {
        failures++;
        const message = err instanceof InputError ? err.message : err instanceof Error ? firstLine(err.message) : String(err);
        process.stderr.write(`inspect: ${printable(source)}: ${printable(message)}\n`);
        if (args.json) emit(printableJson(JSON.stringify({ source, error: message })));
      }
    }
  } finally {
    await ext?.close().catch(() => undefined);
    await server.close();
    if (fd !== null) closeSync(fd);
  }
  if (args.out) process.stderr.write(`inspect: wrote ${args.inputs.length - failures} of ${args.inputs.length} reports to ${args.out}\n`);
  return failures ? 1 : 0;
}

interface Inspected {
  report: ScoredReport;
  /** The brand mentions, when brands were given; null otherwise. */
  mentions: MentionScan | null;
}

async function inspectOne(ext: ExtensionBrowser, server: StaticServer, input: InspectInput, timeoutMs: number, withMentions: boolean): Promise<Inspected> {
  let url: string;
  if (input.kind === 'file') {
    if (!existsSync(input.path)) throw new InputError(`no such file: ${input.path} (for a web page, give its full URL: https://…)`);
    if (!statSync(input.path).isFile()) throw new InputError(`not a file: ${input.path}`);
    url = server.add(input.path);
  } else {
    url = input.url;
  }

  const page = await ext.context.newPage();
  try {
    if (input.kind === 'file') {
      // A saved page's own resources point elsewhere and could not load anyway: don't wait on them.
      const allowed = new URL(url).origin;
      await page.route('**/*', (route) => {
        const u = route.request().url();
        return u.startsWith(`${allowed}/`) ? route.continue() : route.abort('blockedbyclient');
      });
    }
    await navigate(page, url, timeoutMs);
    const tabId = await clickToolbarButton(ext, page);
    const reportPage = await openReport(ext, tabId);
    try {
      const result = await tabReport(reportPage, tabId);
      if (!result) throw new InputError('Linkscout has no report for this page');
      if (!result.ok) throw new InputError(`${result.error.kind}: ${result.error.message}`);
      if (!withMentions) return { report: result.report, mentions: null };
      const found = await tabMentions(reportPage, tabId);
      if (!found.ok) throw new InputError(`mentions: ${found.message}`);
      return { report: result.report, mentions: found.scan };
    } finally {
      await reportPage.close();
    }
  } finally {
    await page.close();
  }
}

/** Open the page; when `load` never comes (a stuck resource), settle for a parsed document. */
async function navigate(page: Page, url: string, timeoutMs: number): Promise<void> {
  try {
    const response = await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    if (response && response.status() >= 400) process.stderr.write(`inspect: ${url}: note: HTTP ${response.status()}, inspecting the page it returned\n`);
    return;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (!/Timeout/i.test(message)) throw new InputError(`could not load the page: ${firstLine(message).replace(/^page\.goto:\s*/, '').replace(/ at \S+$/, '')}`);
  }
  try {
    await page.waitForLoadState('domcontentloaded', { timeout: 5_000 });
  } catch {
    throw new InputError(`could not load the page: nothing arrived within ${Math.round(timeoutMs / 1000)} s`);
  }
  if (page.url() === 'about:blank') throw new InputError('could not load the page: the navigation never committed');
  process.stderr.write(`inspect: ${url}: note: the page did not finish loading within ${Math.round(timeoutMs / 1000)} s, inspecting it as it is\n`);
}

function firstLine(s: string): string {
  return s.split('\n').find((l) => l.trim())?.trim() ?? s;
}

function linkJson(l: ScoredLink) {
  return {
    text: l.text,
    href: l.href,
    rel: l.rel,
    internal: l.internal,
    placement: l.placement,
    placementReasons: l.placementReasons,
    visible: l.visible,
    hiddenBy: l.hiddenBy,
    aboveFold: l.aboveFold,
    imageAlt: l.imageAlt,
    label: l.label,
    strength: l.strength.score,
    counts: l.counts.value,
  };
}

function toJson(source: string, r: ScoredReport, mentions: MentionScan | null) {
  const p = r.page;
  return {
    source,
    url: p.url,
    title: p.title,
    description: p.description,
    canonical: p.canonical,
    canonicalIgnored: p.canonicalIgnored,
    robots: p.robots,
    lang: p.lang,
    wordCount: p.wordCount,
    author: p.author,
    published: p.published,
    layout: p.layout,
    headings: p.headings,
    schemaTypes: p.schemaTypes,
    structure: p.structure,
    emails: p.emails,
    pageType: r.pageType,
    verdict: r.verdict,
    contacts: r.contacts,
    targets: r.targets,
    summary: r.summary,
    truncated: r.truncated,
    links: [...r.links].sort((a, b) => a.index - b.index).map(linkJson),
    ...(mentions ? { mentions } : {}),
  };
}

function formatText(source: string, r: ScoredReport, mentions: MentionScan | null): string {
  const s = r.summary;
  const p = r.page;
  const lines = [`== ${p.title || '(no title)'}`, `   ${p.url}${p.url.includes(source) ? '' : `  (${source})`}`];
  const robots = [p.robots.noindex && 'noindex', p.robots.nofollow && 'nofollow'].filter(Boolean);
  if (robots.length) lines.push(`   page is ${robots.join(' and ')}: its links are unlikely to count`);
  const canonical = canonicalNote(p);
  if (canonical) lines.push(`   ${canonical.words} (${canonical.canonical})`);
  lines.push(`   page type: ${r.pageType.type} (confidence ${r.pageType.confidence.toFixed(2)}): ${r.pageType.reasons.slice(0, 3).join('; ')}`);
  lines.push(`   verdict: ${r.verdict.label.replace(/-/g, ' ')} (${r.verdict.score}/100)`);
  for (const reason of r.verdict.reasons) lines.push(`     - ${reason}`);
  const unknown = r.verdict.signals.filter((sig) => sig.tone === 'unknown').map((sig) => sig.summary);
  if (unknown.length) lines.push(`     not judged: ${unknown.join('; ')}`);
  lines.push(
    `   ${s.total} links: ${s.internal} internal, ${s.external} external, ${s.hidden} hidden, ${s.counting} likely count${r.truncated ? ' (truncated: only the first links were analysed)' : ''}`,
    `   placement: ${PLACEMENTS.filter((pl) => s.byPlacement[pl] > 0).map((pl) => `${pl} ${s.byPlacement[pl]}`).join(', ') || 'none'}`,
    `   rel: follow ${s.byRel.follow}, nofollow ${s.byRel.nofollow}, sponsored ${s.byRel.sponsored}, ugc ${s.byRel.ugc}`,
  );
  const content = r.links.filter((l) => l.placement === 'content');
  if (content.length) {
    lines.push(`   first content links (strength, counts):`);
    for (const l of content.slice(0, FIRST_CONTENT_LINKS)) {
      const label = linkLabel(l);
      const rel = l.rel.filter((x) => x === 'nofollow' || x === 'sponsored' || x === 'ugc');
      const notes = [...rel, ...(l.visible ? [] : [`hidden: ${l.hiddenBy}`])];
      lines.push(
        `   ${String(l.strength.score).padStart(5)}  ${l.counts.value ? 'yes' : 'no '}  ${truncate(label, 50)} -> ${l.href ?? l.rawHref}${notes.length ? `  [${notes.join(', ')}]` : ''}`,
      );
    }
    if (content.length > FIRST_CONTENT_LINKS) lines.push(`   … and ${content.length - FIRST_CONTENT_LINKS} more content links`);
  }
  if (mentions) {
    const own = mentions.counts.brand;
    const rival = mentions.counts.competitor;
    lines.push(
      `   brand mentions: ${own.unlinked} unlinked, ${own['linked-elsewhere']} linked elsewhere, ${own['linked-to-you']} linked to you` +
        `; competitors: ${rival.unlinked + rival['linked-elsewhere'] + rival['linked-to-you']}${mentions.hiddenCount ? `; ${mentions.hiddenCount} in hidden text` : ''}`,
    );
    for (const m of mentions.mentions.filter((x) => x.visible && x.owner === 'brand' && x.state === 'unlinked').slice(0, FIRST_CONTENT_LINKS)) {
      lines.push(`     unlinked: “${truncate(m.context, 90)}” (${m.placement})`);
    }
  }
  // Each line holds page text: printed as it reads, never as terminal control sequences.
  return lines.map(printable).join('\n') + '\n';
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

runMain('inspect', main);
