import { describe, expect, it } from 'vitest';
import { anyFailed, checkBudgets, FIFTY_K_PAGE, LIMITS, TEN_K_PAGE, type BudgetInputs, type PageInput } from '../../../scripts/bench/budgets';

function page(over: Partial<PageInput> = {}): PageInput {
  return { name: 'links-1k', analysisMs: 20, floorMs: 10, longestTaskMs: 0, popupMs: 100, coldPopupMs: null, links: 1000, truncated: false, error: null, ...over };
}

function inputs(over: Partial<BudgetInputs> = {}): BudgetInputs {
  return { pages: [page()], contentScriptGzip: 20_000, store: null, ...over };
}

const find = (results: ReturnType<typeof checkBudgets>, id: string, subject: string) => {
  const r = results.find((x) => x.id === id && x.subject === subject);
  if (!r) throw new Error(`no ${id} result for ${subject}`);
  return r;
};

describe('checkBudgets', () => {
  it('passes analysis at exactly 3x the floor and fails just above it', () => {
    const results = checkBudgets(inputs({ pages: [page({ name: 'a', analysisMs: 30, floorMs: 10 }), page({ name: 'b', analysisMs: 30.5, floorMs: 10 })] }));
    expect(find(results, 'floor-ratio', 'a')).toMatchObject({ status: 'pass', figure: '3.0x (30 ms / 10 ms)' });
    expect(find(results, 'floor-ratio', 'b').status).toBe('fail');
  });

  it('counts a floor below the clock resolution as 0.1 ms instead of dividing by zero', () => {
    const r = find(checkBudgets(inputs({ pages: [page({ analysisMs: 0.2, floorMs: 0 })] })), 'floor-ratio', 'links-1k');
    expect(r.figure).toMatch(/^2\.0x/);
    expect(r.status).toBe('pass');
  });

  it('says "none over 50 ms" when no long task was seen, and fails any task over 50 ms', () => {
    const results = checkBudgets(inputs({ pages: [page({ name: 'calm' }), page({ name: 'busy', longestTaskMs: 51 })] }));
    expect(find(results, 'long-task', 'calm')).toMatchObject({ status: 'pass', figure: 'none over 50 ms' });
    expect(find(results, 'long-task', 'busy')).toMatchObject({ status: 'fail', figure: 'longest 51 ms' });
  });

  it('judges the 10k page on analysis time and popup time, and marks them not run without it', () => {
    const fast = checkBudgets(inputs({ pages: [page({ name: TEN_K_PAGE, analysisMs: 149, popupMs: 299 })] }));
    expect(find(fast, 'ten-k', TEN_K_PAGE).status).toBe('pass');
    expect(find(fast, 'popup', TEN_K_PAGE).status).toBe('pass');
    const slow = checkBudgets(inputs({ pages: [page({ name: TEN_K_PAGE, analysisMs: 150, popupMs: 300 })] }));
    expect(find(slow, 'ten-k', TEN_K_PAGE).status).toBe('fail');
    expect(find(slow, 'popup', TEN_K_PAGE).status).toBe('fail');
    const absent = checkBudgets(inputs());
    expect(find(absent, 'ten-k', TEN_K_PAGE).status).toBe('not run');
    expect(find(absent, 'popup', TEN_K_PAGE).status).toBe('not run');
  });

  it('holds the popup budget for a stopped worker too: the slower of the two is judged, both are shown', () => {
    const coldSlow = find(checkBudgets(inputs({ pages: [page({ name: TEN_K_PAGE, popupMs: 250, coldPopupMs: 340 })] })), 'popup', TEN_K_PAGE);
    expect(coldSlow).toMatchObject({ status: 'fail', figure: '250 ms, worker stopped first 340 ms' });
    const warmSlow = find(checkBudgets(inputs({ pages: [page({ name: TEN_K_PAGE, popupMs: 340, coldPopupMs: 250 })] })), 'popup', TEN_K_PAGE);
    expect(warmSlow.status).toBe('fail');
    const bothFast = find(checkBudgets(inputs({ pages: [page({ name: TEN_K_PAGE, popupMs: 250, coldPopupMs: 290 })] })), 'popup', TEN_K_PAGE);
    expect(bothFast.status).toBe('pass');
  });

  it('passes the 50k page only when every link was analysed, and fails it when it was cut short or did not finish', () => {
    const done = find(checkBudgets(inputs({ pages: [page({ name: FIFTY_K_PAGE, links: 50_000, truncated: false })] })), 'fifty-k', FIFTY_K_PAGE);
    expect(done).toMatchObject({ status: 'pass', figure: '50000 links analysed, not truncated' });
    const capped = find(checkBudgets(inputs({ pages: [page({ name: FIFTY_K_PAGE, links: 20_000, truncated: true })] })), 'fifty-k', FIFTY_K_PAGE);
    expect(capped).toMatchObject({ status: 'fail', figure: '20000 links analysed, truncated' });
    const failed = checkBudgets(inputs({ pages: [page({ name: FIFTY_K_PAGE, error: 'the popup did not answer within 180 s' })] }));
    expect(find(failed, 'fifty-k', FIFTY_K_PAGE)).toMatchObject({ status: 'fail', figure: 'failed: the popup did not answer within 180 s' });
    // A page that was not measured fails its other budgets too, rather than passing on NaN.
    expect(find(failed, 'floor-ratio', FIFTY_K_PAGE).status).toBe('fail');
    expect(find(failed, 'long-task', FIFTY_K_PAGE).status).toBe('fail');
  });

  it('wants the content script under 30 KB gzip', () => {
    expect(find(checkBudgets(inputs({ contentScriptGzip: LIMITS.contentScriptGzip - 1 })), 'content-gzip', 'content script').status).toBe('pass');
    expect(find(checkBudgets(inputs({ contentScriptGzip: LIMITS.contentScriptGzip })), 'content-gzip', 'content script').status).toBe('fail');
  });

  it('judges each store query, and says when the store ran at fewer rows than the budget is for', () => {
    const results = checkBudgets(inputs({ store: { rows: 10_000, queries: [{ name: 'status=contacted', ms: 12 }, { name: 'text', ms: 140 }] } }));
    expect(find(results, 'store-query', 'status=contacted')).toMatchObject({ status: 'pass', figure: '12 ms (run at 10000 rows)' });
    expect(find(results, 'store-query', 'text').status).toBe('fail');
    expect(find(checkBudgets(inputs()), 'store-query', 'store').status).toBe('not run');
  });

  it('fails --strict only when a budget failed, not when one did not run', () => {
    expect(anyFailed(checkBudgets(inputs()))).toBe(false);
    expect(anyFailed(checkBudgets(inputs({ pages: [page({ longestTaskMs: 80 })] })))).toBe(true);
  });
});
