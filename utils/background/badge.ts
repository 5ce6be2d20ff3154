import { browser } from 'wxt/browser';

/**
 * The toolbar badge of each tab: the count of unlinked brand mentions found there, and, for a
 * few seconds after a save from the context menu, its outcome (then the count comes back).
 */
const mentionCounts = new Map<number, number>();
const FEEDBACK_MS = 5000;

async function show(tabId: number, text: string, color: string, title: string): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color }).catch(() => undefined);
  await browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  await browser.action.setTitle({ tabId, title }).catch(() => undefined);
}

function showCount(tabId: number): Promise<void> {
  const n = mentionCounts.get(tabId) ?? 0;
  const text = n === 0 ? '' : n > 999 ? '999+' : String(n);
  return show(tabId, text, '#b45309', n ? `Linkscout: ${n} unlinked mention${n === 1 ? '' : 's'} of your brand` : '');
}

export function setUnlinkedCount(tabId: number, count: number): Promise<void> {
  mentionCounts.set(tabId, count);
  return showCount(tabId);
}

export function forgetBadge(tabId: number): void {
  mentionCounts.delete(tabId);
}

export async function flashBadge(tabId: number, feedback: { text: string; color: string; title: string }): Promise<void> {
  await show(tabId, feedback.text, feedback.color, feedback.title);
  setTimeout(() => void showCount(tabId), FEEDBACK_MS);
}
