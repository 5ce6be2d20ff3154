import { describe, expect, it } from 'vitest';
import type { MentionScan } from '@/utils/mentions/types';
import { prospectsToCsv } from '@/utils/prospects/csv-export';
import { prospectInputFrom } from '@/utils/prospects/from-report';
import { parseProspectFile } from '@/utils/prospects/import';
import type { Prospect } from '@/utils/prospects/types';
import { scorePage, settings } from '../scoring/verdict-fixture';

describe('what saving a page stores', () => {
  it('takes the verdict, contacts and a snapshot of links to my sites and competitors from the report', () => {
    const report = scorePage('resource', { settings: settings({ competitors: ['example.net'], mySites: ['linkscout.example'] }), now: new Date('2026-11-21T10:00:00Z') });
    const input = prospectInputFrom(report);
    expect(input).not.toBeNull();
    expect(input!.url).toBe('https://crawlwise.example/resources');
    expect(input!.pageType).toBe('resource');
    expect(input!.verdict).toBe(report.verdict.label);
    expect(input!.reasons).toEqual(report.verdict.reasons);
    expect(input!.contacts.emails).toContain('hello@crawlwise.example');
    expect(input!.snapshot.checkedAt).toBe(report.analysedAt);
    expect(input!.snapshot.toMySites).toEqual([]);
    expect(input!.snapshot.toCompetitors.map((l) => l.href)).toEqual([
      'https://backlinks.example.net/checker',
      'https://brokenlinks.example.net/method',
    ]);
  });

  it('refuses a page that is not http(s): it cannot be a prospect', () => {
    const report = scorePage('resource');
    expect(prospectInputFrom({ ...report, page: { ...report.page, url: 'file:///home/me/page.html' } })).toBeNull();
  });
});

const scan: MentionScan = {
  mentions: [
    { index: 0, term: 'Acme', brand: 'Acme', owner: 'brand', kind: 'name', matched: 'ACME', context: 'we use ACME daily', placement: 'content', state: 'unlinked', linkHref: null, linkHost: null, visible: true },
    { index: 1, term: 'Acme', brand: 'Acme', owner: 'brand', kind: 'name', matched: 'Acme', context: 'hidden Acme', placement: 'content', state: 'unlinked', linkHref: null, linkHost: null, visible: false },
  ],
  counts: { brand: { 'linked-to-you': 0, 'linked-elsewhere': 0, unlinked: 1 }, competitor: { 'linked-to-you': 0, 'linked-elsewhere': 0, unlinked: 0 } },
  hiddenCount: 1,
  truncated: false,
  durationMs: 3,
};

describe('saving a page for its unlinked mentions', () => {
  it('makes it an unlinked-mention prospect that keeps the visible mentions with the visit', () => {
    const input = prospectInputFrom(scorePage('article'), scan)!;
    expect(input.pageType).toBe('unlinked-mention');
    expect(input.snapshot.mentions).toEqual([
      { brand: 'Acme', owner: 'brand', matched: 'ACME', state: 'unlinked', context: 'we use ACME daily', placement: 'content', linkHref: null },
    ]);
  });

  it('keeps the mentions through a CSV export and import', () => {
    const input = prospectInputFrom(scorePage('article'), scan)!;
    const now = input.snapshot.checkedAt;
    const prospect: Prospect = {
      url: input.url, domain: 'outreachnotes.example', title: input.title, pageType: input.pageType, verdict: input.verdict, score: input.score,
      reasons: input.reasons, status: 'new', notes: '', tags: [], contacts: input.contacts, snapshots: [input.snapshot],
      firstSeen: now, lastChecked: now, updatedAt: now,
    };
    const back = parseProspectFile(prospectsToCsv([prospect]), 'export.csv');
    expect(back.errors).toEqual([]);
    expect(back.prospects[0]!.snapshots).toEqual(prospect.snapshots);
  });
});
