/**
 * Expressions the bench evaluates in the toolbar popup (see toolbar-popup.ts). Plain
 * JavaScript text: they run in the popup's own page, not through Playwright.
 */

/** The popup's first answer: the verdict, or a state panel saying why there is none. */
const ANSWER = '[data-testid="verdict"], [data-testid^="state-"]:not([data-testid="state-loading"])';

export interface PopupAnswer {
  /** Epoch ms (the popup's clock) when the answer was painted, or put in the DOM when no frame came. */
  at: number;
  painted: boolean;
  /** Epoch ms when the popup's document started (its performance.timeOrigin). */
  origin: number;
  /** `verdict` or the state panel's test id (`state-not-html`…). */
  testId: string;
  /** The popup's clock when the bench started watching: the answer came later unless `already`. */
  watchFrom: number;
  already: boolean;
}

/**
 * Resolves when the answer is in the popup's DOM, then at the next frame (when it is painted;
 * 100 ms at most, in case no frame comes).
 */
export const WAIT_FOR_ANSWER = `new Promise((resolve) => {
  const selector = ${JSON.stringify(ANSWER)};
  const watchFrom = performance.now();
  let seen = false;
  const check = (already) => {
    const el = document.querySelector(selector);
    if (seen || !el) return;
    seen = true;
    observer.disconnect();
    const inDom = performance.timeOrigin + performance.now();
    const testId = el.getAttribute('data-testid');
    let sent = false;
    requestAnimationFrame(() => {
      if (!sent) resolve({ at: performance.timeOrigin + performance.now(), painted: true, origin: performance.timeOrigin, testId, watchFrom, already });
      sent = true;
    });
    setTimeout(() => {
      if (!sent) resolve({ at: inDom, painted: false, origin: performance.timeOrigin, testId, watchFrom, already });
      sent = true;
    }, 100);
  };
  const observer = new MutationObserver(() => check(false));
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  check(true);
})`;

/** Resolves when the mentions panel has its answer (the popup asks for mentions after the report). */
export const WAIT_FOR_MENTIONS = `new Promise((resolve) => {
  const selector = '[data-testid^="mentions"]:not([data-testid="mentions-scanning"])';
  const done = () => {
    const el = document.querySelector(selector);
    if (!el) return false;
    observer.disconnect();
    resolve(el.getAttribute('data-testid'));
    return true;
  };
  const observer = new MutationObserver(done);
  observer.observe(document, { subtree: true, childList: true });
  done();
})`;

export interface ReportFacts {
  ok: boolean;
  error: string | null;
  /** The address the report is of: the run's own, or the report is not this run's. */
  url: string;
  durationMs: number;
  links: number;
  truncated: boolean;
}

/** What the background kept of the tab's inspection, the whole report at once (getTabReport, as the tools ask). */
export function reportFacts(tabId: number): string {
  return `chrome.runtime.sendMessage({ linkscout: 1, type: 'getTabReport', data: { tabId: ${tabId} } }).then((reply) => {
    const r = reply && reply.ok ? reply.value : null;
    if (!r) return { ok: false, error: (reply && reply.error) || 'no report', url: '', durationMs: 0, links: 0, truncated: false };
    if (!r.ok) return { ok: false, error: r.error.kind + ': ' + r.error.message, url: '', durationMs: 0, links: 0, truncated: false };
    return { ok: true, error: null, url: r.report.page.url, durationMs: r.report.durationMs, links: r.report.links.length, truncated: !!r.report.truncated };
  })`;
}

export interface MentionFacts {
  ok: boolean;
  durationMs: number;
  mentions: number;
  truncated: boolean;
}

/** The page's mention scan as it stands, asked of the content script (currentMentions). */
export function mentionFacts(tabId: number): string {
  return `chrome.tabs.sendMessage(${tabId}, { linkscout: 1, type: 'currentMentions', data: {} }, { frameId: 0 }).then((reply) => {
    const s = reply && reply.ok ? reply.value.scan : null;
    return s ? { ok: true, durationMs: s.durationMs, mentions: s.mentions.length, truncated: !!s.truncated } : { ok: false, durationMs: 0, mentions: 0, truncated: false };
  })`;
}
