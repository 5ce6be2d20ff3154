import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { scanMentions } from '@/utils/mentions/scan-document';
import { MentionScanSchema } from '@/utils/mentions/scan-schema';
import { MAX_MENTIONS, type MentionScan } from '@/utils/mentions/types';
import { loadFixture } from '../fixture';
import { ACME_AND_RIVAL } from './brands';

describe('MentionScanSchema: what the background accepts from a page', () => {
  const real = scanMentions(loadFixture('mentions/linked-to-you-elsewhere-unlinked.html'), ACME_AND_RIVAL).scan;
  const forged = (change: (s: MentionScan) => void): MentionScan => {
    const copy = structuredClone(real);
    change(copy);
    return copy;
  };

  it('accepts a real scan as it is', () => {
    expect(v.parse(MentionScanSchema, real)).toEqual(real);
  });

  it.each<[string, (s: MentionScan) => void]>([
    ['a javascript: href', (s) => void (s.mentions[0]!.linkHref = 'javascript:alert(1)')],
    ['an unknown state', (s) => void ((s.mentions[0] as { state: string }).state = 'linked-everywhere')],
    ['an unknown placement', (s) => void ((s.mentions[0] as { placement: string }).placement = 'banner')],
    ['a megabyte of context', (s) => void (s.mentions[0]!.context = 'x'.repeat(1_000_000))],
    ['a negative count', (s) => void (s.counts.brand.unlinked = -1)],
    ['a fractional index', (s) => void (s.mentions[0]!.index = 0.5)],
    ['more mentions than a scan can hold', (s) => void (s.mentions = Array.from({ length: MAX_MENTIONS + 1 }, () => s.mentions[0]!))],
  ])('rejects %s', (_, change) => {
    expect(v.safeParse(MentionScanSchema, forged(change)).success).toBe(false);
  });
});
