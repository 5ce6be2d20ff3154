import { browser } from 'wxt/browser';

/**
 * The toolbar badge of each tab: the count of unlinked brand mentions found there, and, for a
 * few seconds after a save from the context menu, its outcome (then what was there comes back).
 */
const mentionCounts = new Map<number, number>();
const FEEDBACK_MS = 5000;

type Shown = { text: string; color: string | [number, number, number, number]; title: string };

/**
 * A save's feedback on show: counts that arrive meanwhile wait for its end. `before` is what the
 * badge showed when the count was not known here (a restarted worker: the browser still shows
 * it); null once the tab moved to another page, whose badge is not that one.
 */
const feedback = new Map<number, { token: symbol; before: Shown | null }>();

async function show(tabId: number, s: Shown): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: s.color }).catch(() => undefined);
  await browser.action.setBadgeText({ tabId, text: s.text }).catch(() => undefined);
  await browser.action.setTitle({ tabId, title: s.title }).catch(() => undefined);
}

function showCount(tabId: number): Promise<void> {
  const n = mentionCounts.get(tabId) ?? 0;
  const text = n === 0 ? '' : n > 999 ? '999+' : String(n);
  return show(tabId, { text, color: '#b45309', title: n ? `Linkscout: ${n} unlinked mention${n === 1 ? '' : 's'} of your brand` : '' });
}

/** What the tab's badge shows now, as the browser has it; null when it cannot say. */
async function shownNow(tabId: number): Promise<Shown | null> {
  try {
    const [text, color, title] = await Promise.all([
      browser.action.getBadgeText({ tabId }),
      browser.action.getBadgeBackgroundColor({ tabId }),
      browser.action.getTitle({ tabId }),
    ]);
    return { text, color: color as Shown['color'], title };
  } catch {
    return null;
  }
}

export function setUnlinkedCount(tabId: number, count: number): Promise<void> {
  mentionCounts.set(tabId, count);
  // During a save's feedback the count is kept, and shown when the feedback ends.
  return feedback.has(tabId) ? Promise.resolve() : showCount(tabId);
}

export function forgetBadge(tabId: number): void {
  mentionCounts.delete(tabId);
  const f = feedback.get(tabId);
  if (f) f.before = null;
}

export async function flashBadge(tabId: number, fb: { text: string; color: string; title: string }): Promise<void> {
  // A save's feedback already on show: what came before it, not its ✓, is what comes back.
  const prior = feedback.get(tabId);
  const before = prior ? prior.before : mentionCounts.has(tabId) ? null : await shownNow(tabId);
  const token = Symbol('feedback');
  feedback.set(tabId, { token, before });
  await show(tabId, fb);
  setTimeout(() => {
    const f = feedback.get(tabId);
    // A later save's feedback is on show now: its own timer ends it.
    if (f?.token !== token) return;
    feedback.delete(tabId);
    void (f.before && !mentionCounts.has(tabId) ? show(tabId, f.before) : showCount(tabId));
  }, FEEDBACK_MS);
}
