/**
 * Authority, from the user's own import only: never estimated. A 0-100 rating (DR, DA,
 * Authority Score) is judged on its scale; other metrics (traffic, keywords) are shown as they
 * are, since their scale depends on the tool and the niche.
 */
import type { Authority } from '../../settings/types';
import { decisiveness, type SignalResult } from './signal-result';

const WEIGHT = 1;
/**
 * Names tools give a 0-100 domain rating: Ahrefs' DR, Moz's DA, Semrush's Authority Score (its
 * backlink exports' "Domain ascore"), Majestic's Trust Flow; also with the tool's name before it.
 */
const RATING = /^(?:(?:ahrefs|moz|semrush|majestic)[ _-]?)?(?:dr|da|domain[ _-]?rating|domain[ _-]?authority|authority[ _-]?score|as|(?:domain[ _-]?)?ascore|trust[ _-]?flow|tf)$/i;
export const STRONG_RATING = 50;
export const WEAK_RATING = 20;

const formatNumber = (n: number) => (Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 2 }));

/** `2025-11-02` of an ISO date-time; the text as given when it is not one. */
function dateOf(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : iso;
}

export function authoritySignal(authority: Authority): SignalResult {
  if (!authority.known) {
    return {
      signal: { id: 'authority', tone: 'unknown', summary: `Authority unknown: ${authority.reason} (not counted)`, evidence: [`No imported metrics for ${authority.domain || 'this site'}`] },
      value: null,
      weight: WEIGHT,
      reasons: [{ text: `Authority not judged: ${authority.reason}`, weight: 0 }],
    };
  }
  const metrics = Object.entries(authority.metrics).filter(([, v]) => Number.isFinite(v));
  // Listed with every cell empty ("-", "n/a"): as unknown as not listed at all.
  if (metrics.length === 0) return authoritySignal({ known: false, domain: authority.domain, reason: `${authority.domain} has no figures in your import (${authority.source})` });
  const shown = metrics.map(([name, v]) => `${name} ${formatNumber(v)}`);
  const evidence = [...shown, `imported ${dateOf(authority.importedAt)} from ${authority.source}`];
  const rating = metrics.find(([name, v]) => RATING.test(name.trim()) && v >= 0 && v <= 100);
  const listed = shown.join(', ');

  if (!rating) {
    // Traffic or keywords have no scale of their own (it depends on the tool and the niche):
    // shown, and left out of the score rather than given a middling one.
    return {
      signal: { id: 'authority', tone: 'neutral', summary: `${listed} (from your import; no 0–100 rating to judge, not counted)`, evidence },
      value: null,
      weight: WEIGHT,
      reasons: [{ text: `Authority not judged: imported ${listed}, no 0–100 rating among them`, weight: 0 }],
    };
  }
  const [name, score] = rating;
  const label = `${name} ${formatNumber(score)}`;
  if (score >= STRONG_RATING) {
    const value = 85;
    return {
      signal: { id: 'authority', tone: 'good', summary: `Strong authority: ${label}`, evidence },
      value,
      weight: WEIGHT,
      reasons: [{ text: `Strong authority: ${label}`, weight: decisiveness(value, WEIGHT) }],
    };
  }
  if (score < WEAK_RATING) {
    const value = 25;
    return {
      signal: { id: 'authority', tone: 'bad', summary: `Low authority: ${label}`, evidence },
      value,
      weight: WEIGHT,
      reasons: [{ text: `Low authority: ${label}`, weight: decisiveness(value, WEIGHT) }],
    };
  }
  return {
    signal: { id: 'authority', tone: 'neutral', summary: `Middling authority: ${label}`, evidence },
    value: 55,
    weight: WEIGHT,
    reasons: [{ text: `Middling authority: ${label}`, weight: decisiveness(55, WEIGHT) }],
  };
}
