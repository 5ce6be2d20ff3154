import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '@/utils/analysis/analyze';
import { sameColour } from '@/utils/analysis/visibility';
import { loadFixture } from '../fixture';

describe('visibility without layout (markup and inline styles)', () => {
  const links = analyzeDocument(loadFixture('visibility/each-way-of-hiding-a-link.html'), { url: 'https://x.example/' }).links;
  const hidden = (t: string) => links.find((l) => l.text === t)!;

  it.each([
    ['display none', 'display'],
    ['inside display none', 'display'],
    ['visibility hidden', 'visibility'],
    ['opacity zero', 'opacity'],
    ['inside hidden attribute', 'hidden-attribute'],
    ['inside aria-hidden', 'aria-hidden'],
  ])('%s is hidden by %s', (text, reason) => {
    expect(hidden(text).visible).toBe(false);
    expect(hidden(text).hiddenBy).toBe(reason);
  });

  it('a plain link is visible, and the fold is unknown without layout', () => {
    expect(hidden('plain visible').visible).toBe(true);
    expect(hidden('plain visible').hiddenBy).toBeNull();
    expect(hidden('plain visible').aboveFold).toBeNull();
  });
});

describe('image map areas', () => {
  const links = analyzeDocument(loadFixture('visibility/image-map-areas-used-and-unused.html'), { url: 'https://x.example/' }).links;
  const area = (alt: string) => links.find((l) => l.imageAlt === alt)!;

  it('an area is as visible as the image that uses its map (its name matched as written), and hidden when no image does', () => {
    expect(area('area of a used map')).toMatchObject({ element: 'area', visible: true, hiddenBy: null });
    expect(area('area of an unused map')).toMatchObject({ visible: false, hiddenBy: 'display' });
    expect(area('area of a map named in another case')).toMatchObject({ visible: false, hiddenBy: 'display' });
    expect(area('area of a hidden image')).toMatchObject({ visible: false, hiddenBy: 'hidden-attribute' });
  });
});

describe('same-colour text', () => {
  it('matches equal and near-equal colours, not contrasting ones', () => {
    expect(sameColour('rgb(255, 255, 255)', 'rgb(255, 255, 255)')).toBe(true);
    expect(sameColour('rgb(250, 252, 255)', 'rgb(255, 255, 255)')).toBe(true);
    expect(sameColour('rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)')).toBe(true);
    expect(sameColour('rgb(0, 0, 238)', 'rgb(255, 255, 255)')).toBe(false);
    expect(sameColour('rgb(200, 200, 200)', 'rgb(255, 255, 255)')).toBe(false);
  });
});
