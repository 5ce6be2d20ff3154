/**
 * Links to the user's sites and competitors. A page that links to a competitor but not to the
 * user is the classic opportunity; one that already links to the user is a relationship, not a
 * new prospect. Neither is the usual case and is left out of the score.
 */
import type { SnapshotLink } from '../../prospects/types';
import type { Settings } from '../../settings/types';
import { domainSet, type LinkTargets } from '../link-targets';
import { decisiveness, type SignalResult } from './signal-result';
import { listing, PLACED, quote } from './wording';

const WEIGHT = 1.5;
/** How decisive "already links to you" is among the reasons, though it does not move the score. */
const ALREADY_LINKED = 30;

/** "(followed, in content)", "(nofollow, in the footer)". */
export function describeLink(link: Pick<SnapshotLink, 'counts' | 'rel' | 'placement'>): string {
  const rel = link.rel.filter((r) => r === 'nofollow' || r === 'sponsored' || r === 'ugc');
  const how = link.counts ? 'followed' : rel.length ? rel.join(' ') : 'not counted';
  return `(${how}, ${PLACED[link.placement]})`;
}

/** The strongest link first: counted beats not, content beats the rest. */
function best(links: readonly SnapshotLink[]): SnapshotLink {
  const rank = (l: SnapshotLink) => (l.counts ? 2 : 0) + (l.placement === 'content' ? 1 : 0);
  return [...links].sort((a, b) => rank(b) - rank(a))[0]!;
}

function evidenceOf(links: readonly SnapshotLink[], label: string): string[] {
  return links.slice(0, 10).map((l) => `${label} ${l.domain}: ${quote(l.text || l.href)} ${describeLink(l)}`);
}

export function linkTargetsSignal(targets: LinkTargets, settings: Pick<Settings, 'mySites' | 'competitors'>, pageSite: string): SignalResult {
  const mine = domainSet(settings.mySites);
  const rivals = domainSet(settings.competitors);
  if (!mine.size && !rivals.size) {
    return {
      signal: { id: 'link-targets', tone: 'unknown', summary: 'Links to you and competitors unknown: none set (not counted)', evidence: ['Add your sites and competitors in settings to see links to them'] },
      value: null,
      weight: WEIGHT,
      reasons: [{ text: 'Links to you and competitors not checked: add your sites and competitors in settings', weight: 0 }],
    };
  }
  if (mine.has(pageSite)) {
    return {
      signal: { id: 'link-targets', tone: 'neutral', summary: 'This page is on your own site', evidence: [`${pageSite} is one of your sites`] },
      value: null,
      weight: WEIGHT,
      reasons: [{ text: `This page is on your own site (${pageSite})`, weight: ALREADY_LINKED }],
    };
  }
  if (rivals.has(pageSite)) {
    const value = 15;
    return {
      signal: { id: 'link-targets', tone: 'bad', summary: `This page is on competitor ${pageSite}’s site`, evidence: [`${pageSite} is one of your competitors`] },
      value,
      weight: WEIGHT,
      reasons: [{ text: `A competitor’s own page (${pageSite})`, weight: decisiveness(value, WEIGHT) }],
    };
  }

  const toMe = targets.toMySites;
  const toRivals = targets.toCompetitors;
  const evidence = [...evidenceOf(toMe, 'to your site'), ...evidenceOf(toRivals, 'to competitor')];
  const rivalDomains = [...new Set(toRivals.map((l) => l.domain))];
  const rivalNames = `${rivalDomains.length === 1 ? 'competitor' : 'competitors'} ${listing(rivalDomains.slice(0, 3))}${rivalDomains.length > 3 ? '…' : ''}`;

  if (toMe.length) {
    const also = toRivals.length ? `; also to ${rivalNames}` : '';
    return {
      signal: { id: 'link-targets', tone: 'neutral', summary: `Already links to you${also}`, evidence },
      value: null,
      weight: WEIGHT,
      reasons: [{ text: `Already links to you ${describeLink(best(toMe))}${also}`, weight: ALREADY_LINKED }],
    };
  }
  if (toRivals.length) {
    // A followed link to a competitor shows the page gives such links; nofollow ones less so.
    const value = toRivals.some((l) => l.counts) ? 90 : 75;
    const notYou = mine.size ? ' but not to you' : '';
    return {
      signal: { id: 'link-targets', tone: 'good', summary: `Links to ${rivalNames}${notYou}`, evidence },
      value,
      weight: WEIGHT,
      reasons: [{ text: `Links to ${rivalNames}${notYou} ${describeLink(best(toRivals))}`, weight: decisiveness(value, WEIGHT) }],
    };
  }
  return {
    signal: { id: 'link-targets', tone: 'neutral', summary: 'No links to your sites or competitors', evidence: [] },
    value: null,
    weight: WEIGHT,
    reasons: [{ text: 'No links to your sites or competitors', weight: 0 }],
  };
}
