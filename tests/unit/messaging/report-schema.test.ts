import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '@/utils/analysis/analyze';
import { PageReportSchema } from '@/utils/messaging/report-schema';
import { loadFixture } from '../fixture';

/** A report as a hostile page could shape it. */
type Loose = { links: Array<Record<string, unknown>>; page?: unknown };

describe('the page report schema', () => {
  const good = analyzeDocument(loadFixture('links/text-split-over-inline-tags.html'), { url: 'https://x.example/' });

  it('accepts what the analysis produces', () => {
    expect(v.safeParse(PageReportSchema, good).success).toBe(true);
  });

  it.each([
    ['an unknown placement', (r: Loose) => (r.links[0]!.placement = 'everywhere')],
    ['a non-boolean visible', (r: Loose) => (r.links[0]!.visible = 'yes')],
    ['an oversized anchor text', (r: Loose) => (r.links[0]!.text = 'x'.repeat(50_000))],
    ['a missing page', (r: Loose) => delete r.page],
    ['a negative index', (r: Loose) => (r.links[0]!.index = -1)],
  ])('rejects %s from a hostile page', (_name, spoil) => {
    const bad = structuredClone(good) as unknown as Loose;
    spoil(bad);
    expect(v.safeParse(PageReportSchema, bad).success).toBe(false);
  });
});
