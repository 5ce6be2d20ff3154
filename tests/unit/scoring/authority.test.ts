import { describe, expect, it } from 'vitest';
import type { Authority } from '@/utils/settings/types';
import { authoritySignal } from '@/utils/scoring/signals/authority';

const imported = (metrics: Record<string, number>): Authority => ({
  known: true,
  domain: 'crawlwise.example',
  metrics,
  importedAt: '2025-11-02T10:15:00Z',
  source: 'ahrefs-export.csv',
});

describe('authority signal', () => {
  it('without an import it is unknown, left out of the score, and never estimated', () => {
    const r = authoritySignal({ known: false, domain: 'crawlwise.example', reason: 'no import yet' });
    expect(r.signal.tone).toBe('unknown');
    expect(r.value).toBeNull();
    expect(r.signal.summary).toBe('Authority unknown: no import yet (not counted)');
    expect(r.signal.evidence).toEqual(['No imported metrics for crawlwise.example']);
  });

  it('a DR of 54 is strong; the evidence names every metric and the import', () => {
    const r = authoritySignal(imported({ DR: 54, Traffic: 12000 }));
    expect(r.signal.tone).toBe('good');
    expect(r.signal.summary).toBe('Strong authority: DR 54');
    expect(r.signal.evidence).toEqual(['DR 54', 'Traffic 12,000', 'imported 2025-11-02 from ahrefs-export.csv']);
  });

  it('a Domain Authority of 12 is weak', () => {
    const r = authoritySignal(imported({ 'Domain Authority': 12 }));
    expect(r.signal.tone).toBe('bad');
    expect(r.reasons[0]!.text).toBe('Low authority: Domain Authority 12');
  });

  it('an Authority Score of 35 is neither strong nor weak', () => {
    const r = authoritySignal(imported({ 'Authority Score': 35 }));
    expect(r.signal.tone).toBe('neutral');
    expect(r.signal.summary).toBe('Middling authority: Authority Score 35');
  });

  it('a metric that is not a 0-100 rating is shown, not judged: Traffic 45 is not "weak", and the score leaves it out', () => {
    const r = authoritySignal(imported({ Traffic: 45 }));
    expect(r.signal.tone).toBe('neutral');
    expect(r.signal.summary).toBe('Traffic 45 (from your import; no 0–100 rating to judge, not counted)');
    expect(r.value).toBeNull();
    expect(r.reasons[0]!.weight).toBe(0);
  });

  it('a site listed with every cell empty is unknown, not middling', () => {
    const r = authoritySignal(imported({}));
    expect(r.signal.tone).toBe('unknown');
    expect(r.value).toBeNull();
    expect(r.signal.summary).toBe('Authority unknown: crawlwise.example has no figures in your import (ahrefs-export.csv) (not counted)');
  });

  it.each([
    ['Domain ascore', 80, 'good'],
    ['TrustFlow', 2, 'bad'],
    ['Trust Flow', 60, 'good'],
    ['Ahrefs DR', 10, 'bad'],
  ])('reads %s %i as a 0-100 rating (%s)', (name, value, tone) => {
    expect(authoritySignal(imported({ [name]: value })).signal.tone).toBe(tone);
  });
});
