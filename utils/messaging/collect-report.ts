import type { ExtractedLink, PageReport } from '../analysis/types';
import { LINK_PAGE } from './content-protocol';
import type { ReportHead, ResponseOf } from './protocol';
import { linkPageChars, quickLinkPageChars } from './responses';
import { askTab, checkAnswer, InvalidAnswer } from './to-tab';
import { ProtocolError } from './wire';

/** Pages of links asked for at a time: the page serialises the next while the background checks the last. */
export const LINK_PAGES_IN_FLIGHT = 2;

/**
 * The most characters of link text (URLs, anchor texts, reasons, contexts…) one report may
 * carry. Ordinary links hold 150-250 characters (the bench page and the fixtures; 400 at the
 * 99th percentile), so a genuine page of MAX_REPORT_LINKS (200,000) links fits with room to
 * spare (320 a link on average), while a hostile page sending every link at its bounds (about
 * 17,000 characters) is refused after some 3,700 links: the worker then holds at most this
 * much (64-128 MB of strings) and the two pages in flight, never gigabytes.
 */
export const MAX_REPORT_CHARS = 64_000_000;

/** The page no longer keeps the analysis whose links were asked for: a newer one replaced it, or the page changed. */
export class AnalysisGone extends ProtocolError {
  override name = 'AnalysisGone';
}

/** A page of links must be the one asked for: of this analysis, as many as expected, each at its own index. */
function checkPage(answer: ResponseOf<'reportLinks'>, analysis: string, from: number, expected: number): ExtractedLink[] {
  if (answer.analysis !== analysis) throw new InvalidAnswer(`Invalid reportLinks answer: links of analysis ${answer.analysis}, asked for ${analysis}`);
  const { links } = answer;
  if (links === null) throw new AnalysisGone('The page was analysed again while its links were read');
  if (links.length !== expected) throw new InvalidAnswer(`Invalid reportLinks answer: ${links.length} links from ${from}, expected ${expected}`);
  for (let i = 0; i < links.length; i++) {
    if (links[i]!.index !== from + i) throw new InvalidAnswer(`Invalid reportLinks answer at links.${i}: index ${links[i]!.index}, expected ${from + i}`);
  }
  return links;
}

/** One page of links, checked (quickly when it can be), with the characters it holds. */
async function askPage(tabId: number, head: ReportHead, from: number): Promise<{ links: ExtractedLink[]; chars: number }> {
  const value = await askTab(tabId, 'reportLinks', { analysis: head.analysis, from });
  const quick = quickLinkPageChars(value);
  const answer = quick >= 0 ? (value as ResponseOf<'reportLinks'>) : checkAnswer('reportLinks', value);
  const links = checkPage(answer, head.analysis, from, Math.min(LINK_PAGE, head.linkCount - from));
  return { links, chars: quick >= 0 ? quick : linkPageChars(links) };
}

/**
 * The links of the page's analysis `head`, asked for LINK_PAGE at a time: the page serialises
 * each answer in a task of its own (a whole report of a big page would be one long task), and
 * each is validated as it arrives. LINK_PAGES_IN_FLIGHT are asked for at once, no more: a
 * hostile page's answers are held only as they are read, the first bad one stops the rest, and
 * past MAX_REPORT_CHARS the report is refused.
 */
export async function collectLinks(tabId: number, head: ReportHead): Promise<ExtractedLink[]> {
  const pages: ExtractedLink[][] = new Array(Math.ceil(head.linkCount / LINK_PAGE));
  let next = 0;
  let chars = 0;
  let failed = false;
  const asker = async () => {
    while (!failed && next < pages.length) {
      const i = next++;
      const page = await askPage(tabId, head, i * LINK_PAGE);
      chars += page.chars;
      if (chars > MAX_REPORT_CHARS) {
        throw new InvalidAnswer(`Invalid reportLinks answers: the links hold more than ${MAX_REPORT_CHARS.toLocaleString('en')} characters`);
      }
      pages[i] = page.links;
    }
  };
  const stopOnFailure = (err: unknown): never => {
    failed = true;
    throw err;
  };
  await Promise.all(Array.from({ length: Math.min(LINK_PAGES_IN_FLIGHT, pages.length) }, () => asker().catch(stopOnFailure)));
  return pages.length === 1 ? pages[0]! : ([] as ExtractedLink[]).concat(...pages);
}

/** The report as the page made it: its head and its links. */
export function reportOf(head: ReportHead, links: ExtractedLink[]): PageReport {
  return { page: head.page, links, truncated: head.truncated, durationMs: head.durationMs };
}
