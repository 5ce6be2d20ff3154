import { describe, expect, it } from 'vitest';
import { mergeProspect } from '@/utils/prospects/merge';
import type { Prospect } from '@/utils/prospects/types';
import { link, prospect, snapshot } from '../../fixtures/prospects/builders';

const URL_ = 'https://garden.example/links';

/** The row already stored: the user has worked on it. */
const stored: Prospect = prospect(URL_, {
  id: 7,
  title: 'Old title',
  verdict: 'weak',
  score: 40,
  reasons: ['Old reason'],
  pageType: 'article',
  status: 'contacted',
  notes: 'Emailed Ann on 3 March',
  tags: ['SEO', 'gardening'],
  contacts: { emails: ['ann@garden.example'], contactPages: ['https://garden.example/contact'], socialProfiles: [], author: 'Ann' },
  snapshots: [snapshot('2025-01-10T09:00:00.000Z', [link('https://mysite.example/a')])],
  firstSeen: '2025-01-10T09:00:00.000Z',
  lastChecked: '2025-01-10T09:00:00.000Z',
  updatedAt: '2025-03-03T12:00:00.000Z',
});

/** The same page from another browser's backup, checked later. */
const fromBackup: Prospect = prospect(URL_, {
  id: 99,
  title: 'New title',
  verdict: 'strong',
  score: 85,
  reasons: ['New reason'],
  pageType: 'resource',
  status: 'replied',
  notes: 'Ann replied, wants a guest post',
  tags: ['seo', 'outreach'],
  contacts: { emails: ['ANN@garden.example', 'bob@garden.example'], contactPages: [], socialProfiles: ['https://x.com/garden'], author: null },
  snapshots: [snapshot('2025-02-01T09:00:00.000Z'), snapshot('2025-01-10T09:00:00.000Z')],
  firstSeen: '2025-01-20T09:00:00.000Z',
  lastChecked: '2025-02-01T09:00:00.000Z',
  updatedAt: '2025-02-01T09:00:00.000Z',
});

describe('mergeProspect: nothing is lost', () => {
  const merged = mergeProspect(stored, fromBackup);

  it('keeps the stored id, URL and domain', () => {
    expect(merged.id).toBe(7);
    expect(merged.url).toBe(URL_);
    expect(merged.domain).toBe('garden.example');
  });

  it('unites tags ignoring case, keeping the first spelling', () => {
    expect(merged.tags).toEqual(['SEO', 'gardening', 'outreach']);
  });

  it('keeps the notes and adds the incoming ones on a new line', () => {
    expect(merged.notes).toBe('Emailed Ann on 3 March\nAnn replied, wants a guest post');
  });

  it("keeps the user's status over the incoming one", () => {
    expect(merged.status).toBe('contacted');
  });

  it('unites contacts (emails ignoring case); the author of a later visit that names none does not erase it', () => {
    expect(merged.contacts).toEqual({
      emails: ['ann@garden.example', 'bob@garden.example'],
      contactPages: ['https://garden.example/contact'],
      socialProfiles: ['https://x.com/garden'],
      author: 'Ann',
    });
  });

  it('unites snapshots by visit, oldest first, the stored copy of a shared visit kept', () => {
    expect(merged.snapshots.map((s) => s.checkedAt)).toEqual(['2025-01-10T09:00:00.000Z', '2025-02-01T09:00:00.000Z']);
    expect(merged.snapshots[0]?.toMySites).toHaveLength(1);
  });

  it('keeps the earliest first-seen and the latest last-checked', () => {
    expect(merged.firstSeen).toBe('2025-01-10T09:00:00.000Z');
    expect(merged.lastChecked).toBe('2025-02-01T09:00:00.000Z');
  });

  it('takes title, verdict, score, reasons and page type from the later visit', () => {
    expect(merged).toMatchObject({ title: 'New title', verdict: 'strong', score: 85, reasons: ['New reason'], pageType: 'resource' });
    const older = mergeProspect(fromBackup, stored);
    expect(older).toMatchObject({ title: 'New title', verdict: 'strong', score: 85, pageType: 'resource' });
  });

  it('changes neither input', () => {
    expect(stored.tags).toEqual(['SEO', 'gardening']);
    expect(fromBackup.snapshots).toHaveLength(2);
  });
});

