/**
 * Page type as an outreach signal: resource pages and guest-post pages are where a link is
 * asked for and given; an article can take one; listings, forums, directories and the rest
 * rarely do. A directory that takes site submissions is a link scheme, not a prospect.
 */
import type { PageInfo } from '../../analysis/types';
import type { PageType, PageTypeVerdict } from '../page-type';
import type { ScoredLink } from '../types';
import { matchIn, SUBMIT_WORDING } from './risk-terms';
import { decisiveness, type SignalResult } from './signal-result';
import { plural, quote } from './wording';

const WEIGHT = 1.25;

const BASE: Record<PageType, number> = {
  resource: 85,
  'guest-post': 85,
  article: 60,
  listing: 35,
  forum: 35,
  other: 35,
  directory: 25,
};

const NAME: Record<PageType, string> = {
  resource: 'Resource page',
  'guest-post': 'Guest-post page',
  article: 'Article',
  listing: 'Listing of the site’s own pages',
  forum: 'Forum thread',
  directory: 'Directory',
  other: 'No clear page type',
};

/** Headings that introduce a resource list ("Useful tools", "Weiterführende Links"). */
const LIST_HEADING = /resource|link|tool|reading|useful|helpful|recommended|ressourc|nützlich|werkzeug|liens|outils|recurso|enlaces|herramientas|risorse|strumenti|bronnen|nuttig/i;

export type PageTypeSignalInput = {
  page: Pick<PageInfo, 'title' | 'headings' | 'mainText' | 'structure'>;
  links: ReadonlyArray<Pick<ScoredLink, 'placement' | 'internal' | 'visible'>>;
  pageType: PageTypeVerdict;
};

/** "submit your site" in the title, a heading or the text, or null. */
export function submitWordingOf(page: Pick<PageInfo, 'title' | 'headings' | 'mainText'>): string | null {
  return matchIn(SUBMIT_WORDING, [page.title, ...page.headings, page.mainText].join(' \n '));
}

function resourceReason(input: PageTypeSignalInput): string {
  const { page } = input;
  const external = input.links.filter((l) => l.visible && l.placement === 'content' && l.internal === false).length;
  const listed = page.structure.listItemsExternal + page.structure.tableRowsExternal;
  const heading = page.headings.find((h) => LIST_HEADING.test(h));
  if (listed >= 4) return `Resource page: ${plural(external, 'external link')} in lists${heading ? ` under ${quote(heading)}` : ''}`;
  return `Resource page: ${plural(external, 'external link')} in the content`;
}

export function pageTypeSignal(input: PageTypeSignalInput): SignalResult {
  const { pageType } = input;
  const type = pageType.type;
  const submit = type === 'directory' ? submitWordingOf(input.page) : null;
  const base = submit ? 15 : BASE[type];
  // A confident call moves the score more than a hesitant one.
  const value = Math.round(50 + (base - 50) * (0.5 + 0.5 * pageType.confidence));
  const tone = base >= 80 ? 'good' : base >= 50 ? 'neutral' : 'bad';
  const evidence = [...pageType.reasons];
  if (submit) evidence.unshift(`asks visitors to ${quote(submit)}`);

  const why = pageType.reasons[0];
  const reason =
    type === 'resource'
      ? resourceReason(input)
      : submit
        ? `Directory that takes site submissions (${quote(submit)})`
        : `${NAME[type]}${why && type !== 'other' ? `: ${why}` : ''}`;
  return {
    signal: { id: 'page-type', tone, summary: `${NAME[type]} (confidence ${pageType.confidence.toFixed(2)})`, evidence },
    value,
    weight: WEIGHT,
    reasons: [{ text: reason, weight: decisiveness(value, WEIGHT) }],
  };
}
