import { describe, expect, it } from 'vitest';
import { prospectInputFrom } from '@/utils/prospects/from-report';
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
