import { describe, expect, it } from 'vitest';
import { linksUnavailable } from '@/utils/popup/use-inspection';

describe('why a big page’s links could not be had', () => {
  const report = 'https://shop.example/desks?utm_source=news';

  it('says the tab moved on only when it shows another page', () => {
    expect(linksUnavailable(null, report, 'https://shop.example/chairs')).toContain('moved on to another page');
  });

  it('does not call a jump within the page, or its address rid of tracking parameters, another page', () => {
    for (const now of ['https://shop.example/desks?utm_source=news#reviews', 'https://shop.example/desks']) {
      const words = linksUnavailable(null, report, now);
      expect(words).not.toContain('moved on');
      expect(words).toContain('no longer holds this page’s links');
    }
  });
});
