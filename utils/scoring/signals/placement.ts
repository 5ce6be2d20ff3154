/**
 * Placement: where this page's links to other sites sit and whether they count. A page whose
 * content links out with followed links gives the kind of link worth asking for; one that links
 * out only nofollow, or only from its footer and sidebars, gives little. A guest-post page is
 * judged on what it offers, not on its own links.
 */
import type { Placement, RobotsDirectives } from '../../analysis/types';
import type { PageTypeVerdict } from '../page-type';
import type { ScoredLink } from '../types';
import { decisiveness, type SignalResult } from './signal-result';
import { listing, plural, PLACED } from './wording';

const WEIGHT = 1.25;
/** Blocks repeated on every page of a site: a link there is sitewide and worth less. */
const SITEWIDE = new Set<Placement>(['header', 'navigation', 'sidebar', 'footer']);
const QUALIFIERS = ['nofollow', 'sponsored', 'ugc'] as const;

export interface PlacementSignalInput {
  robots: RobotsDirectives;
  links: ReadonlyArray<Pick<ScoredLink, 'internal' | 'placement' | 'visible' | 'rel' | 'counts'>>;
  pageType: Pick<PageTypeVerdict, 'type'>;
}

/** Followed and qualified links among some links: "11 followed, 2 nofollow, 1 sponsored". */
interface RelTally {
  followed: number;
  nofollow: number;
  sponsored: number;
  ugc: number;
}

function tally(t: RelTally, l: PlacementSignalInput['links'][number]): void {
  if (l.counts.value) t.followed++;
  for (const r of QUALIFIERS) if (l.rel.includes(r)) t[r]++;
}

function relBreakdown(t: RelTally): string {
  const parts = [`${t.followed} followed`];
  for (const r of QUALIFIERS) if (t[r]) parts.push(`${t[r]} ${r}`);
  return parts.join(', ');
}

export function placementSignal(input: PlacementSignalInput): SignalResult {
  // One pass: a big page has tens of thousands of links.
  let external = 0;
  let sitewide = 0;
  const content: RelTally = { followed: 0, nofollow: 0, sponsored: 0, ugc: 0 };
  let inContent = 0;
  const elsewhere = new Map<Placement, number>();
  for (const l of input.links) {
    if (l.internal !== false || !l.visible) continue;
    external++;
    if (SITEWIDE.has(l.placement)) sitewide++;
    if (l.placement === 'content') {
      inContent++;
      tally(content, l);
    } else elsewhere.set(l.placement, (elsewhere.get(l.placement) ?? 0) + 1);
  }
  const counted = content.followed;

  const evidence: string[] = [];
  // Visible links only, and said so: the list and the risk sign count hidden ones too.
  if (inContent) evidence.push(`${plural(inContent, 'visible link')} to other sites in the content: ${relBreakdown(content)}`);
  if (elsewhere.size) evidence.push(`elsewhere: ${[...elsewhere].map(([p, n]) => `${n} ${PLACED[p]}`).join(', ')}`);
  if (input.robots.noindex || input.robots.nofollow) {
    evidence.push(`the page is ${[input.robots.noindex && 'noindex', input.robots.nofollow && 'nofollow'].filter(Boolean).join(' and ')}: none of its links count`);
  }

  const result = (tone: 'good' | 'neutral' | 'bad', value: number | null, summary: string, reason = summary): SignalResult => ({
    signal: { id: 'placement', tone, summary, evidence },
    value,
    weight: WEIGHT,
    reasons: [{ text: reason, weight: value === null ? 0 : decisiveness(value, WEIGHT) }],
  });

  if (input.pageType.type === 'guest-post') {
    return result('neutral', null, 'Guest-post page: your link would sit in a new post, not on this page (not counted)');
  }
  if (!external) return result('bad', 25, 'No visible links to other sites on this page');
  if (!inContent) {
    const where = listing([...elsewhere.keys()].map((p) => PLACED[p]));
    // Header, menus, sidebars and footer repeat on every page: sitewide links are worth less.
    const value = sitewide === external ? 30 : 35;
    return result('bad', value, `Visible links to other sites only ${where} (${plural(external, 'link')}), none in the content`);
  }
  const share = counted / inContent;
  const ofContent = `${counted} of ${plural(inContent, 'visible link')} to other sites in the content`;
  if (share >= 0.5) {
    const value = Math.round(60 + 25 * share);
    return result('good', value, `${ofContent} ${counted === 1 ? 'is' : 'are'} followed`, `Followed links out: ${ofContent} count`);
  }
  if (counted) return result('neutral', 50, `Only ${ofContent} ${counted === 1 ? 'is' : 'are'} followed`);
  return result('bad', 25, `None of the ${plural(inContent, 'visible link')} to other sites in the content count (${relBreakdown(content)})`);
}
