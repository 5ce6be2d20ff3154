/**
 * The page's outreach verdict. Each signal that can be judged gives a 0-100 value with a weight;
 * the score is their weighted mean, less the risk penalty. Unknown signals (no topics, no
 * authority import) are left out of the mean, so they never lower the score. Risk alone decides
 * `avoid`; a strong risk sign keeps the verdict at weak or below.
 */
import type { Authority, Settings } from '../settings/types';
import type { Contacts } from '../prospects/types';
import type { PageTypeVerdict } from './page-type';
import type { LinkTargets } from './link-targets';
import { authoritySignal } from './signals/authority';
import { contactsSignal } from './signals/contacts';
import { linkTargetsSignal } from './signals/link-targets';
import { pageTypeSignal } from './signals/page-type';
import { placementSignal } from './signals/placement';
import { relevanceSignal } from './signals/relevance';
import { riskSignal } from './signals/risk';
import type { Reason, SignalResult } from './signals/signal-result';
import type { ScoredLink, ScoredReport, Verdict, VerdictLabel } from './types';

export const STRONG_SCORE = 70;
export const WORTH_A_LOOK_SCORE = 50;
/** The highest score of a page with a strong risk sign (just under worth-a-look), and of one to avoid. */
const CAPPED_SCORE = WORTH_A_LOOK_SCORE - 1;
const AVOID_SCORE = 20;
export const MIN_REASONS = 3;
export const MAX_REASONS = 5;
/** Reasons less decisive than this are only used to reach MIN_REASONS. */
const DECISIVE = 5;
/** How much more a reason counts when it points the way the verdict went. */
const ALIGNED = 1.5;
/** Puts a page's risks above any other reason when they make it `avoid`. */
const AVOID_BOOST = 1000;

export interface VerdictInput {
  page: ScoredReport['page'];
  /** The page's registrable domain. */
  site: string;
  links: readonly ScoredLink[];
  pageType: PageTypeVerdict;
  settings: Settings;
  authority: Authority;
  targets: LinkTargets;
  contacts: Contacts;
}

function labelOf(score: number): VerdictLabel {
  if (score >= STRONG_SCORE) return 'strong';
  if (score >= WORTH_A_LOOK_SCORE) return 'worth-a-look';
  return 'weak';
}

/** The most decisive reasons first; those below `floor` only to reach three. */
function pickReasons(candidates: Reason[], floor: number): string[] {
  const sorted = candidates.map((r, i) => ({ ...r, i })).sort((a, b) => b.weight - a.weight || a.i - b.i);
  const out: string[] = [];
  for (const r of sorted) {
    if (out.length >= MAX_REASONS || (out.length >= MIN_REASONS && r.weight < floor)) break;
    if (!out.includes(r.text)) out.push(r.text);
  }
  return out;
}

export function judgeVerdict(input: VerdictInput): Verdict {
  const { page, links, pageType, settings } = input;
  const risk = riskSignal({ page, links, pageType, topics: settings.topics });
  const byId: SignalResult[] = [
    pageTypeSignal({ page, links, pageType }),
    relevanceSignal(page, settings.topics),
    authoritySignal(input.authority),
    placementSignal({ robots: page.robots, links, pageType }),
    linkTargetsSignal(input.targets, settings, input.site),
    risk,
    contactsSignal(input.contacts),
  ];

  const known = byId.filter((s): s is SignalResult & { value: number } => s.value !== null && s.weight > 0);
  const totalWeight = known.reduce((n, s) => n + s.weight, 0);
  const mean = totalWeight > 0 ? known.reduce((n, s) => n + s.value * s.weight, 0) / totalWeight : 50;
  let score = Math.round(Math.max(0, Math.min(100, mean - risk.penalty)));
  if (risk.capped) score = Math.min(score, CAPPED_SCORE);
  if (risk.avoid) score = Math.min(score, AVOID_SCORE);
  const label: VerdictLabel = risk.avoid ? 'avoid' : labelOf(score);

  // Reasons that point the way the verdict went decided it more than those against it. Risk
  // comes first among equals; for a page to avoid, its risks are the reasons.
  const direction = label === 'strong' || label === 'worth-a-look' ? 1 : -1;
  const candidates = [risk, ...byId.filter((s) => s !== risk)].flatMap((s) => {
    const leaning = s === risk ? -1 : s.value === null ? 0 : Math.sign(s.value - 50);
    const boost = s === risk && risk.avoid ? AVOID_BOOST : 0;
    return s.reasons.map((r) => ({ text: r.text, weight: r.weight * (leaning === direction ? ALIGNED : 1) + boost }));
  });
  const reasons = pickReasons(candidates, risk.avoid ? AVOID_BOOST : DECISIVE);
  return { label, score, reasons, signals: byId.map((s) => s.signal) };
}
