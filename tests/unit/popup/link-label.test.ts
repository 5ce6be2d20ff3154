import { describe, expect, it } from 'vitest';
import { linkLabel } from '@/utils/labels';

describe('how a link is named in the list', () => {
  it('by its anchor text, else its images’ alt', () => {
    expect(linkLabel({ text: 'Great tool', imageAlt: 'Icon', label: null })).toBe('Great tool');
    expect(linkLabel({ text: '', imageAlt: 'Acme logo', label: null })).toBe('[image] Acme logo');
  });

  it('an icon link shows it has no anchor text, then its aria-label or title', () => {
    expect(linkLabel({ text: '', imageAlt: '', label: 'Our profile on Social' })).toBe('[image, no alt] Our profile on Social');
    expect(linkLabel({ text: '', imageAlt: null, label: 'Video channel' })).toBe('(no text) Video channel');
    expect(linkLabel({ text: '', imageAlt: null, label: null })).toBe('(no text)');
  });
});
