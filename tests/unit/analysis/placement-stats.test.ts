import { describe, expect, it } from 'vitest';
import { collectStatsSteps } from '@/utils/analysis/placement/stats';
import { runSteps } from '@/utils/analysis/steps';

const prose = '<p>' + 'The kettle holds a litre and a half, boils in three minutes and switches itself off when dry. '.repeat(6) + '</p>';
const statsOf = (body: string) => runSteps(collectStatsSteps(new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html')));

describe('placement stats: the raw value, which counts every block but dialogs', () => {
  it('leaves a cookie dialog out of the raw value', () => {
    const alone = statsOf(`<main>${prose}</main>`);
    const withDialog = statsOf(`<main>${prose}</main><div class="cookie-banner"><p>${'We use cookies to measure visits and to show ads. '.repeat(4)}</p></div>`);
    expect(withDialog.rawValue[0]).toBe(alone.rawValue[0]);
  });

  it('keeps a shell named like a dialog (`modal-wrapper`) in the raw value when it holds the page’s <main>', () => {
    const stats = statsOf(`<div class="modal-wrapper"><main>${prose}</main></div>`);
    expect(stats.rawValue[0]).toBeGreaterThan(0);
    expect(stats.value[0]).toBeLessThanOrEqual(stats.rawValue[0]!);
  });
});
