import { analyzeDocument } from '@/utils/analysis/analyze';
import type { PageReport } from '@/utils/analysis/types';
import { scoreReport, type ScoringContext } from '@/utils/scoring/score-report';
import type { ScoredReport, Signal, SignalId } from '@/utils/scoring/types';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/types';
import { loadFixture } from '../fixture';

/** The verdict fixtures, each with the address it is analysed at. */
export const VERDICT_PAGES = {
  resource: ['resource-page-useful-links.html', 'https://crawlwise.example/resources'],
  article: ['article-with-competitor-link.html', 'https://outreachnotes.example/broken-link-building'],
  guestPost: ['guest-post-write-for-us.html', 'https://gardenjournal.example/write-for-us'],
  spam: ['spam-casino-payday.html', 'https://topbonushub.example/best-casino'],
  category: ['category-page-internal-listing.html', 'https://kitchen.example/category/dinner/'],
  german: ['resource-page-german-stemming.html', 'https://gartenfreunde-sued.example/links'],
} as const satisfies Record<string, readonly [string, string]>;

export type VerdictPage = keyof typeof VERDICT_PAGES;

export function verdictDocument(page: VerdictPage): Document {
  return loadFixture(`verdict/${VERDICT_PAGES[page][0]}`);
}

/** A fixture (or a changed copy of its document) as the content script would report it. */
export function pageReport(page: VerdictPage, doc: Document = verdictDocument(page)): PageReport {
  return analyzeDocument(doc, { url: VERDICT_PAGES[page][1] });
}

export function settings(over: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...over };
}

/** Analyse and score a fixture as the background does. */
export function scorePage(page: VerdictPage, context: ScoringContext = {}, doc?: Document): ScoredReport {
  return scoreReport(pageReport(page, doc), context);
}

export function signalOf(report: ScoredReport, id: SignalId): Signal {
  const s = report.verdict.signals.find((x) => x.id === id);
  if (!s) throw new Error(`no ${id} signal`);
  return s;
}

/** A signal's summary and evidence as one string, to match what a user reads. */
export function signalText(s: Signal): string {
  return [s.summary, ...s.evidence].join(' | ');
}

/** Add an element parsed from HTML at the end of the page's main content. */
export function appendToMain(doc: Document, html: string): void {
  const host = doc.querySelector('article') ?? doc.querySelector('main')!;
  host.insertAdjacentHTML('beforeend', html);
}

/** A small web directory, half of its entries on other sites, with `wording` under its heading. */
export function directoryDocument(wording: string): Document {
  const entries = (from: number) =>
    Array.from({ length: 5 }, (_, k) => {
      const i = from + k;
      return `<li><a href="${i % 2 ? `https://biz${i}.example/` : `/listing/business-${i}`}">Business ${i}</a></li>`;
    }).join('');
  return new DOMParser().parseFromString(
    `<title>Web directory of local businesses</title><main><h1>Web directory</h1><p>${wording}</p><h2>Shops</h2><ul>${entries(0)}</ul><h2>Services</h2><ul>${entries(5)}</ul></main>`,
    'text/html',
  );
}
