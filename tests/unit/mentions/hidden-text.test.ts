import { describe, expect, it } from 'vitest';
import { scanMentions } from '@/utils/mentions/scan-document';
import { loadFixture } from '../fixture';
import { ACME_AND_RIVAL } from './brands';

describe('hidden text is reported apart, never counted as visible', () => {
  const { scan } = scanMentions(loadFixture('mentions/hidden-and-visible-mentions.html'), ACME_AND_RIVAL);
  const byContext = (start: string) => scan.mentions.find((m) => m.context.startsWith(start))!;

  it.each([
    'Acme behind display none',
    'Acme nested deep inside display none',
    'Acme behind visibility hidden',
    'Acme behind the hidden attribute',
    'Acme behind aria-hidden',
    'Acme at opacity zero',
    'And Acme as a hidden link to you',
  ])('%s: hidden', (start) => expect(byContext(start).visible).toBe(false));

  it('keeps visible text visible', () => {
    expect(byContext('Acme is visible here').visible).toBe(true);
    expect(byContext('Acme is visible again').visible).toBe(true);
  });

  it('counts only the visible ones per state, and the hidden ones apart', () => {
    expect(scan.mentions).toHaveLength(9);
    expect(scan.hiddenCount).toBe(7);
    expect(scan.counts.brand).toEqual({ 'linked-to-you': 0, 'linked-elsewhere': 0, unlinked: 2 });
  });

  it('still says where a hidden link points', () => {
    const m = byContext('And Acme as a hidden link');
    expect([m.state, m.linkHost]).toEqual(['linked-to-you', 'acme.com']);
  });
});