describe('mergeProspect: edge cases', () => {
  it('takes the incoming status when the stored one is still "new"', () => {
    const merged = mergeProspect(prospect(URL_, { status: 'new' }), prospect(URL_, { status: 'won' }));
    expect(merged.status).toBe('won');
  });

  it('does not repeat notes the stored row already contains', () => {
    const merged = mergeProspect(prospect(URL_, { notes: 'Call Bob.\nEmailed Ann.' }), prospect(URL_, { notes: 'Emailed Ann.' }));
    expect(merged.notes).toBe('Call Bob.\nEmailed Ann.');
  });

  it('takes incoming notes that already contain the stored ones, instead of doubling them', () => {
    const merged = mergeProspect(prospect(URL_, { notes: 'Call Bob.' }), prospect(URL_, { notes: 'Call Bob.\nBob said yes.' }));
    expect(merged.notes).toBe('Call Bob.\nBob said yes.');
  });

  it('keeps stored notes when the incoming ones are blank, and takes incoming when stored are blank', () => {
    expect(mergeProspect(prospect(URL_, { notes: 'Mine' }), prospect(URL_, { notes: '  ' })).notes).toBe('Mine');
    expect(mergeProspect(prospect(URL_, { notes: '' }), prospect(URL_, { notes: 'Theirs' })).notes).toBe('Theirs');
  });

  it('adds a note whose words merely appear inside a stored line ("interested" is not "Not interested…")', () => {
    const merged = mergeProspect(prospect(URL_, { notes: 'Not interested in guest posts' }), prospect(URL_, { notes: 'interested' }));
    expect(merged.notes).toBe('Not interested in guest posts\ninterested');
  });

  it('a row Linkscout never judged (a plain list of URLs: no reasons, import time as last checked) takes no judgement’s place', () => {
    const fromList = prospect(URL_, { verdict: 'worth-a-look', score: 0, pageType: 'other', reasons: [], tags: ['outreach-q1'], lastChecked: '2026-11-21T10:00:00.000Z' });
    const merged = mergeProspect(stored, fromList);
    expect(merged).toMatchObject({ verdict: 'weak', score: 40, pageType: 'article', reasons: ['Old reason'], title: 'Old title', lastChecked: stored.lastChecked });
    expect(merged.tags).toEqual(['SEO', 'gardening', 'outreach-q1']);
    // …while a judged row takes an unjudged one's place, whatever their dates.
    expect(mergeProspect(fromList, { ...stored, lastChecked: '2020-01-01T00:00:00.000Z' })).toMatchObject({ verdict: 'weak', score: 40, lastChecked: '2020-01-01T00:00:00.000Z' });
  });

  it('is a no-op when merging a copy of the row', () => {
    expect(mergeProspect(stored, { ...stored, id: 1234 })).toEqual(stored);
  });

  it('keeps the stored title when the later visit has none', () => {
    const merged = mergeProspect(
      prospect(URL_, { title: 'Garden links' }),
      prospect(URL_, { title: '', lastChecked: '2026-01-01T00:00:00.000Z' }),
    );
    expect(merged.title).toBe('Garden links');
  });

  it('treats an unreadable date as the oldest, never as the latest', () => {
    const merged = mergeProspect(
      prospect(URL_, { verdict: 'strong', lastChecked: '2025-01-10T09:00:00.000Z' }),
      prospect(URL_, { verdict: 'avoid', lastChecked: 'yesterday' }),
    );
    expect(merged.verdict).toBe('strong');
    expect(merged.lastChecked).toBe('2025-01-10T09:00:00.000Z');
  });
});
