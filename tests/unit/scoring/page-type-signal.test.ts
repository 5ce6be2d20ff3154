import { describe, expect, it } from 'vitest';
import { pageTypeSignal } from '@/utils/scoring/signals/page-type';
import { directoryDocument, pageReport, scorePage, signalOf } from './verdict-fixture';

describe('page-type signal', () => {
  it('a resource page is good, and its reason says how many links are listed under which heading', () => {
    const r = scorePage('resource');
    expect(signalOf(r, 'page-type')).toMatchObject({ tone: 'good', summary: 'Resource page (confidence 0.95)' });
    expect(r.verdict.reasons).toContain('Resource page: 10 external links in lists under ‘Useful resources’');
  });

  it('the German resource page names its German list heading', () => {
    expect(scorePage('german').verdict.reasons).toContain('Resource page: 9 external links in lists under ‘Weiterführende Links’');
  });

  it('a guest-post page is good; an article is okay; a listing is weak', () => {
    expect(signalOf(scorePage('guestPost'), 'page-type').tone).toBe('good');
    expect(signalOf(scorePage('article'), 'page-type').tone).toBe('neutral');
    expect(signalOf(scorePage('category'), 'page-type')).toMatchObject({ tone: 'bad', summary: 'Listing of the site’s own pages (confidence 0.95)' });
  });

  it('a hesitant call moves the score less than a confident one', () => {
    const report = pageReport('resource');
    const links = scorePage('resource').links;
    const sure = pageTypeSignal({ page: report.page, links, pageType: { type: 'resource', confidence: 0.95, reasons: [] } });
    const unsure = pageTypeSignal({ page: report.page, links, pageType: { type: 'resource', confidence: 0.2, reasons: [] } });
    expect(sure.value!).toBeGreaterThan(unsure.value!);
    expect(unsure.value!).toBeGreaterThan(50);
  });

  it('a directory that takes submissions says so', () => {
    const doc = directoryDocument('Add your website today.');
    const s = signalOf(scorePage('resource', {}, doc), 'page-type');
    expect(s.tone).toBe('bad');
    expect(s.evidence[0]).toBe('asks visitors to ‘add your website’');
  });
});
